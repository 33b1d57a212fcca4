import { router } from "../../trpc";
import { create } from "./create";
import { decide } from "./decide";
import { mine } from "./mine";
import { pending } from "./pending";
import { withdraw } from "./withdraw";

/**
 * Requests for access to cases the duplicate check found outside the requester's scope: asked
 * (`create`) and withdrawn by the requester, who follows them (`mine`); decided by the case's owner
 * or the programme's managers, who see those waiting for them (`pending`).
 */
export const accessRequestRouter = router({ create, mine, pending, decide, withdraw });
