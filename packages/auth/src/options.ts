/// <reference path="./next-auth.d.ts" />
import { appendAudit, type Database, sharedDatabase } from "@kelias/db";
import { type Actor, type Role, signInInput } from "@kelias/domain";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "./client-ip";
import { authEnv } from "./env";
import { clearLockout, lockedUntil, recordFailure } from "./lockout";
import { hasConfirmedMfa, verifySecondFactor } from "./mfa";
import { decoyHash, verifyPassword } from "./passwords";
import { mfaRequiredFor, readSecuritySettings } from "./security-settings";
import { endSession, startSession } from "./session-records";
import { SIGN_IN_CODE_INVALID, SIGN_IN_CODE_REQUIRED } from "./sign-in-errors";
import { findUserByEmail } from "./users";

/** Why a sign-in was refused; recorded in the audit log, never shown (the user sees one generic message). */
type Refusal =
  | "malformed"
  | "address_locked"
  | "unknown_email"
  | "account_locked"
  | "wrong_password"
  | "inactive"
  | "demo_mode_off"
  | "code_required"
  | "wrong_code";

export interface SignInContext {
  db: Database;
  ip: string | null;
  userAgent?: string | null;
  /** Demo accounts may sign in only in demo mode. */
  demoMode: boolean;
  /** Key material of the TOTP secrets (see AuthEnv.mfaKey). */
  mfaKey: string;
  /** The clock; tests move it instead of waiting. */
  now?: Date;
}

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  sessionVersion: number;
  /** The session record this sign-in opened. */
  sessionId: string;
  /** The user must have a second factor and has none yet: enrolment comes before anything else. */
  mfaDue: boolean;
}

/**
 * `code_required`: the password was right and the account has a second factor; ask for the code.
 * `code_invalid`: the code was wrong (counted as a failure). `refused`: anything else, one answer
 * whatever the reason, so that nobody learns whether an email exists or is locked.
 */
export type SignInResult =
  | { status: "signed_in"; user: SignedInUser }
  | { status: "code_required" }
  | { status: "code_invalid" }
  | { status: "refused" };

/** Whether a user who has no second factor must enrol one before using the app. */
export function mfaEnrolmentDue(
  user: Actor & { isDemo: boolean; mfaEnrolled: boolean },
  settings: Parameters<typeof mfaRequiredFor>[1],
  demoMode: boolean,
): boolean {
  // Demo accounts, which exist only in demo mode, are exempt so that the demo stays one click away.
  if (user.isDemo && demoMode) return false;
  return !user.mfaEnrolled && mfaRequiredFor(user, settings);
}

