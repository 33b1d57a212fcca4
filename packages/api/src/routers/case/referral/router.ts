import { router } from "../../../trpc";
import { add } from "./add";
import { setStatus } from "./set-status";

/** Referrals to partner organisations: `case.referral.add`, `case.referral.setStatus`. */
export const referralRouter = router({ add, setStatus });
