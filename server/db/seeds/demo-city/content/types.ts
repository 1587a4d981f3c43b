/** Shapes of the demo city's hand-written content. Plain data: no I/O, no imports from the server. */
import type { Priority, QuestionDatatype, SlaUnit } from "../../../../../common/channels.js";

export interface DemoDepartment {
  code: string; // short, lower-case, e.g. "dpw"
  name: string; // "Public Works"
  phone: string; // "(555) 311-2100" — use 555 numbers only
  transferPhone: string; // number operators transfer callers to
  email: string; // e.g. "publicworks@demo-city.example"
  hours: string; // human text, e.g. "Mon–Fri 8:00 a.m.–4:30 p.m."
  address: string; // room in City Hall or a yard, e.g. "City Hall, Room 204, 1 City Hall Plaza"
  webUrl: string; // https://demo-city.example/...
  description: string; // what the department handles, 1–3 sentences
  callerScript: string; // what an operator tells a caller before transferring
  /** Working hours per weekday (1=Mon … 7=Sun), 24h "HH:MM". Omitted weekdays are closed. */
  workingHours: { weekday: number; opens: string; closes: string }[];
}

export interface DemoAgency {
  code: string;
  name: string; // e.g. "Massachusetts Registry of Motor Vehicles"
  phone: string; // 555 numbers only
  hours: string;
  address: string;
  webUrl: string; // https://....example
  handles: string; // what they handle
  callerScript: string; // what to tell the caller
}

export interface DemoQuestion {
  code: string; // snake_case, unique within the service
  datatype: QuestionDatatype;
  required: boolean;
  prompt: string; // the question as shown to operators and residents
  helpText?: string;
  values?: { key: string; name: string }[]; // only for singlevaluelist / multivaluelist (>= 2 values)
}

export interface DemoServiceType {
  code: string; // snake_case unique, e.g. "pothole"
  name: string; // "Pothole"
  group: string; // "Streets & Sidewalks", "Trash & Recycling", "Housing", "Parks & Trees", "Animals", "Parking & Vehicles", "Health", "Noise", ...
  description: string; // one sentence for residents
  keywords: string[]; // words residents and operators use, incl. misspellings-free synonyms ("pot hole", "road damage")
  departmentCode: string; // must match a DemoDepartment.code
  priority: Priority;
  sla: { value: number; unit: SlaUnit };
  availableOnline: boolean;
  operatorInstructions: string; // what the operator asks / reads out
  duplicateRadiusM: number; // metres within which an open request of the same type is a likely duplicate
  questions: DemoQuestion[];
  /** Relative frequency in generated history (pothole ~ 10, rare ones ~ 1). */
  weight: number;
}

export interface DemoArticle {
  slug: string; // kebab-case unique
  title: string; // "City Hall hours"
  publicAnswer: string; // Markdown, 60–250 words, real-sounding, specific (fees, hours, documents needed)
  internalNotes: string; // for operators only: tips, when to transfer, common confusions
  keywords: string[]; // including synonyms ("trash", "garbage", "rubbish")
  departmentCode?: string;
  agencyCode?: string; // when the answer is "this is the state's job, call X"
  serviceCodes?: string[]; // related service types
  /** Days until review from the seed date; a few negative to demonstrate stale articles. */
  reviewInDays: number;
}

export interface DemoHoliday {
  /** ISO date, e.g. "2026-12-25". Cover 2025-07-01 through 2027-12-31 (the US federal + Massachusetts holidays). */
  date: string;
  name: string;
}