export async function checkCredentials(context: SignInContext, input: unknown): Promise<SignInResult> {
  const { db, ip, demoMode } = context;
  const now = context.now ?? new Date();
  const parsed = signInInput.safeParse(input);
  const email = parsed.success ? parsed.data.email.toLowerCase() : null;
  const audit = (outcome: "allowed" | "denied", userId: string | null, detail: Record<string, unknown>) =>
    appendAudit(db, { actorId: userId, action: "auth.sign_in", outcome, ip, detail: { ...detail, email } });
  const refuse = async (reason: Refusal, userId: string | null = null) => {
    await audit("denied", userId, { reason });
    return { status: "refused" } as const;
  };
  /** A failed guess counts against the account (when known) and the address. */
  const fail = async (reason: Refusal, userId: string | null) => {
    if (userId) await recordFailure(db, "account", userId, now);
    if (ip) await recordFailure(db, "ip", ip, now);
    return refuse(reason, userId);
  };
  // Refusals that skip the password check still spend the time of one, so timing tells nothing.
  const spendPasswordTime = async () => {
    await verifyPassword(await decoyHash(), parsed.success ? parsed.data.password : "");
  };
  if (!parsed.success) return refuse("malformed");

  if (ip && (await lockedUntil(db, "ip", ip, now))) {
    await spendPasswordTime();
    return refuse("address_locked");
  }
  const user = await findUserByEmail(db, parsed.data.email);
  if (!user?.passwordHash) {
    await spendPasswordTime();
    return fail("unknown_email", null);
  }
  if (await lockedUntil(db, "account", user.id, now)) {
    await spendPasswordTime();
    return refuse("account_locked", user.id);
  }
  if (!(await verifyPassword(user.passwordHash, parsed.data.password)))
    return fail("wrong_password", user.id);
  if (!user.active) return refuse("inactive", user.id);
  if (user.isDemo && !demoMode) return refuse("demo_mode_off", user.id);

  const enrolled = await hasConfirmedMfa(db, user.id);
  let method: "totp" | "recovery_code" | null = null;
  if (enrolled) {
    const code = parsed.data.code;
    if (!code) {
      await audit("denied", user.id, { reason: "code_required" satisfies Refusal });
      return { status: "code_required" };
    }
    method = await verifySecondFactor(db, user.id, code, context.mfaKey, now);
    if (!method) {
      await fail("wrong_code", user.id);
      return { status: "code_invalid" };
    }
  }

  await clearLockout(db, user.id);
  const roles = user.roles as Role[];
  const settings = await readSecuritySettings(db);
  const sessionId = await startSession(db, {
    userId: user.id,
    ip,
    userAgent: context.userAgent ?? null,
    mfa: enrolled,
    now,
  });
  await audit("allowed", user.id, { sessionId, secondFactor: method });
  return {
    status: "signed_in",
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      roles,
      sessionVersion: user.sessionVersion,
      sessionId,
      mfaDue: mfaEnrolmentDue(
        {
          id: user.id,
          roles,
          programmes: user.programmes,
          handoverPending: user.handoverPendingBy !== null,
          isDemo: user.isDemo,
          mfaEnrolled: enrolled,
        },
        settings,
        demoMode,
      ),
    },
  };
}

/**
 * next-auth's session token outlives no session record: the record's absolute lifetime (at most
 * 24 hours, see the settings' limits) and idle timeout end it first.
 */
const TOKEN_MAX_AGE_S = 24 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: authEnv().secret,
    session: { strategy: "jwt", maxAge: TOKEN_MAX_AGE_S },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: {
          email: { type: "email" },
          password: { type: "password" },
          code: { type: "text" },
        },
        authorize: async (input, req) => {
          const userAgent = req?.headers?.["user-agent"];
          const result = await checkCredentials(
            {
              db: (await sharedDatabase()).db,
              ip: clientIp(req?.headers?.["x-forwarded-for"]),
              userAgent: typeof userAgent === "string" ? userAgent : null,
              demoMode: authEnv().demoMode,
              mfaKey: authEnv().mfaKey,
            },
            input,
          );
          if (result.status === "signed_in") return result.user;
          if (result.status === "code_required") throw new Error(SIGN_IN_CODE_REQUIRED);
          if (result.status === "code_invalid") throw new Error(SIGN_IN_CODE_INVALID);
          return null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.roles = user.roles;
          token.sv = user.sessionVersion;
          token.sid = user.sessionId;
          token.mfaDue = user.mfaDue;
        } else if (token.mfaDue && token.sub) {
          // Re-read while enrolment is due, so that the token lets the user on as soon as it is done
          // (the enrolment page fetches the session to refresh the cookie).
          const { db } = await sharedDatabase();
          token.mfaDue = !(await hasConfirmedMfa(db, token.sub));
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.sub ?? "",
          name: token.name ?? "",
          email: token.email ?? "",
          roles: token.roles ?? [],
        };
        session.sessionVersion = token.sv ?? 0;
        session.sessionId = token.sid ?? "";
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        const { db } = await sharedDatabase();
        if (token.sid) await endSession(db, token.sid, "sign_out");
        await appendAudit(db, {
          actorId: token.sub ?? null,
          action: "auth.sign_out",
          outcome: "allowed",
          detail: token.sid ? { sessionId: token.sid } : {},
        });
      },
    },
  };
}
