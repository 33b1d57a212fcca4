import { router } from "../../../trpc";
import { list } from "./list";
import { signOutOthers } from "./sign-out-others";

/** The user's own sessions: `account.session.list`, `account.session.signOutOthers`. */
export const sessionRouter = router({ list, signOutOthers });
