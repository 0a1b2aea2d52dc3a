/**
 * Each mistake an editor makes, with the exact message the build stops on (and `astro dev` shows):
 * one message per mistake, Dutch, at the right file, line and column, with what was found, what
 * was expected and how to fix it. Runs the document check itself (src/lib/checks/mistakes/) on a
 * copy of today's chapters and data; tests/build/editor-mistakes.test.ts proves the build prints
 * exactly this and nothing after it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { componentNames } from "../../src/lib/checks/mistakes/components.ts";
import { findMistakes } from "../../src/lib/checks/mistakes/project.ts";
import { formatProblem } from "../../src/lib/errors.ts";
import { expectedWhere, makeMistake, mistakes, type MistakeId } from "../support/mistakes.ts";
import { projectRoot } from "../support/paths.ts";

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
      "src/content/chapters/inwoner.mdx:18:279: <Value>: er is geen dataset "eenzaamheit".
        Gevonden: of="eenzaamheit"
        Verwacht: de naam van een dataset: een bestandsnaam in data/ zonder .csv ("beschermd-wonen-indicaties", "collectief-wonen", "contractpartners", "doelgroepen-wonen-zorg", "draagkracht-draaglast", "eenzaamheid", "geschikte-woningvoorraad", "groei-indicaties", "gz-indicaties-drenthe", "inzet-inwoners", "jongeren-beschermd-wonen", "leefbaarheid", "mantelzorgers", "ontmoetingsruimte", "personeelstekort-zorg-drenthe", "voorzieningen-in-de-buurt", "weer-thuis", "werknemers-zorg-welzijn", "woonopgave-ouderen", "woonzorgplekken-drenthe", "zorgvraag-drenthe" en "zorgvraag-drenthe-stijging")
        Oplossing: Bedoelde u "eenzaamheid"? Schrijf de naam precies zoals de bestandsnaam."
    `);
  });

  it("a row that is not in the dataset", () => {
    expect(messageFor("unknown-row")).toMatchInlineSnapshot(`
      "src/content/chapters/inwoner.mdx:18:296: <Value>: de dataset "eenzaamheid" heeft geen rij "Larix".
        Gevonden: row="Larix"
        Verwacht: een waarde uit de kolom "gebied" van data/eenzaamheid.csv: "Assen" en "Lariks"
        Oplossing: Bedoelde u "Lariks"? Schrijf de rij precies zoals in de CSV, met hoofdletters en spaties."
    `);
  });

  it("an unclosed tag", () => {
    expect(messageFor("unclosed-tag")).toMatchInlineSnapshot(`
      "src/content/chapters/huis.mdx:21:1: de tag <Note> wordt geopend maar niet gesloten.
        Gevonden: <Note>
        Verwacht: </Note> na de tekst die in <Note> hoort
        Oplossing: Zet </Note> op een eigen regel na de laatste alinea die erbij hoort, met een lege regel ervoor. Hoort er niets tussen, sluit de tag dan meteen: <Note … />."
    `);
  });

  it("a stray brace", () => {
    expect(messageFor("stray-brace")).toMatchInlineSnapshot(`
      "src/content/chapters/huis.mdx:31:21: hier begint een { die niet gesloten wordt.
        Gevonden: De meeste Assenaren {zijn tevreden over hun huidige woonsituatie.
        Verwacht: een { alleen om een waarde in een attribuut, zoals rows={["Assen", "Lariks"]}, met een } erachter
        Oplossing: Bedoelt u het teken { zelf, schrijf dan \\{. Hoort er een } bij, zet die er dan achter."
    `);
  });

  it('figure type "taart"', () => {
    expect(messageFor("figure-type")).toMatchInlineSnapshot(`
      "src/content/chapters/stad-en-regio.mdx:18:60: <Figure>: het figuurtype "taart" bestaat niet.
        Gevonden: type="taart"
        Verwacht: type="bar" (liggende staven: aandelen en vergelijkingen), type="change" (kolommen: verandering van het ene jaar naar het andere) of type="stacked" (één staaf van 100%: de delen van een geheel)
        Oplossing: Kies een van deze figuurtypen."
    `);
  });

  it("a figure without an id: said once, with a name no other figure has", () => {
    expect(messageFor("figure-without-id")).toMatchInlineSnapshot(`
      "src/content/chapters/huis.mdx:33:1: deze <Figure> heeft geen id.
        Gevonden: <Figure dataset="mantelzorgers" type="bar" />
        Verwacht: een eigen naam voor de figuur, die geen andere figuur heeft, zoals id="mantelzorgers-2"
        Oplossing: Voeg id="mantelzorgers-2" toe (of een andere naam met kleine letters en streepjes). Met die naam verwijst <Ref to="mantelzorgers-2" /> naar de figuur."
    `);
  });

  it("a reference to a figure that does not exist", () => {
    expect(messageFor("figure-ref")).toMatchInlineSnapshot(`
      "src/content/chapters/wijk.mdx:17:10: <Ref>: er is geen figuur met de naam "mantelzorger".
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

/** Every message for a chapter `proef.mdx` with this text below a valid frontmatter (lines 1–6). */
function messagesForChapter(body: string): string {
  const file = path.join(root, "src/content/chapters/proef.mdx");
  writeFileSync(file, `---\ntitle: Proef\norder: 9\nsummary: Een proefhoofdstuk.\nstatus: concept\n---\n${body}`);
  try {
    return findMistakes(root).map(formatProblem).join("\n\n");
  } finally {
    rmSync(file);
  }
}

