import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/paths";

/** `npm run check` as an editor runs it, on today's content. */
function runCheck(): { status: number | null; stdout: string; stderr: string } {
  const tsx = path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");
  const result = spawnSync(process.execPath, [tsx, "scripts/check.ts"], { cwd: projectRoot, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every open point the source text has, and nothing else: the six gaps the text marks itself (page number, percentage, matrix, bijlage, figure, lost table marks),
 * the 41,3% that does not match 6000 -> 10.000, and each dataset whose source or peildatum the
 * text does not give. */
const expected = [
  "src/content/chapters/huis.mdx:32  Open punt: De matrix waar de tekst hierboven naar verwijst, staat niet in de brontekst. Voeg de matrix toe of pas de verwijzing aan.",
  "src/content/chapters/huis.mdx:46  Open punt: Het percentage ontbreekt nog in de brontekst. [xxx%]",
  "src/content/chapters/wijk.mdx:24  Open punt: Het paginanummer van dit overzicht ontbreekt nog in de brontekst. [pagina xx]",
  "src/content/chapters/wijk.mdx:32  Open punt: De bijlage met dit overzicht staat niet in de brontekst. Voeg de bijlage toe of pas de verwijzing aan. [het overzicht in de bijlage]",
  "src/content/chapters/wijk.mdx:36  Open punt: De figuur waar de tekst hierboven naar verwijst, staat niet in de brontekst. Voeg de figuur toe of pas de verwijzing aan.",
  "src/content/chapters/wijk.mdx:42  Open punt: De markeringen in deze tabel zijn bij het overnemen verloren gegaan; per wijk is niet bekend of de ontmoetingsruimte redelijk/goed is of aandacht vraagt.",
  "data/zorgvraag-drenthe-stijging.yaml:38  Cijfers kloppen niet: De genoemde stijging van 41,3% klopt niet met de waarden: van ruim 6.000 (2024) naar ruim 10.000 (2040) is een stijging van 66,7%. Verschil 25,4 procentpunt; toegestaan is 1.",
];

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
  const lines = result.stdout.trim().split("\n");

  it("succeeds for a concept", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("lists the open points of the text, the inconsistent growth figure and nothing else, in this order", () => {
    expect(lines.slice(0, expected.length)).toEqual(expected);
  });

  it("lists each dataset with an unknown source or peildatum once", () => {
    const provenance = lines.slice(expected.length, -2);
    expect(provenance.map((line) => /^data\/([a-z-]+)\.yaml:\d+  Bron of peildatum ontbreekt: /.exec(line)?.[1])).toEqual(
      unknownProvenance,
    );
  });

  it("ends with the count", () => {
    expect(lines.at(-2)).toBe("");
    expect(lines.at(-1)).toBe(`${expected.length + unknownProvenance.length} open punten.`);
  });
});
