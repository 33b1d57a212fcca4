import { router } from "../../../trpc";
import { set } from "./set";

/** A case's entry point (referral source): `case.source.set`; `case.get` reads it. */
export const sourceRouter = router({ set });
