import type { KeyObject } from "node:crypto";
import { parseEnvironment } from "@kelias/db";
import { DEFAULT_TRAVEL_DOCUMENT_EXPIRY_WARNING_DAYS } from "@kelias/domain";
import { z } from "zod";
import { parseSigningKey } from "./origin-handover/signing-key";

const schema = z
  .object({
    /** An SMTP server for the set-password links, e.g. smtp://user:pass@mail.example.org:587; unset: no email. */
    SMTP_URL: z
      .url("must be a URL such as smtps://user:password@mail.example.org:465")
      .refine((value) => /^smtps?:\/\//.test(value), "must start with smtp:// or smtps://")
      .optional(),
    /** The sender of those emails, e.g. "Kelias <no-reply@example.org>". */
    SMTP_FROM: z.string().trim().min(3).optional(),
    /** The public address of the app, for the links in emails. */
    NEXTAUTH_URL: z.url("must be an absolute URL such as http://localhost:3000").optional(),
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    /**
     * The Ed25519 private key that signs handover packages: PKCS#8 PEM, or base64 of the PEM or of
     * its DER. Unset: the embedded/demo mode makes one in the data folder; a server refuses handovers.
     */
    HANDOVER_SIGNING_KEY: z
      .string()
      .trim()
      .min(1)
      .refine(
        (value) => parseSigningKey(value) !== null,
        "must be an Ed25519 private key (PKCS#8 PEM or base64)",
      )
      .optional(),
    /** How many days before its expiry a travel document raises a task on its AVRR case. */
    TRAVEL_DOCUMENT_EXPIRY_WARNING_DAYS: z.coerce
      .number()
      .int()
      .min(1)
      .max(365)
      .default(DEFAULT_TRAVEL_DOCUMENT_EXPIRY_WARNING_DAYS),
  })
  .superRefine((value, ctx) => {
    if (value.SMTP_URL && !value.SMTP_FROM) {
      ctx.addIssue({ code: "custom", path: ["SMTP_FROM"], message: "required when SMTP_URL is set" });
    }
  });

export interface ApiEnv {
  /** Null when no SMTP server is configured: set-password links are then only shown to the admin. */
  smtp: { url: string; from: string } | null;
  /** Where the app is served, without a trailing slash. */
  appUrl: string;
  /** The key that signs handover packages, when configured. */
  handoverSigningKey: KeyObject | null;
  /** Days before its expiry that a travel document raises a task (`TRAVEL_DOCUMENT_EXPIRY_WARNING_DAYS`, 30). */
  travelDocumentExpiryWarningDays: number;
}

export function parseApiEnv(source: Record<string, string | undefined>): ApiEnv {
  const env = parseEnvironment(schema, source);
  return {
    smtp: env.SMTP_URL && env.SMTP_FROM ? { url: env.SMTP_URL, from: env.SMTP_FROM } : null,
    appUrl: (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    handoverSigningKey: env.HANDOVER_SIGNING_KEY ? parseSigningKey(env.HANDOVER_SIGNING_KEY) : null,
    travelDocumentExpiryWarningDays: env.TRAVEL_DOCUMENT_EXPIRY_WARNING_DAYS,
  };
}

let cached: ApiEnv | undefined;
export function apiEnv(): ApiEnv {
  cached ??= parseApiEnv(process.env);
  return cached;
}
