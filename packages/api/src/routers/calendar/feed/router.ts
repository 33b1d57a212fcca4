import { router } from "../../../trpc";
import { renew } from "./renew";
import { revoke } from "./revoke";
import { status } from "./status";

/** The actor's private calendar feed address: `calendar.feed.status`, `.renew`, `.revoke`. */
export const feedRouter = router({ status, renew, revoke });
