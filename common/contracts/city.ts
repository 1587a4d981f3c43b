import { z } from "zod";

/** Body of `GET /api/city`. */
export const cityInfo = z.object({
  name: z.string(),
  state: z.string().nullable(),
  phone311: z.string(),
  outsidePhone: z.string().nullable(),
  webUrl: z.string().nullable(),
  /** Open311 `jurisdiction_id` (the city's web domain without "www"); null accepts any. */
  jurisdictionId: z.string().nullable(),
  timeZone: z.string(),
});
export type CityInfo = z.infer<typeof cityInfo>;
