// Releasing an edition and checking it later: the rules of `npm run edition` and of the build's
// manifest check, on a small project in a temporary folder, with the site's build passed in.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EditorError } from "../../src/lib/errors.ts";
import { listEditions } from "../../src/lib/editions/list.ts";
import { sha256 } from "../../src/lib/editions/manifest.ts";
import { releaseEdition, type ReleaseSteps } from "../../src/lib/editions/release.ts";
import { verifyEditions } from "../../src/lib/editions/verify.ts";
import { META } from "./datasets-helpers.ts";

let root: string;
const write = (file: string, text: string | Uint8Array) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const document = (fields: Record<string, string> = {}) =>
  write("src/content/document.json", JSON.stringify({ title: "Woonzorgvisie Assen", organisation: "Gemeente Assen", status: "concept", version: "0.1", date: "2026-11-28", ...fields }));

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "wzv-release-"));
  document();
  write("src/content/chapters/inwoner.mdx", "---\ntitle: De inwoner\norder: 1\nsummary: S.\nstatus: concept\n---\n\nVeel mensen zijn bereid te helpen.\n");
  write("data/eenzaamheid.csv", "gebied;aandeel;kwalificatie\nLariks;56;\n");
  write("data/eenzaamheid.yaml", META);
  write("data/README.md", "Uitleg.");
  write("data/archief/eenzaamheid/v0.csv", "oud");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A build that works and prints a PDF, or one that fails; counts how often it ran. */
function steps(options: { ok?: boolean; pdf?: boolean; changesPdf?: boolean; openPoints?: number } = {}): ReleaseSteps & { builds: number } {
  const result = {
    builds: 0,
    build: async () => {
      result.builds++;
      if (options.pdf !== false) write("dist/woonzorgvisie-assen.pdf", "%PDF-1.7 de gedrukte visie");
      if (options.changesPdf) write("dist/woonzorgvisie-assen-wijzigingen.pdf", "%PDF-1.7 de gedrukte renvooi");
      return { ok: options.ok ?? true, distDir: path.join(root, "dist") };
    },
    openPoints: () => options.openPoints ?? 0,
    log: () => undefined,
  };
  return result;
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof EditorError) return error.message;
    throw error;
  }
  throw new Error("expected the release to be refused");
}

