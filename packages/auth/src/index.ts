export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@kelias/db";
export { clientIp } from "./client-ip";
export { isCrossSiteRequest } from "./csrf";
export { type AuthEnv, authEnv, parseAuthEnv } from "./env";
export { clearLockout, LOCKOUT, lockDelayMs, lockedUntil, recordFailure } from "./lockout";
export {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  type MfaStatus,
  mfaStatus,
  RECOVERY_CODE_COUNT,
  removeMfa,
  replaceRecoveryCodes,
  verifySecondFactor,
} from "./mfa";
export {
  authOptions,
  checkCredentials,
  mfaEnrolmentDue,
  type SignedInUser,
  type SignInContext,
  type SignInResult,
} from "./options";
export { checkNewPassword, type PasswordCheck, type PasswordRefusal } from "./password-policy";
export { decoyHash, hashPassword, verifyPassword } from "./passwords";
export {
  DEFAULT_SECURITY_SETTINGS,
  mfaRequiredFor,
  readSecuritySettings,
  type SecuritySettings,
} from "./security-settings";
export { currentSession, currentUser, type RequestSession, resolveRequestSession } from "./session";
export {
  type ActiveSession,
  activeSessions,
  checkSession,
  endOtherSessions,
  endSession,
  LAST_SEEN_RESOLUTION_MS,
  startSession,
} from "./session-records";
export { SIGN_IN_CODE_INVALID, SIGN_IN_CODE_REQUIRED } from "./sign-in-errors";
export { totpCodeAt } from "./totp";
export { findUserByEmail, resolveSessionUser, type SessionUser } from "./users";
