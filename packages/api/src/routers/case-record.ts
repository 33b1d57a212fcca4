/**
 * The case-record helpers moved to `src/case-record/`; this module keeps their old import path
 * for the routers that still use it until they move too.
 */
export { auditChange, caseTarget } from "../case-record/audit";
export { checklistOf } from "../case-record/consent-checklist";
export { namesOf } from "../case-record/names";
export { type CaseRecord, caseRecordFor, type RecordTask } from "../case-record/record";
