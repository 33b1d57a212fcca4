import { router } from "../../trpc";
import { securitySettingsRouter } from "./settings/router";
import { securityUserRouter } from "./user/router";

/** Administrators: the office's sign-in settings, and ending another user's sessions or second factor. */
export const securityRouter = router({ settings: securitySettingsRouter, user: securityUserRouter });
