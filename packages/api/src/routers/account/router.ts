import { router } from "../../trpc";
import { mfaRouter } from "./mfa/router";
import { passwordRouter } from "./password/router";
import { sessionRouter } from "./session/router";

/** The signed-in user's own sign-in security: second factor, sessions, password. */
export const accountRouter = router({ mfa: mfaRouter, session: sessionRouter, password: passwordRouter });
