/** Rewrites the policy table in README.md from the code: `pnpm --filter @kelias/domain policy:readme`. */
import { readFileSync, writeFileSync } from "node:fs";
import { replaceMatrix } from "../test/readme";

const file = new URL("../README.md", import.meta.url);
writeFileSync(file, replaceMatrix(readFileSync(file, "utf8")));
console.info("README.md policy matrix updated.");
