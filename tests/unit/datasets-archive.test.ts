import { describe, expect, it } from "vitest";
import { archivedVersions } from "../../src/lib/datasets/archive.ts";
import { load, messageOf, META } from "./datasets-helpers.ts";

const CSV = "gebied;aandeel;kwalificatie\nAssen;48;\n";
const META_V2 = META.replace("version: 1\nlicence", "version: 2\nlicence").replace(
  "    description: Eerste versie.\n",
  "    description: Eerste versie.\n  - version: 2\n    date: 2026-12-01\n    description: Nieuwe cijfers.\n",
);

describe("archived dataset versions", () => {
  it("keeps every earlier version of the change log at its own address", () => {
    const datasets = load(CSV, META_V2);
    expect(archivedVersions(datasets, ["data/archief/eenzaamheid/v1.csv"])).toEqual([
      { id: "eenzaamheid", version: 1, file: "data/archief/eenzaamheid/v1.csv" },
    ]);
  });

  it("needs nothing archived for a first version", () => {
    expect(archivedVersions(load(CSV), [])).toEqual([]);
  });

  it("stops when an earlier version was not kept, naming the file to add", () => {
    const datasets = load(CSV, META_V2);
    expect(messageOf(() => archivedVersions(datasets, []))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.yaml, veld "changes.1": versie 1 staat in de wijzigingen, maar het bestand van die versie is niet bewaard. Een link naar /data/eenzaamheid/v1.csv zou dan niet meer werken.
        Verwacht: data/archief/eenzaamheid/v1.csv
        Oplossing: Kopieer data/eenzaamheid.csv naar data/archief/eenzaamheid/v1.csv zolang daar nog de cijfers van versie 1 in staan. Zijn die al veranderd, haal versie 1 dan uit git of uit de vorige versie van de site."
    `);
  });

  it("rejects archive files of unknown datasets, of the current version and with other names", () => {
    const datasets = load(CSV);
    const message = messageOf(() =>
      archivedVersions(datasets, [
        "data/archief/eenzaamheit/v1.csv",
        "data/archief/eenzaamheid/v1.csv",
        "data/archief/eenzaamheid/versie1.csv",
      ]),
    );
    expect(message).toContain('data/archief/eenzaamheit/v1.csv: er is geen dataset "eenzaamheit" in data/.');
    expect(message).toContain("data/archief/eenzaamheid/versie1.csv: dit bestand staat in het archief maar heeft niet de naam die het archief verwacht.");
  });

  it("takes the current version in the archive for the first step of a new version, and says what comes next", () => {
    expect(messageOf(() => archivedVersions(load(CSV), ["data/archief/eenzaamheid/v1.csv"]))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/archief/eenzaamheid/v1.csv: hier staat versie 1, maar data/eenzaamheid.yaml is nog versie 1; het archief bewaart alleen eerdere versies.
        Verwacht: in het archief alleen versies van vóór de huidige, versie 1
        Oplossing: Maakt u een nieuwe versie, verhoog dan in data/eenzaamheid.yaml version naar 2 en voeg onder changes een regel voor versie 2 toe (zie "Een dataset bijwerken" in docs/redactiegids.md). Bewaarde u dit bestand per ongeluk, haal het dan weg."
    `);
  });
});
