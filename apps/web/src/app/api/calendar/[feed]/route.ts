import { calendarFeedFor } from "@kelias/api/server";
import { APPOINTMENT_KINDS, type AppointmentKind } from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";

type Params = { params: Promise<{ feed: string }> };

/**
 * A user's private calendar feed (iCalendar), fetched by calendar applications without a session:
 * `/api/calendar/<token>.ics`. The API checks the token, the account and the case scope at every
 * fetch; a wrong, replaced or revoked token answers 404 like any address that does not exist.
 */
export async function GET(request: Request, { params }: Params) {
  const { feed } = await params;
  const token = feed.endsWith(".ics") ? feed.slice(0, -4) : feed;
  const t = await getTranslations("myDay");
  const kinds = new Set<string>(APPOINTMENT_KINDS);
  try {
    const body = await calendarFeedFor(request.headers, token, {
      calendarName: t("feed.calendarName"),
      kind: (kind: AppointmentKind) => (kinds.has(kind) ? t(`kinds.${kind}`) : kind),
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="kelias.ics"',
        "Cache-Control": "private, no-store",
        "Referrer-Policy": "no-referrer",
        "X-Robots-Tag": "noindex",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") {
      return new Response("Not found.", {
        status: 404,
        headers: { "Cache-Control": "private, no-store", "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    throw error;
  }
}
