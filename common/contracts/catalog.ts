import { z } from "zod";
import { PRIORITIES, QUESTION_DATATYPES, SLA_UNITS } from "../channels.js";

export const serviceQuestion = z.object({
  code: z.string(),
  datatype: z.enum(QUESTION_DATATYPES),
  required: z.boolean(),
  prompt: z.string(),
  helpText: z.string().nullable(),
  order: z.number(),
  values: z.array(z.object({ key: z.string(), name: z.string() })),
});
export type ServiceQuestion = z.infer<typeof serviceQuestion>;

export const serviceType = z.object({
  code: z.string(),
  name: z.string(),
  group: z.string(),
  description: z.string().nullable(),
  keywords: z.array(z.string()),
  department: z.object({ code: z.string(), name: z.string() }),
  priority: z.enum(PRIORITIES),
  sla: z.object({ value: z.number(), unit: z.enum(SLA_UNITS) }).nullable(),
  availableOnline: z.boolean(),
  operatorInstructions: z.string().nullable(),
  questions: z.array(serviceQuestion),
});
export type ServiceType = z.infer<typeof serviceType>;

export const department = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  transferPhone: z.string().nullable(),
  hours: z.string().nullable(),
});
export type Department = z.infer<typeof department>;

export const staffMember = z.object({ id: z.number(), name: z.string(), role: z.string() });
export type StaffMember = z.infer<typeof staffMember>;
