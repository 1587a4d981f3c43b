import type { Random } from "./random.js";

const OPENERS = [
  "Caller reports",
  "Resident says there is",
  "Reporting",
  "There is",
  "Neighbor called about",
  "Please send someone to look at",
];
const CLOSERS = [
  "",
  " It has been there for several days.",
  " This is a safety concern for people walking by.",
  " Second time reporting this.",
  " Near the school crossing.",
  " Cars are swerving to avoid it.",
  " Elderly resident on the street is worried about it.",
  " Seen this morning.",
];

/** A plausible free-text description for a generated request. */
export function describe(rnd: Random, service: { name: string }, streetName: string): string {
  const what = service.name.toLowerCase();
  return `${rnd.pick(OPENERS)} ${/^[aeiou]/.test(what) ? "an" : "a"} ${what} problem on ${streetName}.${rnd.pick(CLOSERS)}`;
}
