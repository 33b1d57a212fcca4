import { router } from "../../trpc";
import { feedRouter } from "./feed/router";
import { week } from "./week";

/** The actor's own calendar: "This week" (`calendar.week`) and their private feed (`calendar.feed.*`). */
export const calendarRouter = router({ week, feed: feedRouter });
