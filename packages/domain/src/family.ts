import { z } from "zod";
import { caseFindByReferenceInput } from "./case";
import { withIdempotencyKey } from "./idempotency";
import { idInput, requiredTextInput, textInput, versionInput } from "./input-schemas";
import { referralSourceFields, referralSourceRefinement } from "./intake";
import { personCreateInput } from "./person";
import { isStateOf, PROGRAMMES, type Programme } from "./programmes";
import { checkTransition, WORKFLOWS } from "./workflows/engine";
import type {
  CaseWorkflowFacts,
  FamilyStep,
  TransitionKind,
  WorkflowMessageCode,
  WorkflowSuggestion,
  WorkflowTask,
} from "./workflows/types";

/**
 * Families (households): one family groups the cases of people registered and moved together, one
 * case per person, all in the same programme. One member is the head (principal applicant); every
 * other member's relationship is to the head. Each member keeps their own case: their sensitive
 * data, consents and access restrictions stay on it, and the family shows a member only to whoever
 * may read that member's case.
 */
/** The relationships to the head of the members other than the head. */
export const FAMILY_MEMBER_RELATIONSHIPS = ["spouse", "child", "parent", "sibling", "other"] as const;
export const FAMILY_RELATIONSHIPS = ["head", ...FAMILY_MEMBER_RELATIONSHIPS] as const;
export type FamilyRelationship = (typeof FAMILY_RELATIONSHIPS)[number];

/** A household of one is a case: a family has at least two members. */
export const FAMILY_MIN_MEMBERS = 2;
export const FAMILY_MAX_MEMBERS = 20;

/** Why a family, or a change of its members, is refused; the interface translates them. */
export const FAMILY_REFUSAL_REASONS = [
  /** Fewer than two members (or a removal that would leave fewer). */
  "family_too_small",
  "family_too_large",
  /** Not exactly one head. */
  "family_one_head",
  /** The same case twice. */
  "family_duplicate_member",
  /** The members' cases are not all in the family's programme. */
  "family_mixed_programmes",
  /** The case already belongs to a family (a case is in one family at most). */
  "family_member_elsewhere",
  /** The case is not a member of this family. */
  "family_not_member",
  /** The head stays while the family exists. */
  "family_head_removed",
  /** The members named are not the family's members now (someone changed the family meanwhile). */
  "family_members_changed",
] as const;
export type FamilyRefusalReason = (typeof FAMILY_REFUSAL_REASONS)[number];

export interface FamilyMemberDraft {
  caseId: string;
  programme: Programme;
  relationship: FamilyRelationship;
}

/**
 * Whether these members make a family: two to twenty distinct cases, one head, all in one programme
 * (`programme`, when the family exists already). Every refusal code at once; empty when fine.
 */
export function checkFamilyMembers(
  members: readonly FamilyMemberDraft[],
  programme?: Programme,
): FamilyRefusalReason[] {
  const errors: FamilyRefusalReason[] = [];
  if (members.length < FAMILY_MIN_MEMBERS) errors.push("family_too_small");
  if (members.length > FAMILY_MAX_MEMBERS) errors.push("family_too_large");
  if (members.filter((m) => m.relationship === "head").length !== 1) errors.push("family_one_head");
  if (new Set(members.map((m) => m.caseId)).size !== members.length) errors.push("family_duplicate_member");
  const expected = programme ?? members[0]?.programme;
  if (members.some((m) => m.programme !== expected)) errors.push("family_mixed_programmes");
  return errors;
}

/** Whether `caseId` may leave the family: a member, not the head, and two members stay. */
export function checkMemberRemoval(
  members: readonly Pick<FamilyMemberDraft, "caseId" | "relationship">[],
  caseId: string,
): FamilyRefusalReason[] {
  const member = members.find((m) => m.caseId === caseId);
  if (!member) return ["family_not_member"];
  if (member.relationship === "head") return ["family_head_removed"];
  return members.length - 1 < FAMILY_MIN_MEMBERS ? ["family_too_small"] : [];
}

/** The steps a family of `programme` takes together (from the workflow definition). */
export function familySteps(programme: Programme): readonly FamilyStep[] {
  return WORKFLOWS[programme].familySteps;
}

/** The family steps out of `state`: what the family page offers when its members stand there. */
export function familyStepsFrom(programme: Programme, state: string): FamilyStep[] {
  return familySteps(programme).filter((step) => step.from === state);
}

/** One member, as the family move reads them. */
export interface FamilyMemberState {
  caseId: string;
  state: string;
  facts: CaseWorkflowFacts;
  /** An approval waits on the member's case (one at a time per case). */
  approvalPending: boolean;
}

export type FamilyMoveCode = WorkflowMessageCode | "not_a_family_step" | "approval_pending";

/** A member who may not take the step, and every reason why. */
export interface FamilyMemberRefusal {
  caseId: string;
  errors: FamilyMoveCode[];
}

