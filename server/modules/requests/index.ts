/** Service requests: the commands every channel uses, and the staff API. */

export { addPublicComment } from "./commands/add-comment.js";
export {
  type CommandDeps,
  type CreatedRequest,
  type CreateRequestData,
  createRequest,
  type NewAttachment,
} from "./commands/create-request.js";
export { mergeRequest } from "./commands/merge-request.js";
export { PUBLIC_EVENT_QUEUE, recordEvent } from "./commands/record-event.js";
export { addNote, assignRequest, changeStatus } from "./commands/update-request.js";
export { type LifecycleDeps, lifecycleRoutes } from "./requests.lifecycle.routes.js";
export { canReadRequest, canWorkRequest, listScope } from "./requests.policy.js";
export { getRequestDetail } from "./requests.queries.js";
export { type RequestsDeps, requestsRoutes } from "./requests.routes.js";
