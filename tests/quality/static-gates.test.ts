import path from "node:path";
import { describe, expect, it } from "vitest";
import { distDir, projectRoot } from "../support/paths.ts";
import { formatFindings } from "./gates/findings.ts";
import { headingOrderFindings } from "./gates/heading-order.ts";
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

  it("every page's first heading is its h1 (HTML_CodeSniffer G141)", () => {
    const findings = headingOrderFindings(distDir);
    expect(findings, formatFindings("Headings in reading order", findings)).toEqual([]);
  });

  it("every internal link and anchor resolves", () => {
    const findings = linkFindings(distDir, siteOrigin);
    expect(findings, formatFindings("Whole links", findings)).toEqual([]);
  });
});
