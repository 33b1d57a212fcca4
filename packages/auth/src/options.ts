/// <reference path="./next-auth.d.ts" />
import { appendAudit, type Database, sharedDatabase } from "@kelias/db";
import type { Role } from "@kelias/domain";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authEnv } from "./env";
import { decoyHash, verifyPassword } from "./passwords";
import { findUserByEmail } from "./users";

const credentials = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded.length > 0) return forwarded.split(",")[0]?.trim() ?? null;
  return null;
}

/** Why a sign-in was refused; recorded in the audit log, never shown (the user sees one generic message). */
type Refusal = "malformed" | "unknown_email" | "inactive" | "demo_mode_off" | "wrong_password";

export interface SignInContext {
  db: Database;
  ip: string | null;
  /** Demo accounts may sign in only in demo mode. */
  demoMode: boolean;
}

export async function checkCredentials(
  { db, ip, demoMode }: SignInContext,
  input: unknown,
): Promise<{ id: string; name: string; email: string; roles: Role[]; sessionVersion: number } | null> {
  const parsed = credentials.safeParse(input);
  const refuse = async (reason: Refusal, userId: string | null = null) => {
    await appendAudit(db, {
      actorId: userId,
      action: "auth.sign_in",
      outcome: "denied",
      ip,
      detail: { reason, email: parsed.success ? parsed.data.email.toLowerCase() : null },
    });
    return null;
  };
  if (!parsed.success) return refuse("malformed");

  const user = await findUserByEmail(db, parsed.data.email);
  if (!user?.passwordHash) {
    await verifyPassword(await decoyHash(), parsed.data.password);
    return refuse("unknown_email");
  }
  const passwordOk = await verifyPassword(user.passwordHash, parsed.data.password);
  if (!passwordOk) return refuse("wrong_password", user.id);
  if (!user.active) return refuse("inactive", user.id);
  if (user.isDemo && !demoMode) return refuse("demo_mode_off", user.id);

  await appendAudit(db, { actorId: user.id, action: "auth.sign_in", outcome: "allowed", ip });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles as Role[],
    sessionVersion: user.sessionVersion,
  };
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authEnv().secret,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        authorize: async (input, req) =>
          checkCredentials(
            { db: (await sharedDatabase()).db, ip: clientIp(req?.headers), demoMode: authEnv().demoMode },
            input,
          ),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.roles = user.roles;
          token.sv = user.sessionVersion;
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
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        const { db } = await sharedDatabase();
        await appendAudit(db, { actorId: token.sub ?? null, action: "auth.sign_out", outcome: "allowed" });
      },
    },
  };
}
