import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { replaceMatrix } from "./readme";

describe("README policy matrix", () => {
  it("is the table the code produces (run policy:readme after changing the policy)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toBe(replaceMatrix(readme));
  });
});
