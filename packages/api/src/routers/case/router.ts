import { router } from "../../trpc";
import { appointmentRouter } from "./appointment/router";
import { assessmentRouter } from "./assessment/router";
import { consentRouter } from "./consent/router";
import { create } from "./create";
import { documentRouter } from "./document/router";
import { feedbackRouter } from "./feedback/router";
import { findByReference } from "./find-by-reference";
import { get } from "./get";
import { handoverRouter } from "./handover/router";
import { history } from "./history";
import { list } from "./list";
import { monitoringRouter } from "./monitoring/router";
import { noteRouter } from "./note/router";
import { referralRouter } from "./referral/router";
import { reintegrationRouter } from "./reintegration/router";
import { restrictionRouter } from "./restriction/router";
import { sensitiveRouter } from "./sensitive/router";
import { serviceRouter } from "./service/router";
import { sourceRouter } from "./source/router";
import { surveyRouter } from "./survey/router";
import { taskRouter } from "./task/router";
import { teamRouter } from "./team/router";
import { timeline } from "./timeline";
import { travelRouter } from "./travel/router";
import { workflowRouter } from "./workflow/router";

/** Cases: opening, listing and reading one, and every part of a case record under its own path. */
export const caseRouter = router({
  create,
  list,
  findByReference,
  get,
  team: teamRouter,
  restriction: restrictionRouter,
  sensitive: sensitiveRouter,
  note: noteRouter,
  document: documentRouter,
  service: serviceRouter,
  consent: consentRouter,
  referral: referralRouter,
  task: taskRouter,
  appointment: appointmentRouter,
  timeline,
  history,
  workflow: workflowRouter,
  assessment: assessmentRouter,
  source: sourceRouter,
  feedback: feedbackRouter,
  reintegration: reintegrationRouter,
  monitoring: monitoringRouter,
  survey: surveyRouter,
  handover: handoverRouter,
  travel: travelRouter,
});
