export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@kelias/db";
export { clientIp } from "./client-ip";
export { isCrossSiteRequest } from "./csrf";
export { type AuthEnv, authEnv } from "./env";
export { clearLockout, LOCKOUT, lockedUntil, recordFailure } from "./lockout";
export {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  type MfaStatus,
  mfaStatus,
  removeMfa,
  replaceRecoveryCodes,
} from "./mfa";
export {
  authOptions,
  checkCredentials,
  type SignedInUser,
  type SignInContext,
  type SignInResult,
} from "./options";
export { checkNewPassword, type PasswordCheck, type PasswordRefusal } from "./password-policy";
export { hashPassword, verifyPassword } from "./passwords";
export { mfaRequiredFor, readSecuritySettings, type SecuritySettings } from "./security-settings";
export { currentSession, currentUser, type RequestSession, resolveRequestSession } from "./session";
export { type ActiveSession, activeSessions, endOtherSessions, startSession } from "./session-records";
export { totpCodeAt } from "./totp";
export { resolveSessionUser, type SessionUser } from "./users";
