import { describe, expect, it } from "vitest";
import { META, files, load, messageOf } from "./datasets-helpers.ts";
import { loadDatasets } from "../../src/lib/datasets/load.ts";

// Each class of bad input, with the exact message an editor reads when the build stops.

describe("bad CSV input", () => {
  it("an empty file", () => {
    expect(messageOf(() => load("\uFEFF\r\n"))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv: het bestand is leeg.
        Verwacht: een eerste rij met de kolomnamen en daaronder minstens één rij met gegevens
        Oplossing: Sla het bestand opnieuw op vanuit de spreadsheet (als CSV), of zet de kolomnamen en gegevens er weer in."
    `);
  });

  it("a file with only a header", () => {
    expect(messageOf(() => load("gebied;aandeel;kwalificatie\n"))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv: het bestand heeft alleen een kopregel en geen gegevens.
        Verwacht: onder de kolomnamen minstens één rij met gegevens
        Oplossing: Vul de gegevens in onder de eerste rij."
    `);
  });

  it("a missing column", () => {
    expect(messageOf(() => load("gebied;kwalificatie\nAssen;\n"))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv, rij 1, kolom "aandeel": deze kolom ontbreekt in de eerste rij.
        Verwacht: de kolommen "gebied", "aandeel" en "kwalificatie"
        Oplossing: Voeg de kolom "aandeel" toe (of haal hem weg uit schema.fields in data/eenzaamheid.yaml)."
    `);
  });

  it("an unknown (misspelt) column, with a did-you-mean", () => {
    expect(messageOf(() => load("gebied;aandel;kwalificatie\nAssen;48;\n"))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (2 problemen). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv, rij 1, kolom "aandel": deze kolom staat niet in data/eenzaamheid.yaml.
        Verwacht: alleen de kolommen "gebied", "aandeel" en "kwalificatie"
        Oplossing: Verbeter de kolomnaam, of beschrijf de kolom onder schema.fields in data/eenzaamheid.yaml. Bedoelde u "aandeel"?

      data/eenzaamheid.csv, rij 1, kolom "aandeel": deze kolom ontbreekt in de eerste rij.
        Verwacht: de kolommen "gebied", "aandeel" en "kwalificatie"
        Oplossing: Voeg de kolom "aandeel" toe (of haal hem weg uit schema.fields in data/eenzaamheid.yaml). Bedoelde u "aandel"?"
    `);
  });

  it("a value that is not of its column's type", () => {
    expect(messageOf(() => load("gebied;aandeel;kwalificatie\nAssen;48%;\nLariks;ruim 56;\n"))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (2 problemen). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv, rij 2, kolom "aandeel": de cel is geen getal.
        Gevonden: "48%"
        Verwacht: een getal, zoals 56, 41,3 of 10.000
        Oplossing: Laat de eenheid weg uit de cel en schrijf alleen het getal; de eenheid (%) staat al in het metadatabestand.

      data/eenzaamheid.csv, rij 3, kolom "aandeel": de cel is geen getal.
        Gevonden: "ruim 56"
        Verwacht: een getal, zoals 56, 41,3 of 10.000
        Oplossing: Zet alleen het getal in de cel. Een woord als "ruim" of "amper" hoort in de kolom "kwalificatie"."
    `);
  });

  it("a number in English notation", () => {
    expect(messageOf(() => load('gebied,aandeel,kwalificatie\nAssen,"1,700.5",\n'))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv, rij 2, kolom "aandeel": het getal is in Engelse notatie geschreven (komma voor duizendtallen, punt voor decimalen).
        Gevonden: "1,700.5"
        Verwacht: een getal, zoals 56, 41,3 of 10.000
        Oplossing: Schrijf het getal op zijn Nederlands: punt voor duizendtallen, komma voor decimalen (1.700,5)."
    `);
  });

  it("an empty required cell", () => {
    expect(messageOf(() => load("gebied;aandeel;kwalificatie\nAssen;48;\nLariks; ;\n"))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv, rij 3, kolom "aandeel": de cel is leeg, maar deze kolom moet altijd gevuld zijn.
        Gevonden: " "
        Verwacht: een getal, zoals 56, 41,3 of 10.000
        Oplossing: Vul de cel in. Is de waarde onbekend, vraag dan na wat er moet staan: de site laat onbekende waarden alleen leeg in kolommen die niet verplicht zijn."
    `);
  });

  it("a duplicate key, naming both rows", () => {
    expect(messageOf(() => load("gebied;aandeel;kwalificatie\nLariks;48;\nAssen;50;\nLariks;56;\n"))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv, rij 4, kolom "gebied": deze waarde staat ook al in rij 2; elke rij moet in de kolom "gebied" een eigen waarde hebben.
        Gevonden: "Lariks"
        Verwacht: een waarde die in deze kolom nog niet voorkomt
        Oplossing: Geef een van de twee rijen een andere "gebied", of voeg ze samen als het om dezelfde gegevens gaat."
    `);
  });

  it("rows with too many and too few cells", () => {
    expect(messageOf(() => load("gebied;aandeel;kwalificatie\nAssen;48;;extra\nLariks;56\n"))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (2 problemen). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv, rij 2: deze rij heeft 4 cellen, maar er zijn 3 kolommen.
        Gevonden: "Assen;48;;extra"
        Verwacht: 3 cellen, gescheiden door puntkomma's
        Oplossing: Haal de overbodige cellen weg. Staat er een puntkomma in een tekst, zet die tekst dan tussen aanhalingstekens.

      data/eenzaamheid.csv, rij 3: deze rij heeft 2 cellen, maar er zijn 3 kolommen.
        Gevonden: "Lariks;56"
        Verwacht: 3 cellen, gescheiden door puntkomma's
        Oplossing: Vul de ontbrekende cellen aan (een lege cel mag, als de kolom niet verplicht is)."
    `);
  });

  it("counts rows as a spreadsheet does, blank rows included", () => {
    expect(messageOf(() => load("gebied;aandeel;kwalificatie\n\nAssen;48;\n\nLariks;x;\n"))).toMatch(
      /^data\/eenzaamheid\.csv, rij 5, kolom "aandeel"/m,
    );
  });

  it("an unclosed quote", () => {
    expect(messageOf(() => load('gebied;aandeel;kwalificatie\n"Assen;48;\n'))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv, rij 2: een aanhalingsteken (") wordt geopend maar niet gesloten.
        Verwacht: cellen met een scheidingsteken erin tussen twee aanhalingstekens, zoals "niet alles, wel bereikbaar"
        Oplossing: Sluit het aanhalingsteken, of verdubbel het ("") als het in de tekst zelf hoort."
    `);
  });

  it("a value outside the column's list", () => {
    const meta = META.replace(
      "      title: Kwalificatie\n",
      "      title: Kwalificatie\n      constraints:\n        enum: [ruim, amper]\n",
    );
    expect(messageOf(() => load("gebied;aandeel;kwalificatie\nAssen;48;Ruim\n", meta))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv, rij 2, kolom "kwalificatie": deze waarde is in deze kolom niet toegestaan.
        Gevonden: "Ruim"
        Verwacht: een van: "ruim", "amper"
        Oplossing: Kies een van de toegestane waarden (let op hoofdletters en spaties), of voeg de waarde toe aan constraints.enum in het metadatabestand."
    `);
  });
});

describe("bad metadata", () => {
  it("a misspelt key, an unknown type and a missing field", () => {
    const meta = META.replace("title: Eenzaamheid\n", "titel: Eenzaamheid\n")
      .replace("type: number", "type: getal")
      .replace('unit: "%"\n', "");
    expect(messageOf(() => load("gebied;aandeel;kwalificatie\nAssen;48;\n", meta))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (4 problemen). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.yaml, veld "title": dit veld ontbreekt.
        Verwacht: tekst: een titel, bijvoorbeeld: title: Eenzaamheid
        Oplossing: Voeg het veld toe; data/README.md en de andere bestanden in data/ geven een voorbeeld.

      data/eenzaamheid.yaml, veld "unit": dit veld ontbreekt.
        Verwacht: Vul de eenheid in (unit: "%", personen, woningen …), of unit: "" voor geen eenheid.
        Oplossing: Voeg het veld toe; data/README.md en de andere bestanden in data/ geven een voorbeeld.

      data/eenzaamheid.yaml:15:7, veld "schema.fields.2.type": dit veld klopt niet.
        Gevonden: "getal"
        Verwacht: Onbekend kolomtype "getal". Kies uit: string, number, integer, year, date, boolean.
        Oplossing: Pas de waarde aan zodat die klopt met wat er verwacht wordt.

      data/eenzaamheid.yaml:1:1, veld "titel": dit veld bestaat niet.
        Verwacht: een van de velden "title", "description", "source", "peildatum", "version", "licence", "unit", "schema", "changes" en "checks"
        Oplossing: Verbeter de naam of haal het veld weg. Bedoelde u "title"?"
    `);
  });

  it("a primary key that is no column, a peildatum in the wrong form, no change for the version", () => {
    const meta = META.replace("primaryKey: gebied", "primaryKey: wijk")
      .replace("peildatum: onbekend", "peildatum: mei 2025")
      .replace("version: 1\nlicence", "version: 2\nlicence");
    expect(messageOf(() => load("gebied;aandeel;kwalificatie\nAssen;48;\n", meta))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (3 problemen). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.yaml:6:1, veld "peildatum": dit veld klopt niet.
        Gevonden: "mei 2025"
        Verwacht: Schrijf de peildatum als JJJJ (2024), JJJJ-MM (2025-05) of JJJJ-MM-DD (2024-01-01), of als: onbekend.
        Oplossing: Pas de waarde aan zodat die klopt met wat er verwacht wordt.

      data/eenzaamheid.yaml:23:3, veld "schema.primaryKey": schema.primaryKey noemt de kolom "wijk", maar die staat niet in schema.fields.
        Verwacht: een van de kolommen "gebied", "aandeel", "kwalificatie"
        Oplossing: Noem bij primaryKey de kolom die elke rij een naam geeft.

      data/eenzaamheid.yaml:24:1, veld "changes": bij version staat 2, maar onder changes staat nog geen regel voor versie 2.
        Verwacht: onder changes een regel met version: 2, de datum en wat er veranderde
        Oplossing: Voeg onderaan bij changes een regel toe met version: 2, date: (de datum, JJJJ-MM-DD) en description: (wat er veranderde); zie stap 1 van "Een dataset bijwerken" in docs/redactiegids.md."
    `);
  });

  it("a licence that open data cannot name", () => {
    const meta = META.replace("licence: onbekend", "licence: CC-BY");
    expect(messageOf(() => load("gebied;aandeel;kwalificatie\nAssen;48;\n", meta))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.yaml:8:1, veld "licence": dit veld klopt niet.
        Gevonden: "CC-BY"
        Verwacht: Kies een licentie voor open data, precies zo geschreven: CC0 1.0, CC BY 4.0 of CC BY-SA 4.0; of onbekend zolang die niet is uitgezocht.
        Oplossing: Pas de waarde aan zodat die klopt met wat er verwacht wordt."
    `);
  });

  it("YAML that does not parse", () => {
    expect(messageOf(() => load("gebied;aandeel\nAssen;48\n", "title: Eenzaamheid\n  source: [\n"))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.yaml:1:8: het bestand is geen geldige YAML.
        Verwacht: regels als  title: Eenzaamheid  met een dubbele punt en een spatie na elke naam
        Oplossing: Controleer inspringing (spaties, geen tabs) en dubbele punten; zet tekst met een dubbele punt erin tussen aanhalingstekens."
    `);
  });

  it("accepts a year as peildatum and keeps it as text", () => {
    const meta = META.replace("peildatum: onbekend", "peildatum: 2022");
    expect(load("gebied;aandeel;kwalificatie\nAssen;48;\n", meta)[0]!.meta.peildatum).toBe("2022");
  });
});

describe("bad pairs of files", () => {
  it("a CSV without metadata, metadata without CSV, and a stray file", () => {
    expect(
      messageOf(() =>
        loadDatasets(
          files({
            "eenzaamheid.csv": "gebied;aandeel;kwalificatie\nAssen;48;\n",
            "mantelzorgers.yaml": META,
            "cijfers.xlsx": "",
            "README.md": "",
          }),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (3 problemen). De site wordt pas gebouwd als dit is opgelost.

      data/cijfers.xlsx: dit bestand hoort niet in de map met gegevens.
        Verwacht: alleen paren <naam>.csv en <naam>.yaml (en README.md en de map archief)
        Oplossing: Sla het bestand als CSV op (in Excel: Opslaan als > CSV (puntkomma-gescheiden)), of zet het ergens anders neer.

      data/eenzaamheid.csv: het metadatabestand data/eenzaamheid.yaml ontbreekt.
        Verwacht: bij elke dataset een .csv-bestand en een .yaml-bestand met dezelfde naam
        Oplossing: Maak data/eenzaamheid.yaml aan (kopieer een bestaand metadatabestand en pas het aan), of haal de CSV weg.

      data/mantelzorgers.yaml: het CSV-bestand data/mantelzorgers.csv ontbreekt.
        Verwacht: bij elke dataset een .csv-bestand en een .yaml-bestand met dezelfde naam
        Oplossing: Zet de gegevens in data/mantelzorgers.csv, of haal het metadatabestand weg."
    `);
  });

  it("lists problems of several datasets in one message", () => {
    const message = messageOf(() =>
      loadDatasets(
        files({
          "a.csv": "gebied;aandeel;kwalificatie\nAssen;x;\n",
          "a.yaml": META,
          "b.csv": "",
          "b.yaml": META,
        }),
      ),
    );
    expect(message).toContain("(2 problemen)");
    expect(message).toContain("data/a.csv, rij 2");
    expect(message).toContain("data/b.csv: het bestand is leeg.");
  });
});

