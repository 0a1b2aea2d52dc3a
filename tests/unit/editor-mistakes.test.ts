/**
 * Each mistake an editor makes, with the exact message the build stops on (and `astro dev` shows):
 * one message per mistake, Dutch, at the right file, line and column, with what was found, what
 * was expected and how to fix it. Runs the document check itself (src/lib/checks/mistakes/) on a
 * copy of today's chapters and data; tests/build/editor-mistakes.test.ts proves the build prints
 * exactly this and nothing after it.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findMistakes } from "../../src/lib/checks/mistakes/project";
import { formatProblem } from "../../src/lib/errors";
import { expectedWhere, makeMistake, mistakes, type MistakeId } from "../support/mistakes";
import { projectRoot } from "../support/paths";

const root = mkdtempSync(path.join(tmpdir(), "wzv-mistakes-"));
for (const entry of ["src/content", "data"]) cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The one message the mistake gives; fails when it gives none, or more than one. */
function messageFor(id: MistakeId): string {
  const mistake = mistakes[id];
  const undo = makeMistake(root, mistake);
  try {
    const problems = findMistakes(root);
    expect(problems, problems.map(formatProblem).join("\n\n")).toHaveLength(1);
    const problem = problems[0]!;
    const message = formatProblem(problem);
    expect(message.startsWith(expectedWhere(root, mistake))).toBe(true);
    return message;
  } finally {
    undo();
  }
}

describe("today's chapters and data", () => {
  it("have no mistakes", () => {
    expect(findMistakes(root)).toEqual([]);
  });
});

describe("a mistake in a chapter", () => {
  it("a typo in a dataset name", () => {
    expect(messageFor("dataset-typo")).toMatchInlineSnapshot(`
      "src/content/chapters/inwoner.mdx:21:279: <Value>: er is geen dataset "eenzaamheit".
        Gevonden: of="eenzaamheit"
        Verwacht: de naam van een dataset: een bestandsnaam in data/ zonder .csv ("beschermd-wonen-indicaties", "collectief-wonen", "contractpartners", "doelgroepen-wonen-zorg", "draagkracht-draaglast", "eenzaamheid", "geschikte-woningvoorraad", "groei-indicaties", "gz-indicaties-drenthe", "inzet-inwoners", "jongeren-beschermd-wonen", "leefbaarheid", "mantelzorgers", "ontmoetingsruimte", "personeelstekort-zorg-drenthe", "voorzieningen-in-de-buurt", "weer-thuis", "werknemers-zorg-welzijn", "woonopgave-ouderen", "woonzorgplekken-drenthe", "zorgvraag-drenthe" en "zorgvraag-drenthe-stijging")
        Oplossing: Bedoelde u "eenzaamheid"? Schrijf de naam precies zoals de bestandsnaam."
    `);
  });

  it("a row that is not in the dataset", () => {
    expect(messageFor("unknown-row")).toMatchInlineSnapshot(`
      "src/content/chapters/inwoner.mdx:21:296: <Value>: de dataset "eenzaamheid" heeft geen rij "Larix".
        Gevonden: row="Larix"
        Verwacht: een waarde uit de kolom "gebied" van data/eenzaamheid.csv: "Assen" en "Lariks"
        Oplossing: Bedoelde u "Lariks"? Schrijf de rij precies zoals in de CSV, met hoofdletters en spaties."
    `);
  });

  it("an unclosed tag", () => {
    expect(messageFor("unclosed-tag")).toMatchInlineSnapshot(`
      "src/content/chapters/huis.mdx:24:1: de tag <Note> wordt geopend maar niet gesloten.
        Gevonden: <Note>
        Verwacht: </Note> na de tekst die in <Note> hoort
        Oplossing: Zet </Note> op een eigen regel na de laatste alinea die erbij hoort, met een lege regel ervoor. Hoort er niets tussen, sluit de tag dan meteen: <Note … />."
    `);
  });

  it("a stray brace", () => {
    expect(messageFor("stray-brace")).toMatchInlineSnapshot(`
      "src/content/chapters/huis.mdx:34:21: hier begint een { die niet gesloten wordt.
        Gevonden: De meeste Assenaren {zijn tevreden over hun huidige woonsituatie.
        Verwacht: een { alleen om een waarde in een attribuut, zoals rows={["Assen", "Lariks"]}, met een } erachter
        Oplossing: Bedoelt u het teken { zelf, schrijf dan \\{. Hoort er een } bij, zet die er dan achter."
    `);
  });

  it('figure type "taart"', () => {
    expect(messageFor("figure-type")).toMatchInlineSnapshot(`
      "src/content/chapters/stad-en-regio.mdx:21:60: <Figure>: het figuurtype "taart" bestaat niet.
        Gevonden: type="taart"
        Verwacht: type="bar" (liggende staven: aandelen en vergelijkingen), type="change" (kolommen: verandering van het ene jaar naar het andere) of type="stacked" (één staaf van 100%: de delen van een geheel)
        Oplossing: Kies een van deze figuurtypen."
    `);
  });

  it("a reference to a figure that does not exist", () => {
    expect(messageFor("figure-ref")).toMatchInlineSnapshot(`
      "src/content/chapters/wijk.mdx:20:10: <Ref>: er is geen figuur met de naam "mantelzorger".
        Gevonden: to="mantelzorger"
        Verwacht: de id van een <Figure id="…">: "eenzaamheid", "mantelzorgers", "groei-indicaties", "beschermd-wonen", "voorzieningen-in-de-buurt", "leefbaarheid", "zorgvraag-drenthe" en "personeelstekort"
        Oplossing: Bedoelde u "mantelzorgers"? Gebruik precies de id van de figuur, zoals <Ref to="mantelzorgers" />."
    `);
  });
});

