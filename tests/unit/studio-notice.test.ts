/**
 * The notice of mistakes (src/integrations/mistakes-notice.ts) on a copy of today's chapters and
 * data: in the studio, a mistake in a chapter links to that chapter in the studio, by its title; a
 * chapter that cannot be parsed gets no link (the studio cannot open it either); outside the
 * studio (npm run dev) there are no links.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { studioLinks } from "../../src/integrations/mistakes-notice.ts";
import { makeMistake, mistakes } from "../support/mistakes.ts";
import { projectRoot } from "../support/paths.ts";

const root = mkdtempSync(path.join(tmpdir(), "wzv-notice-"));
for (const entry of ["src/content", "data"]) cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the links of the notice", () => {
  it("open a chapter or a dataset's description in the studio; a CSV and document.json have none", () => {
    const link = studioLinks(root, true);
    expect(link("src/content/chapters/huis.mdx")).toEqual({ href: "/keystatic/collection/chapters/item/huis", label: "Het huis openen in de studio" });
    expect(link("data/eenzaamheid.yaml")).toEqual({ href: "/keystatic/collection/datasets/item/eenzaamheid", label: "Dataset eenzaamheid openen in de studio" });
    expect(link("data/eenzaamheid.csv")).toBeUndefined();
    expect(link("src/content/document.json")).toBeUndefined();
  });

  it("are left out for a chapter that cannot be parsed, and outside the studio", () => {
    const undo = makeMistake(root, mistakes["unclosed-tag"]);
    try {
      expect(studioLinks(root, true)("src/content/chapters/huis.mdx")).toBeUndefined();
    } finally {
      undo();
    }
    expect(studioLinks(root, false)("src/content/chapters/huis.mdx")).toBeUndefined();
  });
});
