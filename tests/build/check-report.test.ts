import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { projectRoot } from "../support/paths.ts";
import { makeTempProject } from "../support/temp-project.ts";

/** `npm run check` as an editor runs it, on today's content. */
function runCheck(root?: string): { status: number | null; stdout: string; stderr: string } {
  const tsx = path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");
  const args = [tsx, "scripts/check.ts", ...(root ? [root] : [])];
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every open point the source text has, and nothing else: the six gaps the text marks itself
 * (page number, percentage, matrix, bijlage, figure, lost table marks), the two the privacy
 * statement marks (the web server's logs, the contact for privacy questions), the three the
 * accessibility statement marks (review, contact details, register entry), and the 41,3% that does not
 * match 6000 -> 10.000. Each is found by the text that marks it, so the expected line follows edits
 * elsewhere in the file. */
const expectedPoints = [
  {
    file: "src/content/chapters/huis.mdx",
    at: '<OpenPoint block reason="De matrix',
    text: "Open punt: De matrix waar de tekst hierboven naar verwijst, staat niet in de brontekst. Voeg de matrix toe of pas de verwijzing aan.",
  },
  {
    file: "src/content/chapters/huis.mdx",
    at: ">xxx%</OpenPoint>",
    text: "Open punt: Het percentage ontbreekt nog in de brontekst. [xxx%]",
  },
  {
    file: "src/content/chapters/wijk.mdx",
    at: ">pagina xx</OpenPoint>",
    text: "Open punt: Het paginanummer van dit overzicht ontbreekt nog in de brontekst. [pagina xx]",
  },
  {
    file: "src/content/chapters/wijk.mdx",
    at: ">het overzicht in de bijlage</OpenPoint>",
    text: "Open punt: De bijlage met dit overzicht staat niet in de brontekst. Voeg de bijlage toe of pas de verwijzing aan. [het overzicht in de bijlage]",
  },
  {
    file: "src/content/chapters/wijk.mdx",
    at: '<OpenPoint block reason="De figuur',
    text: "Open punt: De figuur waar de tekst hierboven naar verwijst, staat niet in de brontekst. Voeg de figuur toe of pas de verwijzing aan.",
  },
  {
    file: "src/content/chapters/wijk.mdx",
    at: '<OpenPoint block reason="De markeringen',
    text: "Open punt: De markeringen in deze tabel zijn bij het overnemen verloren gegaan; per wijk is niet bekend of de ontmoetingsruimte redelijk/goed is of aandacht vraagt.",
  },
  {
    file: "src/pages/privacy.astro",
    at: '<OpenPoint block reason="Of de webserver',
    text: "Open punt: Of de webserver van de gemeente deze gegevens bewaart (in een logboek), welke gegevens precies, waarvoor en hoe lang, staat nog niet in de bron. Ook wie de webserver beheert (de gemeente zelf of een leverancier) moet de gemeente nog invullen.",
  },
  {
    file: "src/pages/privacy.astro",
    at: '<OpenPoint block reason="Het contactadres voor vragen over privacy',
    text: "Open punt: Het contactadres voor vragen over privacy (zoals de functionaris gegevensbescherming van de gemeente Assen) staat nog niet in de bron. De gemeente vult het in.",
  },
  {
    file: "src/pages/toegankelijkheid.astro",
    at: '<OpenPoint block reason="Er is nog geen onderzoek',
    text: "Open punt: Er is nog geen onderzoek naar de toegankelijkheid gedaan door een onafhankelijke deskundige. Wanneer dat gebeurt en wat de uitkomst is, moet de gemeente nog bepalen.",
  },
  {
    file: "src/pages/toegankelijkheid.astro",
    at: '<OpenPoint block reason="De contactgegevens',
    text: "Open punt: De contactgegevens van de gemeente Assen voor meldingen over toegankelijkheid (e-mailadres, telefoonnummer of formulier) staan nog niet in de bron. De redactie vult ze in.",
  },
  {
    file: "src/pages/toegankelijkheid.astro",
    at: '<OpenPoint block reason="De toegankelijkheidsverklaring',
    text: "Open punt: De toegankelijkheidsverklaring van deze website staat nog niet in het landelijke register van toegankelijkheidsverklaringen. Als de gemeente die verklaring heeft gepubliceerd, komt hier de link naar de vermelding.",
  },
  {
    file: "data/zorgvraag-drenthe-stijging.yaml",
    at: "- type: growth",
    text: "Cijfers kloppen niet: De genoemde stijging van 41,3% klopt niet met de waarden: van ruim 6.000 (2024) naar ruim 10.000 (2040) is een stijging van 66,7%. Verschil 25,4 procentpunt; toegestaan is 1.",
  },
];

function lineOf(file: string, marker: string): number {
  const lines = readFileSync(path.join(projectRoot, file), "utf8").split("\n");
  const index = lines.findIndex((line) => line.includes(marker));
  if (index === -1) throw new Error(`${file} no longer contains ${JSON.stringify(marker)}: update the expected open points.`);
  return index + 1;
}

const expected = expectedPoints.map((p) => `${p.file}:${lineOf(p.file, p.at)}  ${p.text}`);

const unknownProvenance = [
  "beschermd-wonen-indicaties",
  "collectief-wonen",
  "contractpartners",
  "doelgroepen-wonen-zorg",
  "draagkracht-draaglast",
  "eenzaamheid",
  "geschikte-woningvoorraad",
  "groei-indicaties",
  "gz-indicaties-drenthe",
  "inzet-inwoners",
  "jongeren-beschermd-wonen",
  "leefbaarheid",
  "mantelzorgers",
  "ontmoetingsruimte",
  "personeelstekort-zorg-drenthe",
  "voorzieningen-in-de-buurt",
  "weer-thuis",
  "werknemers-zorg-welzijn",
  "woonopgave-ouderen",
  "woonzorgplekken-drenthe",
  "zorgvraag-drenthe",
  "zorgvraag-drenthe-stijging",
];

describe("npm run check on today's content", () => {
  const result = runCheck();
  // The open points end with their count; the readability advice (B1) follows them.
  const [openPoints = "", advice = ""] = result.stdout.trim().split("\n\nLeesbaarheid (B1)");
  const lines = openPoints.split("\n");

  it("succeeds for a concept", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("lists the open points of the text, the inconsistent growth figure and nothing else, in this order", () => {
    expect(lines.slice(0, expected.length)).toEqual(expected);
  });

  // The datasets' provenance points, then the catalogue's contact point, the site's address, the
  // official publication's unknown facts (issue 23), then the count.
  const publicationFacts = ["soortRegeling", "bestuursorgaan", "oinBevoegdGezag", "oinAanleveraar", "datumBekendmaking", "aanhef", "sluiting"];
  const provenance = lines.slice(expected.length, -4 - publicationFacts.length);

  it("lists each dataset with an unknown source, peildatum or licence once", () => {
    expect(provenance.map((line) => /^data\/([a-z-]+)\.yaml:\d+  Bron, peildatum of licentie ontbreekt: /.exec(line)?.[1])).toEqual(
      unknownProvenance,
    );
  });

  it("names the licence in the point of every dataset whose licence is onbekend", () => {
    const licenceUnknown = (id: string) =>
      (parseYaml(readFileSync(path.join(projectRoot, "data", `${id}.yaml`), "utf8")) as { licence: string }).licence === "onbekend";
    expect(provenance.map((line) => line.endsWith(" de licentie."))).toEqual(unknownProvenance.map(licenceUnknown));
  });

  it("lists the unknown contact point of the open data, at its line in document.json", () => {
    expect(lines.at(-4 - publicationFacts.length)).toBe(
      `src/content/document.json:${lineOf("src/content/document.json", '"contact": "onbekend"')}  Onbekend gegeven: Het contactpunt voor vragen over de cijfers is onbekend. Vul bij "contact" het e-mailadres of de contactpagina in waar gebruikers van de open data terechtkunnen; dataportalen zoals data.overheid.nl vragen erom.`,
    );
  });

  it("lists the site's address while it is the placeholder, at its line in document.json", () => {
    expect(lines.at(-3 - publicationFacts.length)).toBe(
      `src/content/document.json:${lineOf("src/content/document.json", '"site": "https://woonzorgvisie.assen.nl"')}  Plaatshouder: Het adres van de site is nog niet vastgesteld: er staat https://woonzorgvisie.assen.nl. Vul bij "site" het adres in waarop de gemeente de site publiceert (https:// en de domeinnaam); de PDF, de open data, de canonieke links en de sitemap gebruiken het.`,
    );
  });

  it("lists each unknown fact of the official publication at its line in document.json, with what it is", () => {
    expect(lines.slice(-2 - publicationFacts.length, -2).map((line) => /^src\/content\/document\.json:(\d+)  Onbekend gegeven: Voor de officiële publicatie \(STOP\) is "publicatie\.(\w+)" onbekend\. \S/.exec(line)?.slice(1))).toEqual(
      publicationFacts.map((field) => [String(lineOf("src/content/document.json", `"${field}": "onbekend"`)), field]),
    );
  });

  it("ends with the count", () => {
    expect(lines.at(-2)).toBe("");
    expect(lines.at(-1)).toBe(`${expected.length + unknownProvenance.length + 2 + publicationFacts.length} open punten.`);
  });

  it("then gives the readability advice: a summary per chapter and one line per paragraph or list that needs work, with its reason", () => {
    expect(advice).toContain("houdt de bouw nooit tegen");
    for (const title of ["De inwoner", "Het huis", "De wijk", "De stad en regio", "De overheid en organisaties"]) {
      expect(advice).toMatch(new RegExp(`^${title}: Flesch-Douma \\d+ \\([a-z ]+\\) over [\\d.]+ woorden; .+ (kan|kunnen) eenvoudiger\\.$`, "m"));
    }
    const lines = advice.split("\n").filter((line) => line.startsWith("  "));
    const places = lines.map((line) => line.trim().split("  ")[0]);
    expect(new Set(places).size, "one line per paragraph or list").toBe(lines.length);
    for (const line of lines) expect(line).toMatch(/^ {2}src\/content\/chapters\/[a-z-]+\.mdx:\d+ {2}(alinea|opsomming|alinea en opsomming) [\d.–]+(, score \d+ \([a-z ]+\))?: (zin van \d+ woorden|lange woorden|gemiddeld)/);
    // The paragraph of the 39-word sentence: its score and the sentence, quoted.
    const huis = lineOf("src/content/chapters/huis.mdx", '<Value of="jongeren-beschermd-wonen"');
    expect(advice).toMatch(new RegExp(`^ {2}src/content/chapters/huis\\.mdx:${huis} {2}alinea [\\d.]+, score \\d+ \\([a-z ]+\\): zin van \\d+ woorden: "Als er geen zelfstandige`, "m"));
  });
});

describe("npm run check on a vastgesteld document with open points", () => {
  it("lists them and exits with an error", () => {
    const project = makeTempProject();
    try {
      const file = project.file("src/content/document.json");
      writeFileSync(file, readFileSync(file, "utf8").replace('"concept"', '"vastgesteld"'));
      const result = runCheck(project.root);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain("src/content/chapters/huis.mdx:");
      expect(result.stderr).toContain("De status is 'vastgesteld', maar er zijn nog open punten.");
    } finally {
      project.remove();
    }
  });
});
