import { router } from "../../../trpc";
import { get } from "./get";
import { update } from "./update";

/** The office's sign-in settings: `security.settings.get`, `security.settings.update`. */
export const securitySettingsRouter = router({ get, update });
