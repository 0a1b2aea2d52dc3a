// Later in the document's life (tests/support/released-scenario.ts): 0.2 released as vastgesteld,
// 0.3 and 0.4 as concept. Each edition keeps the renvooi PDF it was released with, and the site
// serves and links it; the raad finds every pair it needs, each edition against the one before and
// against the text in force (0.2), built from the editions' own files.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPage, textOf } from "../support/dist.ts";
import { released, releasedSite } from "../support/released-scenario.ts";
import { scenarioTimeout } from "../support/scenario-site.ts";

let site: { root: string; dist: string };
beforeAll(async () => {
  site = await releasedSite();
}, scenarioTimeout);

const page = (sitePath: string) => loadPage(sitePath, site.dist);
const hrefs = (sitePath: string) => [...page(sitePath).querySelectorAll("main a")].map((a) => a.getAttribute("href") ?? "");

describe("the renvooi PDF an edition kept", () => {
  it("is in every edition after the first, listed in its manifest, and served byte for byte", () => {
    expect(existsSync(path.join(site.root, "editions/0.1/woonzorgvisie-assen-wijzigingen.pdf"))).toBe(false);
    for (const version of ["0.2", "0.3", "0.4"]) {
      const manifest = JSON.parse(readFileSync(path.join(site.root, "editions", version, "manifest.json"), "utf8")) as { files: Record<string, string> };
      expect(Object.keys(manifest.files), version).toContain("woonzorgvisie-assen-wijzigingen.pdf");
      expect(readFileSync(path.join(site.dist, "versies", version, "woonzorgvisie-assen-wijzigingen.pdf"), "utf8"), version).toBe(released.changesPdf(version));
    }
    expect(existsSync(path.join(site.dist, "versies/0.1/woonzorgvisie-assen-wijzigingen.pdf"))).toBe(false);
  });

  it("is linked from the edition's renvooi page and from /versies/, under the edition's own name", () => {
    const link = page("/versies/0.3/wijzigingen/").querySelector('a[href="/versies/0.3/woonzorgvisie-assen-wijzigingen.pdf"]');
    expect(link?.getAttribute("download")).toBe("woonzorgvisie-assen-wijzigingen-0.3.pdf");
    expect(textOf(link)).toMatch(/^Download de wijzigingen als PDF \(\d+ kB\)$/);
    expect(hrefs("/versies/0.1/wijzigingen/").filter((href) => href.endsWith("wijzigingen.pdf"))).toEqual([]);
    expect(hrefs("/versies/").filter((href) => href.endsWith("-wijzigingen.pdf"))).toEqual(
      ["0.4", "0.3", "0.2"].map((version) => `/versies/${version}/woonzorgvisie-assen-wijzigingen.pdf`),
    );
  });
});

describe("against the text in force", () => {
  it("compares the site's version (0.4) and edition 0.4 with 0.2, the last vastgesteld, with both later changes", () => {
    for (const sitePath of ["/wijzigingen/sinds-0.2/", "/versies/0.4/wijzigingen/sinds-0.2/"]) {
      // The words 0.3 and 0.4 added, each marked with its spoken word.
      const added = [...page(sitePath).querySelectorAll(".renvooi-item ins")].map((ins) => textOf(ins));
      expect(added, sitePath).toEqual(expect.arrayContaining(["toegevoegd: nu toe", "toegevoegd: Hoeveel", "toegevoegd: er later zijn,"]));
      expect(textOf(page(sitePath).querySelector(".renvooi-intro")), sitePath).toMatch(/0\.4[\s\S]*0\.2/);
    }
  });

  it("has no such page where the text in force is the edition before, and /versies/ links only the pairs that exist", () => {
    expect(existsSync(path.join(site.dist, "versies/0.3/wijzigingen/sinds-0.2"))).toBe(false);
    expect(hrefs("/versies/").filter((href) => href.includes("/sinds-"))).toEqual(["/versies/0.4/wijzigingen/sinds-0.2/"]);
  });
});