describe("a mistake in a chapter's frontmatter", () => {
  it("a status that does not exist", () => {
    expect(messageFor("bad-status")).toMatchInlineSnapshot(`
      "src/content/chapters/huis.mdx:5:1: het veld "status" in de kop klopt niet: onbekende status "klaar". Kies uit: concept, gereed.
        Gevonden: status: klaar
        Verwacht: de status van de tekst: concept of gereed, bijvoorbeeld: status: concept
        Oplossing: Pas de waarde achter de dubbele punt aan."
    `);
  });

  it("no title", () => {
    expect(messageFor("missing-title")).toMatchInlineSnapshot(`
      "src/content/chapters/huis.mdx:1:1: in de kop ontbreekt het veld "title".
        Verwacht: de titel van het hoofdstuk, bijvoorbeeld: title: De inwoner
        Oplossing: Voeg tussen de twee regels --- een regel toe, bijvoorbeeld: title: De inwoner"
    `);
  });

  it("two chapters with one order number", () => {
    expect(messageFor("same-order")).toMatchInlineSnapshot(`
      "src/content/chapters/wijk.mdx:3:1: src/content/chapters/huis.mdx heeft hetzelfde volgnummer (order: 2).
        Gevonden: order: 2
        Verwacht: een eigen volgnummer voor elk hoofdstuk
        Oplossing: Geef elk hoofdstuk een eigen nummer in de kop van het bestand, bijvoorbeeld order: 1, order: 2, …"
    `);
  });
});

describe("a mistake in the data or document.json", () => {
  it("a unit in a number cell", () => {
    expect(messageFor("csv-cell")).toMatchInlineSnapshot(`
      "data/eenzaamheid.csv, rij 3, kolom "aandeel": de cel is geen getal.
        Gevonden: "56%"
        Verwacht: een getal, zoals 56, 41,3 of 10.000
        Oplossing: Laat de eenheid weg uit de cel en schrijf alleen het getal; de eenheid (%) staat al in het metadatabestand."
    `);
  });

  it("an extra CSV column", () => {
    expect(messageFor("csv-extra-column")).toMatchInlineSnapshot(`
      "data/eenzaamheid.csv, rij 1, kolom "bron": deze kolom staat niet in data/eenzaamheid.yaml.
        Verwacht: alleen de kolommen "gebied" en "aandeel"
        Oplossing: Verbeter de kolomnaam, of beschrijf de kolom onder schema.fields in data/eenzaamheid.yaml."
    `);
  });

  it("an extra cell in a row", () => {
    expect(messageFor("csv-extra-cell")).toMatchInlineSnapshot(`
      "data/eenzaamheid.csv, rij 3: deze rij heeft 3 cellen, maar er zijn 2 kolommen.
        Gevonden: "Lariks;56;57"
        Verwacht: 2 cellen, gescheiden door puntkomma's
        Oplossing: Haal de overbodige cellen weg. Staat er een puntkomma in een tekst, zet die tekst dan tussen aanhalingstekens."
    `);
  });

  it("a check of a type that does not exist", () => {
    expect(messageFor("check-type")).toMatchInlineSnapshot(`
      "data/zorgvraag-drenthe-stijging.yaml:38:5, veld "checks.1.type": dit veld klopt niet.
        Gevonden: "groei"
        Verwacht: type: growth (een genoemd groeipercentage narekenen) of type: sum (delen die samen een totaal vormen)
        Oplossing: Pas de waarde aan zodat die klopt met wat er verwacht wordt."
    `);
  });

  it("a check naming a row that does not exist", () => {
    expect(messageFor("check-row")).toMatchInlineSnapshot(`
      "data/zorgvraag-drenthe-stijging.yaml:42:39, veld "checks.1.to.row": de rij "2041" staat niet in data/zorgvraag-drenthe.csv.
        Verwacht: een waarde uit de kolom "jaar": "2024" en "2040"
        Oplossing: Bedoelde u "2040" of "2024"?"
    `);
  });

  it("a document status that does not exist", () => {
    expect(messageFor("document-status")).toMatchInlineSnapshot(`
      "src/content/document.json:4:3, veld "status": dit veld klopt niet.
        Gevonden: "klaar"
        Verwacht: een van de statussen "concept" of "vastgesteld"
        Oplossing: Pas de waarde aan."
    `);
  });

  it("a new dataset version whose old file is not archived yet (step 1 of the guide)", () => {
    expect(messageFor("new-version-step-1")).toMatchInlineSnapshot(`
      "data/eenzaamheid.yaml:27:5, veld "changes.1": versie 1 staat in de wijzigingen, maar het bestand van die versie is niet bewaard. Een link naar /data/eenzaamheid/v1.csv zou dan niet meer werken.
        Verwacht: data/archief/eenzaamheid/v1.csv
        Oplossing: Kopieer data/eenzaamheid.csv naar data/archief/eenzaamheid/v1.csv zolang daar nog de cijfers van versie 1 in staan. Zijn die al veranderd, haal versie 1 dan uit git of uit de vorige versie van de site."
    `);
  });
});
