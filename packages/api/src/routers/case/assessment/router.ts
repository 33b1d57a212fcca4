import { router } from "../../../trpc";
import { current } from "./current";
import { get } from "./get";
import { list } from "./list";
import { record } from "./record";

/**
 * Assessments of a case (needs, vulnerability) and the risk level they set: `case.assessment.record`
 * (a new one or a new revision), `case.assessment.list`, `case.assessment.get` (its revisions) and
 * `case.assessment.current` (the case's risk level).
 */
export const assessmentRouter = router({ record, list, get, current });
