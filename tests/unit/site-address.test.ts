import { describe, expect, it } from "vitest";
import { siteAddressOpenPoints } from "../../src/lib/checks/open-points/site-address.ts";
import type { ProjectFiles } from "../../src/lib/checks/open-points/types.ts";
import { documentInfoProblems, siteAddress } from "../../src/lib/content/document-info.ts";
import { formatProblem } from "../../src/lib/errors.ts";
import { placeholderSite } from "../../src/schemas/document.ts";

const document = { title: "W", organisation: "Gemeente Assen", status: "concept", version: "0.1", date: "2026-11-28" };

describe("the site's address in document.json", () => {
  it("is an https origin; absent, it is the placeholder", () => {
    expect(siteAddress({ site: "https://woonzorgvisie.nl/" })).toBe("https://woonzorgvisie.nl");
    expect(siteAddress({})).toBe(placeholderSite);
    expect(documentInfoProblems({ ...document, site: "https://www.assen.nl" })).toEqual([]);
    // A released edition's document.json, frozen before the field existed, stays valid.
    expect(documentInfoProblems(document)).toEqual([]);
  });

  it("refuses http, a path and a bare name, saying what to write", () => {
    for (const site of ["http://woonzorgvisie.assen.nl", "https://www.assen.nl/woonzorgvisie/", "woonzorgvisie.assen.nl"]) {
      expect(documentInfoProblems({ ...document, site }), site).toHaveLength(1);
    }
    const text = JSON.stringify({ ...document, site: "https://www.assen.nl/woonzorgvisie/" }, null, 2);
    expect(documentInfoProblems(JSON.parse(text), "src/content/document.json", text).map(formatProblem).join("\n")).toMatchInlineSnapshot(`
      "src/content/document.json:7:3, veld "site": dit veld klopt niet.
        Gevonden: "https://www.assen.nl/woonzorgvisie/"
        Verwacht: het adres waarop de site te lezen is: https:// en de domeinnaam, zonder pad erachter, zoals "https://woonzorgvisie.assen.nl"
        Oplossing: Pas de waarde aan."
    `);
  });
});

describe("the open point of the site's address", () => {
  const project = (json: string | undefined): ProjectFiles => ({
    list: (dir) => (dir === "src/content" && json !== undefined ? ["document.json"] : []),
    read: () => json!,
  });

  it("is the placeholder, at its line in document.json", () => {
    const points = siteAddressOpenPoints(project(`{\n  "title": "W",\n  "site": "${placeholderSite}/"\n}\n`));
    expect(points.map((p) => `${p.file}:${p.line} ${p.kind}`)).toEqual(["src/content/document.json:3 placeholder"]);
    expect(points[0]?.message).toContain('Vul bij "site" het adres in');
  });

  it("is there when the field is missing, and gone when the gemeente's address is given", () => {
    expect(siteAddressOpenPoints(project('{ "title": "W" }'))).toHaveLength(1);
    expect(siteAddressOpenPoints(project('{ "title": "W", "site": "https://woonzorgvisie.nl" }'))).toEqual([]);
    expect(siteAddressOpenPoints(project(undefined))).toEqual([]);
  });
});