export interface FamilyMemberMove {
  caseId: string;
  from: string;
  tasks: WorkflowTask[];
  suggestions: WorkflowSuggestion[];
}

export type FamilyMovePlan =
  | {
      ok: true;
      kind: TransitionKind;
      /** Each member's case asks a manager's approval instead of moving (one request per member). */
      needsApproval: boolean;
      /** One per member, in the members' order. */
      moves: FamilyMemberMove[];
    }
  | { ok: false; refusals: FamilyMemberRefusal[] };

/**
 * A step the whole family takes: all members or none. Each member is checked on their own case, as
 * if they moved alone (their own guards: each needs their own travel documents), and the step must
 * be one of the workflow's family steps from where they stand. When any member is refused, nobody
 * moves, and the refusal names every member who failed and every reason.
 */
export function planFamilyTransition(
  programme: Programme,
  members: readonly FamilyMemberState[],
  to: string,
  options: { reason?: string | null } = {},
): FamilyMovePlan {
  const shared = familySteps(programme);
  const refusals: FamilyMemberRefusal[] = [];
  const moves: FamilyMemberMove[] = [];
  let kind: TransitionKind = "advance";
  let needsApproval = false;
  for (const member of members) {
    if (!isStateOf(programme, to)) {
      refusals.push({ caseId: member.caseId, errors: ["unknown_state"] });
      continue;
    }
    if (!shared.some((step) => step.from === member.state && step.to === to)) {
      refusals.push({ caseId: member.caseId, errors: ["not_a_family_step"] });
      continue;
    }
    const check = checkTransition(programme, member.state, to, member.facts, options);
    if (!check.ok) {
      refusals.push({ caseId: member.caseId, errors: check.errors });
      continue;
    }
    if (check.needsApproval && member.approvalPending) {
      refusals.push({ caseId: member.caseId, errors: ["approval_pending"] });
      continue;
    }
    kind = check.kind;
    needsApproval = check.needsApproval;
    moves.push({
      caseId: member.caseId,
      from: member.state,
      tasks: check.tasks,
      suggestions: check.suggestions,
    });
  }
  if (refusals.length > 0 || members.length === 0) return { ok: false, refusals };
  return { ok: true, kind, needsApproval, moves };
}

const memberInput = z.object({
  caseId: idInput(),
  relationship: z.enum(FAMILY_RELATIONSHIPS),
});

/** Groups existing cases into a family; the rest (`checkFamilyMembers`) is checked on their cases. */
export const familyCreateInput = z.object({
  ...withIdempotencyKey,
  members: z.array(memberInput).min(FAMILY_MIN_MEMBERS).max(FAMILY_MAX_MEMBERS),
});
export type FamilyCreateInput = z.infer<typeof familyCreateInput>;

export const familyIdInput = z.object({ familyId: idInput() });

export const familyMemberAddInput = z.object({
  familyId: idInput(),
  version: versionInput,
  caseId: idInput(),
  relationship: z.enum(FAMILY_MEMBER_RELATIONSHIPS),
});

export const familyMemberRemoveInput = z.object({
  familyId: idInput(),
  version: versionInput,
  caseId: idInput(),
});

/**
 * A family step: the family's version and every member's case version as the user saw them (a
 * change meanwhile to any of them refuses the whole move), the state to move to and the reason.
 */
export const familyTransitionInput = z.object({
  familyId: idInput(),
  version: versionInput,
  to: requiredTextInput(64),
  reason: textInput(2000).default(""),
  members: z
    .array(z.object({ caseId: idInput(), version: versionInput }))
    .min(1)
    .max(FAMILY_MAX_MEMBERS),
});
export type FamilyTransitionInput = z.infer<typeof familyTransitionInput>;

/**
 * The form that names another case by its reference (what a caseworker has at hand) and its
 * relationship to the head: creating a family with a case as head, or adding a member.
 */
export const familyMemberForm = z.object({
  reference: caseFindByReferenceInput.shape.reference,
  relationship: z.enum(FAMILY_MEMBER_RELATIONSHIPS),
});
export type FamilyMemberForm = z.infer<typeof familyMemberForm>;

/**
 * Registers a household at once: each member's person (as the registration form takes them, their
 * household links left out: the family is the link) with their relationship to the head, and one
 * case of `programme` each, all in one transaction.
 */
export const familyRegisterInput = z
  .object({
    ...withIdempotencyKey,
    programme: z.enum(PROGRAMMES),
    /** How the household came to the office: one entry point for every member's case. */
    ...referralSourceFields,
    members: z
      .array(z.object({ person: personCreateInput, relationship: z.enum(FAMILY_RELATIONSHIPS) }))
      .min(FAMILY_MIN_MEMBERS)
      .max(FAMILY_MAX_MEMBERS),
  })
  .superRefine(referralSourceRefinement);
export type FamilyRegisterInput = z.input<typeof familyRegisterInput>;
