import { describe, expect, it } from "vitest";
import { historyValue } from "@/components/case-page/history-values";
import { CASE_TABS, caseTabHref, tabOfPath } from "@/components/case-page/tabs";

const id = "8f7c1c9e-1111-4a4a-9b9b-000000000001";

describe("case tabs", () => {
  it("gives every tab its own address, the overview the case's", () => {
    expect(caseTabHref(id, "overview")).toBe(`/cases/${id}`);
    expect(caseTabHref(id, "tasks")).toBe(`/cases/${id}/tasks`);
    expect(new Set(CASE_TABS.map((tab) => caseTabHref(id, tab))).size).toBe(CASE_TABS.length);
  });

  it("tells the tab from the path", () => {
    expect(tabOfPath(`/cases/${id}`, id)).toBe("overview");
    expect(tabOfPath(`/cases/${id}/timeline`, id)).toBe("timeline");
    expect(tabOfPath(`/cases/${id}/unknown`, id)).toBe("overview");
    for (const tab of CASE_TABS) expect(tabOfPath(caseTabHref(id, tab), id)).toBe(tab);
  });
});

describe("history values", () => {
  const words = { empty: "(empty)", yes: "yes", no: "no" };
  it("says nothing was there as empty, and lists and flags in words", () => {
    expect(historyValue(null, words)).toBe("(empty)");
    expect(historyValue("", words)).toBe("(empty)");
    expect(historyValue([], words)).toBe("(empty)");
    expect(historyValue(true, words)).toBe("yes");
    expect(historyValue(["UA", "GE"], words)).toBe("UA, GE");
    expect(historyValue(2, words)).toBe("2");
    expect(
      historyValue(
        [
          { type: "passport", number: "AB123", issuingCountry: "UA", expiresOn: null },
          { type: "id_card", number: "X9", issuingCountry: "UA", expiresOn: "2030-01-01" },
        ],
        words,
      ),
    ).toBe("passport AB123 UA; id_card X9 UA 2030-01-01");
  });
});
