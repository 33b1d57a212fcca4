import { describe, expect, it } from "vitest";
import type { Actor } from "../src/policy";
import { policyRefusalReason } from "../src/policy-refusal";

const actor = (roles: Actor["roles"], handoverPending = false): Actor => ({
  id: "me",
  roles,
  programmes: ["avrr"],
  handoverPending,
});
const admin = actor(["admin"]);

describe("the reason of a refused account change", () => {
  const change = (targetId: string, changesAccess: boolean) =>
    ({ kind: "user.update", change: { targetId, changesAccess } }) as const;

  it("is own_access when an administrator changes their own access, nothing when allowed", () => {
    expect(policyRefusalReason(admin, change("me", true))).toBe("own_access");
    expect(policyRefusalReason(admin, change("me", false))).toBeUndefined();
    expect(policyRefusalReason(admin, change("other", true))).toBeUndefined();
  });

  it("is own_access for an administrator whose own handover waits, on their own account only", () => {
    const pending = actor(["admin"], true);
    expect(policyRefusalReason(pending, change("me", true))).toBe("own_access");
    expect(policyRefusalReason(pending, change("me", false))).toBe("own_access");
    expect(policyRefusalReason(pending, change("other", true))).toBeUndefined();
  });

  it("is nothing for those who are no administrators", () => {
    for (const roles of [["caseworker"], ["manager"], []] as const) {
      expect(policyRefusalReason(actor(roles), change("me", true))).toBeUndefined();
      expect(policyRefusalReason(actor(roles), change("other", true))).toBeUndefined();
    }
  });
});

describe("the reason of a refused handover confirmation", () => {
  const confirm = (targetId: string, linkShownTo: string) =>
    ({ kind: "user.confirmHandover", handover: { targetId, linkShownTo } }) as const;

  it("names the administrator's own account, or the link they saw", () => {
    expect(policyRefusalReason(admin, confirm("me", "another admin"))).toBe("own_account");
    expect(policyRefusalReason(admin, confirm("other", "me"))).toBe("own_handover");
    expect(policyRefusalReason(admin, confirm("other", "another admin"))).toBeUndefined();
  });

  it("is nothing for those who may not see the accounts (a pending handover, no admin role)", () => {
    expect(policyRefusalReason(actor(["admin"], true), confirm("other", "me"))).toBeUndefined();
    expect(policyRefusalReason(actor(["manager"]), confirm("me", "another admin"))).toBeUndefined();
  });
});

it("gives no reason for other refusals", () => {
  expect(policyRefusalReason(actor(["caseworker"]), { kind: "audit.read" })).toBeUndefined();
});
