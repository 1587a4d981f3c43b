/** The service catalog and the department directory. */

export { catalogAdminRoutes } from "./catalog.admin.routes.js";
export { type AnswerValue, type QuestionRule, validateAnswers } from "./catalog.answers.js";
export { handoverColumns } from "./catalog.handover.js";
export { presentService } from "./catalog.presenter.js";
export {
  departmentIdForCode,
  getServiceByCode,
  listDepartments,
  listServices,
  type ServiceWithQuestions,
} from "./catalog.repository.js";
export { catalogRoutes } from "./catalog.routes.js";
