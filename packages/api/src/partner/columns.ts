import { partners } from "@kelias/db";

/** What the partner list shows of a partner and the reference-data history keeps of it. */
export const partnerColumns = {
  name: partners.name,
  kind: partners.kind,
  city: partners.city,
  contact: partners.contact,
  services: partners.services,
  active: partners.active,
  version: partners.version,
};
