/** Staff identity: sign-in, sessions, CSRF, staff accounts and API keys. */

export { hashPassword, verifyPassword } from "./auth.passwords.js";
export { type AuthDeps, authHook, SESSION_COOKIE } from "./auth.plugin.js";
export { type ApiKeyRow, listApiKeys } from "./auth.repository.js";
export { authRoutes } from "./auth.routes.js";
export { createApiKey, findApiKey } from "./commands/create-api-key.js";
export { type CreateUserInput, createUser, deactivateUser } from "./commands/create-user.js";
export { revokeApiKey } from "./commands/revoke-api-key.js";
export { LOGIN_LIMITS, sessionIdFor, signIn } from "./commands/sign-in.js";
export { peopleAdminRoutes } from "./people.routes.js";
