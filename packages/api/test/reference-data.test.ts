import { randomUUID } from "node:crypto";
import { caseServices, referenceHistory, serviceTypes, verifyAuditChain } from "@kelias/db";
import { SERVICE_TYPES } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { errorShape, trpcError, useApiTest } from "./support/api-test";

const api = useApiTest();
const admin = api.user(["admin"]);
const worker = api.user(["caseworker"], ["avrr", "labour_migration"]);

const code = () => `svc_${randomUUID().slice(0, 8)}`;

describe("service types", () => {
  it("start with the built-in types (HTCDS support plan and programme services), offered to caseworkers", async () => {
    const list = await (await api.as(worker)).serviceType.list();
    for (const builtIn of SERVICE_TYPES) {
      expect(list).toContainEqual(
        expect.objectContaining({ code: builtIn, builtIn: true, active: true, nameEn: null, nameLt: null }),
      );
    }
  });

  it("are added and changed by admins, each version kept with who and when", async () => {
    const caller = await api.as(admin);
    const created = await caller.serviceType.create({
      code: code(),
      nameEn: "Psychological counselling",
      nameLt: "Psichologinė konsultacija",
      programmes: ["counter_trafficking"],
      defaultUnitCost: "35,50",
      currency: "EUR",
    });
    const updated = await caller.serviceType.update({
      id: created.id,
      version: created.version,
      nameEn: "Counselling",
      nameLt: "Konsultavimas",
      programmes: [],
      defaultUnitCost: null,
      currency: null,
      active: false,
    });
    expect(updated.version).toBe(2);

    const history = await caller.reference.history({ kind: "service_type", entityId: created.id });
    expect(history.map((h) => [h.version, h.changedByName])).toEqual([
      [2, admin.name],
      [1, admin.name],
    ]);
    expect(history[1]?.snapshot).toMatchObject({
      nameEn: "Psychological counselling",
      programmes: ["counter_trafficking"],
      defaultUnitCost: "35.50",
      currency: "EUR",
      active: true,
    });
    expect(history[0]?.snapshot).toMatchObject({
      nameEn: "Counselling",
      defaultUnitCost: null,
      active: false,
    });
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "serviceType.update",
      outcome: "allowed",
      entityId: created.id,
    });

    // Inactive: no longer offered to caseworkers; admins still see it.
    const offered = await (await api.as(worker)).serviceType.list();
    expect(offered.map((s) => s.id)).not.toContain(created.id);
    const all = await caller.serviceType.list({ includeInactive: true });
    expect(all.map((s) => s.id)).toContain(created.id);
  });

  it("refuses a stale version, a taken code and incomplete input, changing nothing", async () => {
    const caller = await api.as(admin);
    const taken = code();
    const created = await caller.serviceType.create({ code: taken, nameEn: "Food", nameLt: "Maistas" });
    await caller.serviceType.update({
      id: created.id,
      version: 1,
      nameEn: "Food",
      nameLt: "Maistas",
      active: true,
    });
    const before = await api.fingerprint();

    const stale = await trpcError(
      caller.serviceType.update({ id: created.id, version: 1, nameEn: "X", nameLt: "Y", active: true }),
    );
    expect([stale.code, stale.message]).toEqual(["CONFLICT", "stale_version"]);
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "serviceType.update",
      outcome: "denied",
      entityType: "service_type",
      entityId: created.id,
    });

    const duplicate = await trpcError(
      caller.serviceType.create({ code: taken.toUpperCase(), nameEn: "Food", nameLt: "Maistas" }),
    );
    expect(errorShape(duplicate, "serviceType.create", "mutation").data.fieldErrors?.fieldErrors).toEqual({
      code: ["code_taken"],
    });

    const incomplete = await trpcError(
      caller.serviceType.create({
        code: "9bad code",
        nameEn: "",
        nameLt: "",
        defaultUnitCost: "10",
        currency: null,
      }),
    );
    expect(incomplete.code).toBe("BAD_REQUEST");
    expect(
      Object.keys(
        errorShape(incomplete, "serviceType.create", "mutation").data.fieldErrors?.fieldErrors ?? {},
      ).sort(),
    ).toEqual(["code", "currency", "nameEn", "nameLt"]);

    const unnamed = await trpcError(
      caller.serviceType.update({ id: created.id, version: 2, nameEn: "", nameLt: "", active: true }),
    );
    expect(errorShape(unnamed, "serviceType.update", "mutation").data.fieldErrors?.fieldErrors).toEqual({
      nameEn: ["required"],
    });
    expect(await api.fingerprint()).toEqual(before);
  });

  it("decide what the case services form accepts: active, for the case's programme", async () => {
    const caller = await api.as(admin);
    const ctOnly = await caller.serviceType.create({
      code: code(),
      nameEn: "Shelter",
      nameLt: "Prieglauda",
      programmes: ["counter_trafficking"],
    });
    const anywhere = await caller.serviceType.create({
      code: code(),
      nameEn: "Phone card",
      nameLt: "Telefono kortelė",
    });
    const c = await api.openCase(worker, "avrr");
    const work = await api.as(worker);
    const service = (type: string) => ({
      caseId: c.id,
      type,
      provider: "Office",
      deliveredOn: "2026-01-10",
      quantity: 1,
      cost: null,
      currency: null,
    });
    const codeOf = async (id: string) => {
      const [row] = await api.db
        .select({ code: serviceTypes.code })
        .from(serviceTypes)
        .where(eq(serviceTypes.id, id));
      return row?.code ?? "";
    };
    const ctCode = await codeOf(ctOnly.id);
    const anyCode = await codeOf(anywhere.id);

    const added = await work.case.service.add(service(anyCode));
    for (const refused of [ctCode, "no_such_type"]) {
      const error = await trpcError(work.case.service.add(service(refused)));
      expect(errorShape(error, "case.service.add", "mutation").data.fieldErrors?.fieldErrors).toEqual({
        type: ["unknown_service_type"],
      });
    }

    // Retired: offered for no new service, while the services recorded with it keep it.
    await caller.serviceType.update({
      id: anywhere.id,
      version: 1,
      nameEn: "Phone card",
      nameLt: "Telefono kortelė",
      active: false,
    });
    const retired = await trpcError(work.case.service.add(service(anyCode)));
    expect(retired.code).toBe("BAD_REQUEST");
    await work.case.service.edit({
      ...service(anyCode),
      serviceId: added.id,
      version: added.version,
      quantity: 2,
    });
    const [row] = await api.db
      .select({ type: caseServices.type, quantity: caseServices.quantity })
      .from(caseServices)
      .where(and(eq(caseServices.id, added.id)));
    expect(row).toEqual({ type: anyCode, quantity: 2 });
  });
});

