// What `npm run build` prints for today's content: the open points of the concept, and no other
// warning or error, so a real problem never drowns in noise an editor cannot act on.
import { describe, expect, inject, it } from "vitest";
import { isKnownHarmlessWarning } from "../../src/integrations/known-warnings.ts";

const output = inject("buildOutput");

describe.skipIf(output === "")("the build output (skipped with WZV_SKIP_BUILD=1)", () => {
  const warnings = output.split("\n").filter((line) => /\[(WARN|ERROR)\]/.test(line));

  it("warns about the open points of the concept and nothing else", () => {
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/\[WARN\] \[wzv-open-points\] Open punten in dit concept/);
  });

  it("has no trace of Astro's known MODULE_LEVEL_DIRECTIVE warning (withastro/astro#18087)", () => {
    expect(output).not.toContain("MODULE_LEVEL_DIRECTIVE");
  });
});

describe("the filter for Astro's known warning", () => {
  it("drops exactly that warning and lets every other one through", () => {
    const known = { code: "MODULE_LEVEL_DIRECTIVE", id: "src/content/chapters/huis.mdx?astroPropagatedAssets", message: 'The semantics of the module level directive "use astro:head-inject"' };
    expect(isKnownHarmlessWarning(known)).toBe(true);
    expect(isKnownHarmlessWarning({ ...known, code: "UNRESOLVED_IMPORT" })).toBe(false);
    expect(isKnownHarmlessWarning({ code: "MODULE_LEVEL_DIRECTIVE", id: "src/components/Value.astro", message: '"use client"' })).toBe(false);
  });
});