describe("other mistakes in a chapter, each reported once", () => {
  it("a component that does not exist, an attribute that does not exist, a missing one", () => {
    expect(messagesForChapter('\n<Noot>Tekst.</Noot>\n\nVan <Value of="eenzaamheid" rij="Lariks" /> en <Value row="Lariks" />.\n')).toMatchInlineSnapshot(`
      "src/content/chapters/proef.mdx:8:1: <Noot>: deze bouwsteen bestaat niet.
        Gevonden: <Noot>Tekst.</Noot>
        Verwacht: een van de bouwstenen <Ambities>, <Quote>, <Note>, <OpenPoint>, <Value>, <Figure>, <DataTable>, <Ref>
        Oplossing: Bedoelde u <Note>? Verbeter de naam (ook in de sluittag), of schrijf de tekst zonder < >.

      src/content/chapters/proef.mdx:10:29: <Value>: de bouwsteen heeft geen attribuut "rij".
        Gevonden: rij="Lariks"
        Verwacht: de attributen "of", "row", "col", "unit", "qualifier" en "capitalize"
        Oplossing: Bedoelde u "row"? Verbeter de naam.

      src/content/chapters/proef.mdx:10:48: <Value>: het attribuut of ontbreekt.
        Gevonden: <Value row="Lariks" />
        Verwacht: of="eenzaamheid"
        Oplossing: Voeg of="eenzaamheid" toe aan de tag."
    `);
  });

  it("a figure inside a sentence, and a list written as text", () => {
    expect(messagesForChapter('\nZie <Figure id="proef" dataset="eenzaamheid" type="bar" /> hier.\n\n<DataTable dataset="eenzaamheid" columns="gebied" />\n')).toMatchInlineSnapshot(`
      "src/content/chapters/proef.mdx:8:5: <Figure>: deze bouwsteen hoort op een eigen regel, niet in een zin.
        Gevonden: <Figure id="proef" dataset="eenzaamheid" type="bar" />
        Verwacht: <Figure … /> op een eigen regel, met een lege regel ervoor en erna
        Oplossing: Zet de tag op een eigen regel met een lege regel ervoor en erna.

      src/content/chapters/proef.mdx:10:34: <DataTable>: de waarde van columns hoort een lijst te zijn.
        Gevonden: columns="gebied"
        Verwacht: columns={["wijk", "ontmoetingsruimte"]}
        Oplossing: Schrijf het zoals in het voorbeeld: columns={["wijk", "ontmoetingsruimte"]}"
    `);
  });

  it("code in the text: an expression, and a line that starts with export", () => {
    expect(messagesForChapter("\nHet kost {1 + 1} euro.\n\nexport const x = 1\n")).toMatchInlineSnapshot(`
      "src/content/chapters/proef.mdx:8:10: tussen { en } in de tekst leest MDX programmacode; de pagina toont dan de uitkomst daarvan.
        Gevonden: {1 + 1}
        Verwacht: accolades alleen om de waarde van een attribuut, zoals rows={["Assen", "Lariks"]}, of {/* … */} voor een opmerking
        Oplossing: Bedoelt u de accolades zelf, schrijf dan \\{ en \\}.

      src/content/chapters/proef.mdx:10:1: deze regel begint met "import" of "export" en wordt daardoor als programmacode gelezen, niet als tekst.
        Gevonden: export const x = 1
        Verwacht: een alinea die met een ander woord begint
        Oplossing: Begin de zin met een hoofdletter ("Export …") of met een ander woord."
    `);
  });

  it("an attribute without quotes, and a comment written as HTML", () => {
    expect(messagesForChapter('\nVan <Value of=eenzaamheid row="Lariks" />.\n')).toMatchInlineSnapshot(`
      "src/content/chapters/proef.mdx:8:15: de waarde van een attribuut staat niet tussen aanhalingstekens.
        Gevonden: Van <Value of=eenzaamheid row="Lariks" />.
        Verwacht: naam="waarde", zoals row="Lariks", of een lijst tussen { }, zoals rows={["Assen", "Lariks"]}
        Oplossing: Zet dubbele aanhalingstekens om de waarde."
    `);
    expect(messagesForChapter("\nTekst <!-- opmerking --> meer.\n")).toMatchInlineSnapshot(`
      "src/content/chapters/proef.mdx:8:8: een opmerking als <!-- … --> kan niet in een hoofdstuk.
        Gevonden: Tekst <!-- opmerking --> meer.
        Verwacht: een opmerking als {/* … */}
        Oplossing: Schrijf de opmerking als {/* … */}, of haal hem weg."
    `);
  });

  it("a frontmatter field that does not exist", () => {
    const file = path.join(root, "src/content/chapters/proef.mdx");
    writeFileSync(file, "---\ntitel: Proef\norder: 9\nsummary: Een proefhoofdstuk.\nstatus: concept\n---\n\nTekst.\n");
    try {
      expect(findMistakes(root).map(formatProblem).join("\n\n")).toMatchInlineSnapshot(`
        "src/content/chapters/proef.mdx:2:1: de kop heeft een veld "titel" dat niet bestaat.
          Gevonden: titel: Proef
          Verwacht: alleen de velden "title", "order", "summary" en "status"
          Oplossing: Verbeter de naam van het veld, of haal de regel weg. Bedoelde u "title"?"
      `);
    } finally {
      rmSync(file);
    }
  });

  it("a frontmatter line that is not YAML", () => {
    const file = path.join(root, "src/content/chapters/proef.mdx");
    writeFileSync(file, "---\ntitle: Proef: een test\norder: 9\n---\n\nTekst.\n");
    try {
      expect(findMistakes(root).map(formatProblem).join("\n\n")).toMatchInlineSnapshot(`
        "src/content/chapters/proef.mdx:2:8: de kop van het hoofdstuk (tussen de twee regels ---) kan niet worden gelezen.
          Gevonden: title: Proef: een test
          Verwacht: elk veld op een eigen regel als  naam: waarde, zoals  title: De inwoner
          Oplossing: Zet een spatie na de dubbele punt. Staat er in de waarde zelf een dubbele punt, zet de waarde dan tussen aanhalingstekens: summary: "Wonen: thuis""
      `);
    } finally {
      rmSync(file);
    }
    expect(messagesForChapter("").length).toBe(0);
  });

  it("two mistakes in different files: both, each once, chapters first", () => {
    const undoCell = makeMistake(root, mistakes["csv-cell"]);
    const undoRef = makeMistake(root, mistakes["figure-ref"]);
    try {
      const messages = findMistakes(root).map(formatProblem);
      expect(messages.map((message) => message.split(":")[0])).toEqual(["src/content/chapters/wijk.mdx", 'data/eenzaamheid.csv, rij 3, kolom "aandeel"']);
    } finally {
      undoRef();
      undoCell();
    }
  });
});

