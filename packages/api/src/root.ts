import { auditRouter } from "./routers/audit";
import { caseRouter } from "./routers/case";
import { personRouter } from "./routers/person";
import { staffRouter } from "./routers/staff";
import { userRouter } from "./routers/user";
import { router } from "./trpc";

export const appRouter = router({
  audit: auditRouter,
  case: caseRouter,
  person: personRouter,
  staff: staffRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
