import { auditRouter } from "./routers/audit";
import { caseRouter } from "./routers/case";
import { documentsRouter } from "./routers/documents";
import { personRouter } from "./routers/person";
import { staffRouter } from "./routers/staff";
import { userRouter } from "./routers/user";
import { router } from "./trpc";

export const appRouter = router({
  audit: auditRouter,
  case: caseRouter,
  documents: documentsRouter,
  person: personRouter,
  staff: staffRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
