import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROGRAMMES } from "../src/programmes";
import { ROLES } from "../src/roles";
import { changesAccess, removesLastAdmin, userUpdateInput } from "../src/users";
import { problems as problemsOf } from "./support/problems";

const ID = "00000000-0000-4000-8000-000000000001";

/** The issues of a refused input as `path: message`, so a test names exactly what it expects. */
const problems = (input: unknown) => problemsOf(userUpdateInput, input);

describe("userUpdateInput", () => {
  it("accepts a change of name alone, trimmed", () => {
    expect(userUpdateInput.parse({ id: ID, version: 1, name: "  Ona Petraitė " })).toEqual({
      id: ID,
      version: 1,
      name: "Ona Petraitė",
    });
  });

  it("accepts a change of roles, programmes and status", () => {
    const input = { id: ID, version: 3, roles: ["manager"], programmes: ["avrr"], active: false };
    expect(userUpdateInput.parse(input)).toEqual(input);
  });

  it("refuses an empty or overlong name, an unknown role or programme, and a version below 1", () => {
    expect(problems({ id: ID, version: 1, name: "   " })).toEqual(["name: required"]);
    expect(problems({ id: ID, version: 1, name: "x".repeat(201) })).toEqual(["name: too_long"]);
    expect(problems({ id: ID, version: 1, name: "x".repeat(200) })).toEqual([]);
    expect(problems({ id: ID, version: 1, roles: ["superuser"] })).toHaveLength(1);
    expect(problems({ id: ID, version: 1, programmes: ["tourism"] })).toHaveLength(1);
    expect(problems({ id: ID, version: 0 })).toHaveLength(1);
    expect(problems({ id: "not-a-uuid", version: 1 })).toHaveLength(1);
  });
});

const access = (roles: string[], programmes: string[], active = true) => ({ roles, programmes, active });

describe("changesAccess", () => {
  it("is false when nothing that grants access changes", () => {
    const before = { ...access(["caseworker"], ["avrr"]), name: "Ona" };
    const after = { ...access(["caseworker"], ["avrr"]), name: "Ona Petraitė" };
    expect(changesAccess(before, after)).toBe(false);
  });

  it("ignores the order of roles and programmes", () => {
    expect(
      changesAccess(
        access(["caseworker", "manager"], ["avrr", "counter_trafficking"]),
        access(["manager", "caseworker"], ["counter_trafficking", "avrr"]),
      ),
    ).toBe(false);
  });

  it("is true when a role is added, removed or swapped", () => {
    expect(changesAccess(access(["caseworker"], ["avrr"]), access(["caseworker", "manager"], ["avrr"]))).toBe(
      true,
    );
    expect(changesAccess(access(["caseworker", "manager"], ["avrr"]), access(["caseworker"], ["avrr"]))).toBe(
      true,
    );
    expect(changesAccess(access(["caseworker"], ["avrr"]), access(["manager"], ["avrr"]))).toBe(true);
  });

  it("is true when a programme is added or removed", () => {
    expect(
      changesAccess(access(["caseworker"], ["avrr"]), access(["caseworker"], ["avrr", "labour_migration"])),
    ).toBe(true);
    expect(changesAccess(access(["caseworker"], ["avrr"]), access(["caseworker"], []))).toBe(true);
  });

  it("is true when the account is deactivated or reactivated", () => {
    expect(changesAccess(access(["admin"], []), access(["admin"], [], false))).toBe(true);
    expect(changesAccess(access(["admin"], [], false), access(["admin"], []))).toBe(true);
  });

  it("treats roles as a set: a repeated role cannot hide an added one", () => {
    // The input schema does not refuse repeats, so a stored list may hold one.
    expect(changesAccess(access(["admin", "admin"], []), access(["admin", "manager"], []))).toBe(true);
    expect(changesAccess(access(["admin"], []), access(["admin", "admin"], []))).toBe(false);
  });

  it("is true exactly when the role set, the programme set or the status differ (property)", () => {
    const accessArb = fc.record({
      roles: fc.array(fc.constantFrom(...ROLES), { maxLength: 4 }),
      programmes: fc.array(fc.constantFrom(...PROGRAMMES), { maxLength: 5 }),
      active: fc.boolean(),
    });
    const sameSet = (a: readonly string[], b: readonly string[]) => {
      const x = new Set(a);
      const y = new Set(b);
      return x.size === y.size && [...x].every((v) => y.has(v));
    };
    fc.assert(
      fc.property(accessArb, accessArb, (before, after) => {
        const expected =
          before.active !== after.active ||
          !sameSet(before.roles, after.roles) ||
          !sameSet(before.programmes, after.programmes);
        expect(changesAccess(before, after)).toBe(expected);
        expect(changesAccess(after, before)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("is false for any reordering of the same access (property)", () => {
    const accessArb = fc.record({
      roles: fc.shuffledSubarray([...ROLES]),
      programmes: fc.shuffledSubarray([...PROGRAMMES]),
      active: fc.boolean(),
    });
    fc.assert(
      fc.property(accessArb, (a) => {
        const reordered = { ...a, roles: [...a.roles].reverse(), programmes: [...a.programmes].reverse() };
        expect(changesAccess(a, reordered)).toBe(false);
      }),
    );
  });
});

describe("removesLastAdmin", () => {
  const admin = access(["admin"], []);

  it("refuses demoting the only active admin", () => {
    expect(removesLastAdmin(admin, access(["manager"], []), 0)).toBe(true);
    expect(removesLastAdmin(access(["admin", "manager"], []), access(["manager"], []), 0)).toBe(true);
  });

  it("refuses deactivating the only active admin", () => {
    expect(removesLastAdmin(admin, access(["admin"], [], false), 0)).toBe(true);
    expect(removesLastAdmin(admin, access([], [], false), 0)).toBe(true);
  });

  it("allows demoting or deactivating an admin when other active admins remain", () => {
    expect(removesLastAdmin(admin, access(["manager"], []), 1)).toBe(false);
    expect(removesLastAdmin(admin, access(["admin"], [], false), 1)).toBe(false);
    expect(removesLastAdmin(admin, access([], [], false), 3)).toBe(false);
  });

  it("allows any change that keeps the admin active and an admin", () => {
    expect(removesLastAdmin(admin, access(["admin", "manager"], ["avrr"]), 0)).toBe(false);
    expect(removesLastAdmin(admin, admin, 0)).toBe(false);
  });

  it("does not concern users who were not active admins", () => {
    expect(removesLastAdmin(access(["caseworker"], ["avrr"]), access([], [], false), 0)).toBe(false);
    expect(removesLastAdmin(access(["admin"], [], false), access([], [], false), 0)).toBe(false);
    expect(removesLastAdmin(access(["manager"], []), access(["admin"], []), 0)).toBe(false);
  });
});