describe("unsafe destinations and partners keep their history", () => {
  it("keeps each version of the list with what was added and removed", async () => {
    const caller = await api.as(admin);
    const list = await caller.reference.unsafeDestination.get();
    const first = await caller.reference.unsafeDestination.set({
      version: list?.version ?? 1,
      countries: ["SY", "AF"],
    });
    await caller.reference.unsafeDestination.set({ version: first.version, countries: ["AF", "YE"] });
    const [latest, previous] = await caller.reference.history({ kind: "unsafe_destinations" });
    expect(latest).toMatchObject({
      version: first.version + 1,
      snapshot: { countries: ["AF", "YE"] },
      change: { added: ["YE"], removed: ["SY"] },
      changedByName: admin.name,
    });
    expect(previous).toMatchObject({ version: first.version, snapshot: { countries: ["AF", "SY"] } });
  });

  it("keeps each version of a partner", async () => {
    const caller = await api.as(admin);
    const name = `Caritas ${randomUUID().slice(0, 6)}`;
    const partner = await caller.partner.create({ name, kind: "ngo", city: "Vilnius" });
    await caller.partner.update({
      id: partner.id,
      version: 1,
      name,
      kind: "ngo",
      city: "Kaunas",
      active: false,
    });
    const history = await caller.reference.history({ kind: "partner", entityId: partner.id });
    expect(
      history.map((h) => [
        h.version,
        (h.snapshot as { city: string }).city,
        (h.snapshot as { active: boolean }).active,
      ]),
    ).toEqual([
      [2, "Kaunas", false],
      [1, "Vilnius", true],
    ]);
  });

  it("pages the history by keyset", async () => {
    const caller = await api.as(admin);
    const all = await caller.reference.history({ kind: "unsafe_destinations", limit: 100 });
    const firstPage = await caller.reference.history({ kind: "unsafe_destinations", limit: 1 });
    const secondPage = await caller.reference.history({
      kind: "unsafe_destinations",
      limit: 1,
      before: firstPage[0]?.id,
    });
    expect([...firstPage, ...secondPage].map((h) => h.id)).toEqual(all.slice(0, 2).map((h) => h.id));
  });

  it("is read by admins only", async () => {
    const error = await trpcError((await api.as(worker)).reference.history({ kind: "partner" }));
    expect(error.code).toBe("FORBIDDEN");
    const rows = await api.db.select().from(referenceHistory).limit(1);
    expect(rows).toHaveLength(1);
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
