import { agencies, departments } from "../../db/schema/index.js";

/** What an operator needs on screen to hand a caller over: a department's transfer line, an agency's script. */
export const handoverColumns = {
  department: {
    code: departments.code,
    name: departments.name,
    phone: departments.phone,
    transferPhone: departments.transferPhone,
    hours: departments.hours,
  },
  agency: {
    code: agencies.code,
    name: agencies.name,
    phone: agencies.phone,
    hours: agencies.hours,
    callerScript: agencies.callerScript,
  },
};
