import { describe, expect, it } from "vitest";
import { defaultCost, serviceTypeLabel } from "../src/lib/service-types";

describe("a service type's default cost", () => {
  it("is the unit cost times the quantity, exactly", () => {
    expect(defaultCost({ unitCost: "25.50", currency: "EUR" }, "1")).toEqual({
      amount: "25.50",
      currency: "EUR",
    });
    expect(defaultCost({ unitCost: "0.10", currency: "EUR" }, "3")).toEqual({
      amount: "0.30",
      currency: "EUR",
    });
    expect(defaultCost({ unitCost: "1500", currency: "USD" }, " 2 ")).toEqual({
      amount: "3000.00",
      currency: "USD",
    });
  });

  it("is none without a default cost or a whole quantity", () => {
    expect(defaultCost({ unitCost: null, currency: null }, "1")).toBeNull();
    expect(defaultCost({ unitCost: "10.00", currency: "EUR" }, "1.5")).toBeNull();
    expect(defaultCost({ unitCost: "10.00", currency: "EUR" }, "")).toBeNull();
  });
});

describe("a service type's name", () => {
  const catalog = (code: string) => `catalog:${code}`;
  it("is the name an administrator gave, in the reader's language", () => {
    const type = { code: "food", nameEn: "Food parcel", nameLt: "Maisto paketas" };
    expect(serviceTypeLabel("food", type, "en", catalog)).toBe("Food parcel");
    expect(serviceTypeLabel("food", type, "lt", catalog)).toBe("Maisto paketas");
  });

  it("is the catalog's name of a built-in type without names, and the code of an unknown one", () => {
    expect(serviceTypeLabel("Legal", { code: "Legal", nameEn: null, nameLt: null }, "lt", catalog)).toBe(
      "catalog:Legal",
    );
    expect(serviceTypeLabel("gone", undefined, "en", catalog)).toBe("gone");
  });
});
