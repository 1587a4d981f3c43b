/** Interactions: every contact (call, walk-in, email, chat…) and what came of it. */
export {
  type CallContact,
  contactForAnsweredCall,
  fillContactCaller,
  recordAbandonedContact,
  startCallbackContact,
  withdrawAbandonedContact,
} from "./commands/call-contacts.js";
export {
  createRequestForInteraction,
  endInteraction,
  type InteractionDeps,
  linkRequest,
  recordAnswer,
  referInteraction,
  startInteraction,
  transferInteraction,
} from "./commands/interaction-commands.js";
export { findInteraction } from "./interactions.repository.js";
export { interactionsRoutes } from "./interactions.routes.js";
