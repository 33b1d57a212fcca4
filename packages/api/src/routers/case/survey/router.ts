import { router } from "../../../trpc";
import { record } from "./record";

/** The IOM reintegration sustainability survey: `case.survey.record`. */
export const surveyRouter = router({ record });
