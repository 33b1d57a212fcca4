import { router } from "../../../trpc";
import { resetMfa } from "./reset-mfa";
import { signOut } from "./sign-out";

/** An administrator on another user's sign-in: `security.user.signOut`, `security.user.resetMfa`. */
export const securityUserRouter = router({ signOut, resetMfa });
