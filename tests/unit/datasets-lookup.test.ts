import { describe, expect, it } from "vitest";
import { findRow, resolveValue } from "../../src/lib/datasets/lookup.ts";
import { formatInlineValue } from "../../src/lib/format.ts";
import { diskDataFiles, loadDatasets } from "../../src/lib/datasets/load.ts";
import { projectRoot } from "../support/paths.ts";

const datasets = loadDatasets(diskDataFiles(projectRoot));

/** What <Value of row col /> shows for the real data. */
function shown(of: string, row: string | number, col?: string, options: { unit?: boolean; qualifier?: boolean } = {}) {
  const resolved = resolveValue(datasets, of, row, col);
  return formatInlineValue({
    value: resolved.value,
    type: resolved.field.type,
    qualifier: resolved.qualifier,
    wording: resolved.wording,
    unit: resolved.unit,
    ...(options.unit === undefined ? {} : { showUnit: options.unit }),
    ...(options.qualifier === undefined ? {} : { showQualifier: options.qualifier }),
  }).text;
}

describe("values as the chapters show them", () => {
  it.each([
    ["eenzaamheid", "Lariks", undefined, "56%"],
    ["eenzaamheid", "Assen", undefined, "48%"],
    ["mantelzorgers", 2040, undefined, "amper 5"],
    ["mantelzorgers", "2025", undefined, "12"],
    ["groei-indicaties", "Wmo", undefined, "ruim 70%"],
    ["zorgvraag-drenthe", 2040, undefined, "ruim 10.000"],
    ["zorgvraag-drenthe", 2024, undefined, "ruim 6.000"],
    ["zorgvraag-drenthe-stijging", "2024–2040", undefined, "naar schatting 41,3%"],
    ["leefbaarheid", "9 of 10", undefined, "een kwart"],
    ["personeelstekort-zorg-drenthe", 2023, undefined, "1.700"],
    ["gz-indicaties-drenthe", "intramuraal", undefined, "2.930"],
    ["woonzorgplekken-drenthe", "meest realistisch", "aantal", "7.804"],
    ["werknemers-zorg-welzijn", "Drenthe", undefined, "één op de vijf"],
  ])("%s / %s -> %s", (of, row, col, text) => {
    expect(shown(of, row, col)).toBe(text);
  });

  it("covers the other figures of the source text", () => {
    const figures: [string, string | number, string][] = [
      ["inzet-inwoners", "hulp in de buurt", "63%"],
      ["inzet-inwoners", "vrijwilligerswerk", "22%"],
      ["groei-indicaties", "WLZ", "45%"],
      ["woonopgave-ouderen", "wonen 65-plus met hulpvraag", "3.410"],
      ["woonopgave-ouderen", "woonzorgplekken WLZ", "596"],
      ["beschermd-wonen-indicaties", "nu", "105"],
      ["beschermd-wonen-indicaties", "2040", "45"],
      ["weer-thuis", "woningen toegewezen", "15"],
      ["weer-thuis", "rechtstreeks naar zelfstandig wonen", "1"],
      ["geschikte-woningvoorraad", "geschikt te maken", "46%"],
      ["jongeren-beschermd-wonen", "jongeren onder 27 in BW of begeleid kamerwonen", "130"],
      ["collectief-wonen", "alle Assenaren", "34%"],
      ["voorzieningen-in-de-buurt", "buurt biedt alles", "64%"],
      ["voorzieningen-in-de-buurt", "niet alles, wel bereikbaar", "29%"],
      ["voorzieningen-in-de-buurt", "lastig te bereiken", "7%"],
      ["leefbaarheid", "6 of hoger", "97%"],
      ["leefbaarheid", "5 of lager", "3%"],
      ["contractpartners", "contractpartners", "180"],
      ["gz-indicaties-drenthe", "totaal", "5.318"],
      ["personeelstekort-zorg-drenthe", 2032, "5.200"],
      ["werknemers-zorg-welzijn", "Nederland", "één op de zes"],
      ["doelgroepen-wonen-zorg", "doelgroepen", "14"],
    ];
    expect(figures.map(([of, row]) => shown(of, row))).toEqual(figures.map(([, , text]) => text));
    const attention = datasets.find((dataset) => dataset.id === "draagkracht-draaglast")!;
    expect(attention.rows.map((row) => row["wijk"])).toEqual(["Lariks", "Noorderpark", "Pittelo"]);
    expect(datasets.find((dataset) => dataset.id === "jongeren-beschermd-wonen")!.meta.peildatum).toBe("2025-05");
    expect(datasets.find((dataset) => dataset.id === "gz-indicaties-drenthe")!.meta.peildatum).toBe("2024-01-01");
  });

  it("shows a unit word on request, and the unit of the row when rows differ", () => {
    expect(shown("woonopgave-ouderen", "woonzorgplekken WLZ", undefined, { unit: true })).toBe("596\u00a0woonzorgplekken");
    expect(shown("weer-thuis", "rechtstreeks naar zelfstandig wonen", undefined, { unit: true })).toBe("1\u00a0persoon");
  });

  it("keeps unknown meeting-place statuses unknown", () => {
    const wijken = datasets.find((dataset) => dataset.id === "ontmoetingsruimte")!;
    expect(wijken.rows).toHaveLength(10);
    expect(wijken.rows.every((row) => row["ontmoetingsruimte"] === null && row["status"] === "onbekend")).toBe(true);
    expect(shown("ontmoetingsruimte", "Lariks", "ontmoetingsruimte")).toBe("onbekend");
  });
});

