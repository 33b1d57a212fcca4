export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@kelias/db";
export { type AuthEnv, authEnv, parseAuthEnv } from "./env";
export { authOptions, checkCredentials, type SignInContext } from "./options";
export { decoyHash, hashPassword, verifyPassword } from "./passwords";
export { currentUser } from "./session";
export { findUserByEmail, resolveSessionUser, type SessionUser } from "./users";
