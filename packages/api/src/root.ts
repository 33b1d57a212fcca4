import { auditRouter } from "./routers/audit";
import { caseRouter } from "./routers/case";
import { documentsRouter } from "./routers/documents";
import { partnerRouter } from "./routers/partner";
import { personRouter } from "./routers/person";
import { referenceRouter } from "./routers/reference";
import { staffRouter } from "./routers/staff";
import { userRouter } from "./routers/user";
import { router } from "./trpc";

export const appRouter = router({
  audit: auditRouter,
  case: caseRouter,
  documents: documentsRouter,
  partner: partnerRouter,
  person: personRouter,
  reference: referenceRouter,
  staff: staffRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