describe("document.json", () => {
  it("that is not JSON, at the line where it stops", () => {
    const undo = makeMistake(root, {
      title: "a missing comma",
      edits: [{ file: "src/content/document.json", from: '"concept",', to: '"concept"' }],
      at: { file: "src/content/document.json", marker: '"version"' },
    });
    try {
      expect(findMistakes(root).map(formatProblem).join("\n\n")).toMatchInlineSnapshot(`
        "src/content/document.json:5:3: het bestand kan niet worden gelezen: het is geen geldige JSON.
          Gevonden: "version": "0.1",
          Verwacht: "naam": "waarde" per regel, met een komma na elke regel behalve de laatste, alles tussen { en }
          Oplossing: Controleer de aanhalingstekens en komma's op deze regel en de regel ervoor."
      `);
    } finally {
      undo();
    }
  });
});

describe("the components the check knows", () => {
  it("are the components a chapter can use (src/components/mdx-components.ts)", () => {
    const source = ts.createSourceFile("mdx-components.ts", readFileSync(path.join(projectRoot, "src/components/mdx-components.ts"), "utf8"), ts.ScriptTarget.Latest);
    const names: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && node.name.getText(source) === "mdxComponents" && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
        for (const property of node.initializer.properties) if (property.name) names.push(property.name.getText(source));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect([...componentNames].sort()).toEqual(names.sort());
  });
});
