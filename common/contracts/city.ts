import { z } from "zod";

/** Body of `GET /api/city`. */
export const cityInfo = z.object({
  name: z.string(),
  state: z.string().nullable(),
  phone311: z.string(),
  outsidePhone: z.string().nullable(),
  webUrl: z.string().nullable(),
  timeZone: z.string(),
});
export type CityInfo = z.infer<typeof cityInfo>;
