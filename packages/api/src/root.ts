import { accessRequestRouter } from "./routers/access-request/router";
import { accountRouter } from "./routers/account/router";
import { approvalsRouter } from "./routers/approvals/router";
import { auditRouter } from "./routers/audit/router";
import { calendarRouter } from "./routers/calendar/router";
import { caseRouter } from "./routers/case/router";
import { dashboardRouter } from "./routers/dashboard/router";
import { exportRouter } from "./routers/export/router";
import { familyRouter } from "./routers/family/router";
import { identificationRouter } from "./routers/identification/router";
import { partnerRouter } from "./routers/partner/router";
import { personRouter } from "./routers/person/router";
import { referenceRouter } from "./routers/reference/router";
import { reflectionPeriodRouter } from "./routers/reflection-period/router";
import { savedFilterRouter } from "./routers/saved-filter/router";
import { searchRouter } from "./routers/search/router";
import { securityRouter } from "./routers/security/router";
import { serviceTypeRouter } from "./routers/service-type/router";
import { staffRouter } from "./routers/staff/router";
import { userRouter } from "./routers/user/router";
import { router } from "./trpc";

export const appRouter = router({
  accessRequest: accessRequestRouter,
  account: accountRouter,
  approvals: approvalsRouter,
  audit: auditRouter,
  calendar: calendarRouter,
  case: caseRouter,
  dashboard: dashboardRouter,
  export: exportRouter,
  family: familyRouter,
  identification: identificationRouter,
  partner: partnerRouter,
  person: personRouter,
  reference: referenceRouter,
  reflectionPeriod: reflectionPeriodRouter,
  search: searchRouter,
  savedFilter: savedFilterRouter,
  security: securityRouter,
  serviceType: serviceTypeRouter,
  staff: staffRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
