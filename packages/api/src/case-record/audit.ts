/** The target of every record change in the audit log: the case, so its timeline shows it. */
export const caseTarget = (caseId: string) => ({ entityType: "case", entityId: caseId });
