import { router } from "../../../trpc";
import { change } from "./change";

/** The user's own password: `account.password.change`. */
export const passwordRouter = router({ change });