describe("wrong references stop the build and list the valid names", () => {
  it("an unknown dataset", () => {
    expect(() => resolveValue(datasets, "eenzaamheit", "Lariks")).toThrowErrorMatchingInlineSnapshot(`
      [DatasetReferenceError: er is geen dataset "eenzaamheit".
        Verwacht: de naam van een dataset: een bestandsnaam in data/ zonder .csv ("beschermd-wonen-indicaties", "collectief-wonen", "contractpartners", "doelgroepen-wonen-zorg", "draagkracht-draaglast", "eenzaamheid", "geschikte-woningvoorraad", "groei-indicaties", "gz-indicaties-drenthe", "inzet-inwoners", "jongeren-beschermd-wonen", "leefbaarheid", "mantelzorgers", "ontmoetingsruimte", "personeelstekort-zorg-drenthe", "voorzieningen-in-de-buurt", "weer-thuis", "werknemers-zorg-welzijn", "woonopgave-ouderen", "woonzorgplekken-drenthe", "zorgvraag-drenthe" en "zorgvraag-drenthe-stijging")
        Oplossing: Bedoelde u "eenzaamheid"? Schrijf de naam precies zoals de bestandsnaam.]
    `);
  });

  it("an unknown row", () => {
    expect(() => findRow(datasets.find((d) => d.id === "eenzaamheid")!, "Larix")).toThrowErrorMatchingInlineSnapshot(`
      [DatasetReferenceError: de dataset "eenzaamheid" heeft geen rij "Larix".
        Verwacht: een waarde uit de kolom "gebied" van data/eenzaamheid.csv: "Assen" en "Lariks"
        Oplossing: Bedoelde u "Lariks"? Schrijf de rij precies zoals in de CSV, met hoofdletters en spaties.]
    `);
  });

  it("an unknown column", () => {
    expect(() => resolveValue(datasets, "groei-indicaties", "Wmo", "stijgin")).toThrowErrorMatchingInlineSnapshot(`
      [DatasetReferenceError: de dataset "groei-indicaties" heeft geen kolom "stijgin".
        Verwacht: een kolom van data/groei-indicaties.csv: "indicatie", "stijging", "kwalificatie", "van_jaar" en "tot_jaar"
        Oplossing: Bedoelde u "stijging"? Schrijf de kolomnaam zoals in de eerste rij van de CSV.]
    `);
  });

  it("a row with more than one number column and no col", () => {
    const twoNumbers = [
      {
        ...datasets[0]!,
        id: "twee",
        meta: {
          ...datasets[0]!.meta,
          schema: {
            primaryKey: "jaar",
            fields: [
              { name: "jaar", type: "year" as const, title: "Jaar" },
              { name: "wmo", type: "number" as const, title: "Wmo" },
              { name: "wlz", type: "number" as const, title: "WLZ" },
            ],
          },
        },
        rows: [{ jaar: 2025, wmo: 1, wlz: 2 }],
        file: { csv: "data/twee.csv", meta: "data/twee.yaml" },
      },
    ];
    expect(() => resolveValue(twoNumbers, "twee", 2025)).toThrowErrorMatchingInlineSnapshot(`
      [DatasetReferenceError: de dataset "twee" heeft meer dan één kolom met getallen, dus er moet bij staan welke u bedoelt.
        Verwacht: col="…" met een van de kolommen "wmo" en "wlz"
        Oplossing: Voeg col="…" toe met de kolom die u wilt tonen.]
    `);
  });
});
