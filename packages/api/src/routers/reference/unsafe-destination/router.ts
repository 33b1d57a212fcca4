import { router } from "../../../trpc";
import { get } from "./get";
import { set } from "./set";

/** The unsafe-destinations list: `reference.unsafeDestination.get`, `reference.unsafeDestination.set`. */
export const unsafeDestinationRouter = router({ get, set });
