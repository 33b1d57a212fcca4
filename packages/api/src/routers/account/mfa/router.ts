import { router } from "../../../trpc";
import { begin } from "./begin";
import { confirm } from "./confirm";
import { disable } from "./disable";
import { newRecoveryCodes } from "./new-recovery-codes";
import { status } from "./status";

/** The user's own second factor: `account.mfa.status`, `.begin`, `.confirm`, `.disable`, `.newRecoveryCodes`. */
export const mfaRouter = router({ status, begin, confirm, disable, newRecoveryCodes });
