/** Service-level agreements on business calendars. */

export { calendarAdminRoutes } from "./sla.admin.routes.js";
export { type BusinessCalendar, buildCalendar, computeDueAt, type Sla } from "./sla.calendar.js";
export { loadCalendar } from "./sla.repository.js";
