import { accountRouter } from "./routers/account";
import { approvalsRouter } from "./routers/approvals/router";
import { auditRouter } from "./routers/audit";
import { caseRouter } from "./routers/case";
import { dashboardRouter } from "./routers/dashboard";
import { documentsRouter } from "./routers/documents";
import { exportRouter } from "./routers/export";
import { identificationRouter } from "./routers/identification";
import { partnerRouter } from "./routers/partner/router";
import { personRouter } from "./routers/person";
import { referenceRouter } from "./routers/reference";
import { reflectionPeriodRouter } from "./routers/reflection-periods";
import { securityRouter } from "./routers/security";
import { serviceTypeRouter } from "./routers/service-type/router";
import { staffRouter } from "./routers/staff";
import { userRouter } from "./routers/user";
import { router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  approvals: approvalsRouter,
  audit: auditRouter,
  case: caseRouter,
  dashboard: dashboardRouter,
  documents: documentsRouter,
  export: exportRouter,
  identification: identificationRouter,
  partner: partnerRouter,
  person: personRouter,
  reference: referenceRouter,
  reflectionPeriod: reflectionPeriodRouter,
  security: securityRouter,
  serviceType: serviceTypeRouter,
  staff: staffRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
