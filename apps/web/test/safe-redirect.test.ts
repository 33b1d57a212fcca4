import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "../src/lib/safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps a path of this site, with its query", () => {
    expect(safeCallbackPath("/cases/42?tab=notes")).toBe("/cases/42?tab=notes");
    expect(safeCallbackPath(["/people", "/cases"])).toBe("/people");
  });

  it.each([
    ["nothing", undefined],
    ["an absolute URL", "https://evil.example/"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash the browser reads as a slash", "/\\evil.example"],
    ["a tab the browser drops", "/\t/evil.example"],
    ["a newline the browser drops", "/\n/evil.example"],
    ["a relative path", "cases"],
  ])("sends %s to the start page", (_, value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });
});
