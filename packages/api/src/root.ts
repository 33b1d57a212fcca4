import { caseRouter } from "./routers/case";
import { personRouter } from "./routers/person";
import { userRouter } from "./routers/user";
import { router } from "./trpc";

export const appRouter = router({
  case: caseRouter,
  person: personRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
