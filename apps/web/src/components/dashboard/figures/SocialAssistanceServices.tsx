import { serviceTypeLabel } from "@/lib/service-types";
import { api } from "@/trpc/server";
import { casesHref } from "../links";
import type { FigureHelpers, Figures } from "./figure-helpers";
import { TableFigure } from "./TableFigure";

/** Social-assistance services delivered in the period, by service type. */
export async function SocialAssistanceServices({
  figures: f,
  helpers,
}: {
  figures: Figures;
  helpers: FigureHelpers;
}) {
  const { t, since, until, count } = helpers;
  const socialAssistance = f.socialAssistance;
  if (!socialAssistance) return null;
  // Service types are reference data: their names come from it (built-in ones from the catalog).
  const types = socialAssistance.services.length
    ? await (await api()).serviceType.list({ includeInactive: true })
    : [];
  const byCode = new Map(types.map((type) => [type.code, type]));
  const serviceType = (code: string) =>
    serviceTypeLabel(code, byCode.get(code), helpers.locale, (builtIn) =>
      t(`record.serviceTypes.${builtIn}`),
    );

  return (
    <TableFigure
      helpers={helpers}
      id="sa-services"
      title="services"
      headers={["serviceType", "servicesDelivered", "quantity", "cases", "cost"]}
      rows={socialAssistance.services.map((r) => ({
        key: r.type,
        label: serviceType(r.type),
        cells: [
          { value: r.services },
          { value: r.quantity },
          count(
            r.cases,
            casesHref("social_assistance", {
              serviceType: r.type,
              serviceSince: since,
              serviceUntil: until,
            }),
            serviceType(r.type),
          ),
          { value: r.costs.map((c) => `${c.total} ${c.currency}`).join("; ") || "—" },
        ],
      }))}
    />
  );
}