describe("one notation per column, so other programs read the download as the site does", () => {
  it("a decimal point beside a thousands point in one column", () => {
    expect(messageOf(() => load("gebied;aandeel;kwalificatie\nAssen;1.700;\nLariks;1.7;\n"))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv, rij 3, kolom "aandeel": in deze kolom staan getallen met een decimaalpunt (1.7) naast getallen met een decimaalkomma of een punt voor duizendtallen (41,3 of 1.700).
        Gevonden: "1.7"
        Verwacht: één schrijfwijze per kolom, zodat ook andere programma's de download goed lezen
        Oplossing: Schrijf decimalen in deze kolom overal met een komma, bijvoorbeeld 1,7 in plaats van 1.7."
    `);
  });

  it("ISO dates beside Dutch dates in one column", () => {
    const meta = META.replace("type: string\n      title: Kwalificatie", "type: date\n      title: Datum");
    expect(messageOf(() => load("gebied;aandeel;kwalificatie\nAssen;48;2024-01-01\nLariks;56;1-2-2024\n", meta))).toMatchInlineSnapshot(`
      "De gegevens in data/ kloppen niet (1 probleem). De site wordt pas gebouwd als dit is opgelost.

      data/eenzaamheid.csv, rij 3, kolom "kwalificatie": in deze kolom staan datums als 2024-01-01 naast datums als 1-1-2024.
        Gevonden: "1-2-2024"
        Verwacht: één schrijfwijze per kolom, zodat ook andere programma's de download goed lezen
        Oplossing: Schrijf alle datums in deze kolom op dezelfde manier, bij voorkeur als JJJJ-MM-DD (2024-01-01)."
    `);
  });
});