describe("npm run edition", () => {
  it("freezes chapters, datasets, document.json and the PDF, with a SHA-256 per file", async () => {
    const released = await releaseEdition(root, steps());
    expect(released).toEqual({ version: "0.1", dir: "editions/0.1", fileCount: 5 });
    const manifest = JSON.parse(readFileSync(path.join(root, "editions/0.1/manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ version: "0.1", status: "concept", date: "2026-11-28", title: "Woonzorgvisie Assen" });
    expect(Object.keys(manifest.files)).toEqual(["chapters/inwoner.mdx", "data/eenzaamheid.csv", "data/eenzaamheid.yaml", "document.json", "woonzorgvisie-assen.pdf"]);
    for (const [file, digest] of Object.entries(manifest.files)) {
      expect(digest).toBe(sha256(readFileSync(path.join(root, "editions/0.1", file))));
    }
    expect(readFileSync(path.join(root, "editions/0.1/woonzorgvisie-assen.pdf"), "utf8")).toBe("%PDF-1.7 de gedrukte visie");
    expect(verifyEditions(root).map((edition) => edition.version)).toEqual(["0.1"]);
  });

  it("refuses a second release of the same version, before building, and changes nothing", async () => {
    await releaseEdition(root, steps());
    const before = readFileSync(path.join(root, "editions/0.1/manifest.json"), "utf8");
    write("src/content/chapters/inwoner.mdx", "---\ntitle: De inwoner\norder: 1\nsummary: S.\nstatus: concept\n---\n\nAndere tekst.\n");
    const again = steps();
    expect(await refusal(() => releaseEdition(root, again))).toMatchInlineSnapshot(`
      "Versie 0.1 is al uitgebracht (editions/0.1/). Een uitgebrachte versie verandert nooit meer.
      Breng de tekst van nu uit als een nieuwe versie: verhoog "version" in src/content/document.json (bijvoorbeeld naar 0.2), pas zo nodig "date" aan, en draai npm run edition opnieuw."
    `);
    expect(again.builds).toBe(0);
    expect(readFileSync(path.join(root, "editions/0.1/manifest.json"), "utf8")).toBe(before);
  });

  it("keeps the renvooi PDF the build printed against the version before, listed in the manifest", async () => {
    await releaseEdition(root, steps());
    expect(existsSync(path.join(root, "editions/0.1/woonzorgvisie-assen-wijzigingen.pdf"))).toBe(false);
    document({ version: "0.2", date: "2026-12-12" });
    await releaseEdition(root, steps({ changesPdf: true }));
    expect(readFileSync(path.join(root, "editions/0.2/woonzorgvisie-assen-wijzigingen.pdf"), "utf8")).toBe("%PDF-1.7 de gedrukte renvooi");
    const manifest = JSON.parse(readFileSync(path.join(root, "editions/0.2/manifest.json"), "utf8"));
    expect(Object.keys(manifest.files)).toContain("woonzorgvisie-assen-wijzigingen.pdf");
    expect(verifyEditions(root).map((edition) => edition.version)).toEqual(["0.1", "0.2"]);
  });

  it("releases the next version beside the first", async () => {
    await releaseEdition(root, steps());
    document({ version: "0.2", date: "2026-12-12" });
    await releaseEdition(root, steps());
    expect(listEditions(root).map((edition) => [edition.version, edition.date])).toEqual([
      ["0.1", "2026-11-28"],
      ["0.2", "2026-12-12"],
    ]);
  });

  it("refuses a version lower than the newest edition", async () => {
    document({ version: "0.2" });
    await releaseEdition(root, steps());
    document({ version: "0.1.5" });
    expect(await refusal(() => releaseEdition(root, steps()))).toContain("Versie 0.1.5 is lager dan de laatst uitgebrachte versie 0.2.");
  });

  it("refuses a vastgesteld document with open points, before building", async () => {
    document({ status: "vastgesteld", version: "1.0" });
    const run = steps({ openPoints: 3 });
    expect(await refusal(() => releaseEdition(root, run))).toMatchInlineSnapshot(`
      "De status in src/content/document.json is 'vastgesteld', maar er zijn nog 3 open punten (zie npm run check).
      Een vastgestelde versie mag geen open punten bevatten. Los ze op en probeer het opnieuw, of breng de versie uit met de status 'concept'."
    `);
    expect(run.builds).toBe(0);
    expect(existsSync(path.join(root, "editions"))).toBe(false);
  });

  it("refuses when the build fails, and leaves no edition behind", async () => {
    expect(await refusal(() => releaseEdition(root, steps({ ok: false })))).toMatchInlineSnapshot(
      `"De bouw is mislukt (zie de meldingen hierboven), dus versie 0.1 is niet uitgebracht. Los eerst op wat de bouw meldt en draai npm run edition opnieuw."`,
    );
    expect(existsSync(path.join(root, "editions"))).toBe(false);
  });

  it("refuses a build without PDF", async () => {
    expect(await refusal(() => releaseEdition(root, steps({ pdf: false })))).toContain("De bouw maakte geen PDF (woonzorgvisie-assen.pdf)");
    expect(listEditions(root)).toEqual([]);
  });
});

describe("the build's check of every edition", () => {
  beforeEach(async () => {
    await releaseEdition(root, steps());
  });

  it("stops at an edited file, naming it and how to put it back", async () => {
    write("editions/0.1/chapters/inwoner.mdx", "---\ntitle: De inwoner\norder: 1\nsummary: S.\nstatus: concept\n---\n\nVeel mensen zijn bereid te helpen!\n");
    let error: unknown;
    try {
      verifyEditions(root);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EditorError);
    expect((error as EditorError).location).toEqual({ file: "editions/0.1/chapters/inwoner.mdx" });
    expect((error as EditorError).message).toMatchInlineSnapshot(`
      "Een uitgebrachte versie is veranderd (versie 0.1). Een uitgebrachte versie verandert nooit: de raad en de inwoners hebben precies die tekst gelezen, en manifest.json legt elk bestand vast.
        - editions/0.1/chapters/inwoner.mdx is gewijzigd na het uitbrengen
      Zet terug wat er stond: git checkout -- editions/0.1/chapters/inwoner.mdx
      Wilt u de tekst veranderen? Doe dat in src/content/chapters/ (of de cijfers in data/) en breng daarna een nieuwe versie uit: verhoog het versienummer en draai npm run edition."
    `);
  });

  it("stops at a file removed from or added to an edition", () => {
    rmSync(path.join(root, "editions/0.1/data/eenzaamheid.yaml"));
    write("editions/0.1/data/extra.csv", "a;b\n");
    expect(() => verifyEditions(root)).toThrow(
      /editions\/0\.1\/data\/eenzaamheid\.yaml ontbreekt[\s\S]*editions\/0\.1\/data\/extra\.csv is toegevoegd na het uitbrengen/,
    );
  });

  it("stops at an edition without manifest, or in a folder of another version", () => {
    write("editions/0.3/document.json", "{}");
    expect(() => verifyEditions(root)).toThrow("editions/0.3/manifest.json ontbreekt.");
    rmSync(path.join(root, "editions/0.3"), { recursive: true });
    write("editions/0.4/manifest.json", readFileSync(path.join(root, "editions/0.1/manifest.json")));
    expect(() => verifyEditions(root)).toThrow("editions/0.4/manifest.json hoort bij versie 0.1, maar staat in de map editions/0.4/.");
  });
});
