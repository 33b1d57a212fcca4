import { type Action, type Actor, can } from "./policy";

/** The reasons a refusal of the policy carries, which the interface translates. */
export type PolicyRefusalReason = "own_access" | "own_account" | "own_handover";

/**
 * Why `can` refused an action, where the refusal has a reason the actor can act on (another
 * administrator must do it); undefined when it is allowed or the actor simply has no such right.
 */
export function policyRefusalReason(actor: Actor, action: Action): PolicyRefusalReason | undefined {
  if (can(actor, action)) return undefined;
  switch (action.kind) {
    case "user.update":
      // Said to every administrator, even one whose own handover waits: the account is theirs.
      return actor.roles.includes("admin") && action.change.targetId === actor.id ? "own_access" : undefined;
    case "user.confirmHandover":
      // Only to those who may see the accounts at all; the others learn nothing about the handover.
      if (!can(actor, { kind: "user.list" })) return undefined;
      return action.handover.targetId === actor.id ? "own_account" : "own_handover";
    default:
      return undefined;
  }
}
