"use client";

import { WORKFLOW_MESSAGE_CODES } from "@kelias/domain";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { refusalReason } from "@/lib/api-errors";

/** The codes the workflow's messages translate: the guards' own, and a waiting approval. */
const GUARD_CODES: readonly string[] = [...WORKFLOW_MESSAGE_CODES, "approval_pending"];
export type GuardCode = (typeof WORKFLOW_MESSAGE_CODES)[number] | "approval_pending";

export function isGuardCode(code: string): code is GuardCode {
  return GUARD_CODES.includes(code);
}

/** What a refused workflow request says: every guard code it carries, or a single refusal reason. */
export interface WorkflowRefusal {
  guards: GuardCode[];
  reason: ReturnType<typeof refusalReason> | null;
}

export function workflowRefusal(error: unknown): WorkflowRefusal {
  if (error instanceof TRPCClientError) {
    const data = error.data as { reasons?: unknown } | undefined;
    const reasons = Array.isArray(data?.reasons)
      ? data.reasons.filter((r): r is string => typeof r === "string")
      : [];
    const guards = reasons.filter(isGuardCode);
    if (guards.length > 0) return { guards, reason: null };
    if (isGuardCode(error.message)) return { guards: [error.message], reason: null };
  }
  return { guards: [], reason: refusalReason(error) };
}

/** Translated guard messages, as a list. */
export function GuardList({ codes, id }: { codes: readonly GuardCode[]; id?: string }) {
  const t = useTranslations("workflow.guards");
  return (
    <ul id={id} className="list-disc pl-5">
      {codes.map((code) => (
        <li key={code}>{t(code)}</li>
      ))}
    </ul>
  );
}

/** A refusal shown as an alert: the guard messages under a lead-in, or the reason alone. */
export function RefusalAlert({ refusal, lead }: { refusal: WorkflowRefusal | null; lead: string }) {
  const t = useTranslations("errors.reason");
  if (!refusal) return null;
  return (
    <div
      role="alert"
      className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
    >
      {refusal.guards.length > 0 ? (
        <>
          <p>{lead}</p>
          <GuardList codes={refusal.guards} />
        </>
      ) : (
        <p>{t(refusal.reason ?? "generic")}</p>
      )}
    </div>
  );
}
