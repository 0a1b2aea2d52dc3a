import path from "node:path";
import { describe, expect, it } from "vitest";
import { distDir, projectRoot } from "../support/paths.ts";
import { formatFindings } from "./gates/findings.ts";
import { htmlValidityFindings } from "./gates/html-validity.ts";
import { linkFindings } from "./gates/links.ts";
import { listPages } from "./gates/site-pages.ts";

const siteOrigin = "https://woonzorgvisie.assen.nl";

describe("quality gates on dist/ without a browser", () => {
  it("builds the pages the gates need", () => {
    expect(listPages(distDir)).toEqual(expect.arrayContaining(["/", "/404.html", "/toegankelijkheid/"]));
  });

  it("every page is valid HTML (html-validate, recommended preset)", async () => {
    const findings = await htmlValidityFindings(distDir, path.join(projectRoot, ".htmlvalidate.json"));
    expect(findings, formatFindings("Valid HTML", findings)).toEqual([]);
  });

  it("every internal link and anchor resolves", () => {
    const findings = linkFindings(distDir, siteOrigin);
    expect(findings, formatFindings("Whole links", findings)).toEqual([]);
  });
});
