/** The MDX parser's (English) syntax errors, said in Dutch to an editor: where, what was found,
 * what was expected and how to fix it. The parser's packages name each error with a rule id
 * (micromark-extension-mdx-jsx, mdast-util-mdx-jsx, micromark-extension-mdx-expression,
 * micromark-extension-mdxjs-esm); the parts of the reason used here are the tag names and the
 * places the parser writes into it. */
import type { EditorProblem } from "../../errors.ts";

/** What the parser throws (a VFileMessage). */
export interface ParserMessage {
  reason?: string | undefined;
  ruleId?: string | undefined;
  source?: string | undefined;
  line?: number | null | undefined;
  column?: number | null | undefined;
}

export interface Place {
  line: number;
  column: number;
}

/** The Markdown constructs a tag can be caught in, as an editor knows them. */
const constructNames: Record<string, string> = {
  paragraph: "de alinea",
  emphasis: "de schuine tekst (*…*)",
  strong: "de vette tekst (**…**)",
  delete: "de doorgehaalde tekst (~~…~~)",
  link: "de link ([…](…))",
  linkReference: "de link",
  heading: "de kop",
  blockquote: "het citaat (> …)",
  blockQuote: "het citaat (> …)",
  listItem: "het punt van de opsomming",
  list: "de opsomming",
  tableCell: "de tabelcel",
  tableRow: "de tabelrij",
  table: "de tabel",
  footnoteDefinition: "de voetnoot",
};

function constructName(type: string): string {
  return constructNames[type] ?? "het stuk tekst eromheen";
}

/** The line of the source at `place`, trimmed and at most about 80 characters around the column. */
function lineAt(source: string, place: Place): string {
  const line = source.split(/\r?\n/)[place.line - 1] ?? "";
  const trimmed = line.trim();
  if (trimmed.length <= 90) return trimmed;
  const indent = line.length - line.trimStart().length;
  const at = Math.max(0, place.column - 1 - indent);
  const start = Math.max(0, at - 40);
  const end = Math.min(trimmed.length, at + 40);
  return `${start > 0 ? "…" : ""}${trimmed.slice(start, end)}${end < trimmed.length ? "…" : ""}`;
}

/** "(24:1-24:7)" in a reason: the place of the tag it is about. */
function placesInReason(reason: string): { start: Place; end: Place | undefined }[] {
  const places: { start: Place; end: Place | undefined }[] = [];
  let at = reason.indexOf("(");
  while (at !== -1) {
    const close = reason.indexOf(")", at);
    if (close === -1) break;
    const [from, to] = reason.slice(at + 1, close).split("-");
    const start = parsePlace(from);
    if (start) places.push({ start, end: parsePlace(to) });
    at = reason.indexOf("(", close);
  }
  return places;
}

function parsePlace(text: string | undefined): Place | undefined {
  const [line, column] = (text ?? "").split(":").map(Number);
  return Number.isInteger(line) && Number.isInteger(column) ? { line: line!, column: column! } : undefined;
}

/** The names between backticks in a reason: "`<Note>`" → "<Note>". */
function quoted(reason: string): string[] {
  const parts = reason.split("`");
  return parts.filter((_, index) => index % 2 === 1);
}

/** The source between two places on one line (an opening tag as written), or undefined. */
function sourceBetween(source: string, start: Place, end: Place | undefined): string | undefined {
  if (!end || end.line !== start.line) return undefined;
  const line = source.split(/\r?\n/)[start.line - 1] ?? "";
  return line.slice(start.column - 1, end.column - 1);
}

const braceHelp = {
  expected: 'een { alleen om een waarde in een attribuut, zoals rows={["Assen", "Lariks"]}, met een } erachter',
  fix: "Bedoelt u het teken { zelf, schrijf dan \\{. Hoort er een } bij, zet die er dan achter.",
};

/** The Dutch problem for a syntax error at `place` (where the parser stopped). */
export function syntaxProblem(message: ParserMessage, source: string, place: Place | undefined): { problem: EditorProblem; place: Place | undefined } {
  const reason = message.reason ?? "";
  const rule = `${message.source ?? ""}:${message.ruleId ?? ""}`;
  const names = quoted(reason);
  const found = (at: Place | undefined) => (at ? lineAt(source, at) : undefined);

  if (rule === "mdast-util-mdx-jsx:end-tag-mismatch" && reason.startsWith("Expected a closing tag for")) {
    const tag = names[0] ?? "de tag";
    const name = tag.replace(/^</, "").replace(/>$/, "");
    const opened = placesInReason(reason)[0];
    const inside = reason.includes(" before the end of ") ? names[1] : undefined;
    const at = opened?.start ?? place;
    const written = opened ? sourceBetween(source, opened.start, opened.end) : undefined;
    if (inside === undefined) {
      return {
        place: at,
        problem: {
          problem: `de tag ${tag} wordt geopend maar niet gesloten.`,
          found: written ?? found(at),
          expected: `</${name}> na de tekst die in ${tag} hoort`,
          fix: `Zet </${name}> op een eigen regel na de laatste alinea die erbij hoort, met een lege regel ervoor. Hoort er niets tussen, sluit de tag dan meteen: <${name} … />.`,
        },
      };
    }
    return {
      place: at,
      problem: {
        problem: `de tag ${tag} wordt niet gesloten binnen ${constructName(inside)} waarin hij begint.`,
        found: written ?? found(at),
        expected: `</${name}> in ${constructName(inside)}, na de woorden die erbij horen`,
        fix: `Zet </${name}> achter de woorden die erbij horen, nog binnen ${constructName(inside)}. Begint de tag binnen *schuin*, **vet** of een link, sluit hem dan ook daarbinnen.`,
      },
    };
  }
  if (rule === "mdast-util-mdx-jsx:end-tag-mismatch" && reason.startsWith("Unexpected closing tag")) {
    const [closing = "de sluittag", open = "de tag"] = names;
    const opened = placesInReason(reason)[0];
    const openName = open.replace(/^</, "").replace(/>$/, "");
    return {
      place,
      problem: {
        problem: `de sluittag ${closing} past niet bij ${open}${opened ? ` op regel ${opened.start.line}` : ""}, die nog open is.`,
        found: found(place),
        expected: `eerst </${openName}>, daarna pas ${closing}`,
        fix: `Sluit ${open} eerst met </${openName}>, of verbeter de naam in ${closing}.`,
      },
    };
  }
  if (rule === "mdast-util-mdx-jsx:end-tag-mismatch") {
    // "Expected the closing tag `</X>` either after the end of `emphasis` … or another opening tag after the start of …"
    const closing = names[0] ?? "de sluittag";
    const inside = names[1];
    return {
      place,
      problem: {
        problem: `de sluittag ${closing} staat binnen ${constructName(inside ?? "")}, maar de tag begon daarbuiten.`,
        found: found(place),
        expected: "de opmaak helemaal binnen of helemaal buiten de tag",
        fix: "Verplaats de * of ** (of de link) zodat die helemaal binnen of helemaal buiten de tag valt.",
      },
    };
  }
  if (rule === "mdast-util-mdx-jsx:unexpected-closing-slash") {
    return {
      place,
      problem: {
        problem: "hier staat een sluittag zonder tag die ermee geopend werd.",
        found: found(place),
        expected: "bij elke sluittag </…> eerder een open tag met dezelfde naam",
        fix: "Haal de sluittag weg, of zet de open tag (bijvoorbeeld <Note>) op de plek waar het stuk begint.",
      },
    };
  }
  if (rule === "mdast-util-mdx-jsx:unexpected-attribute" || rule === "mdast-util-mdx-jsx:unexpected-self-closing-slash") {
    return {
      place,
      problem: {
        problem: "een sluittag mag alleen de naam bevatten.",
        found: found(place),
        expected: "een sluittag als </Note>, zonder attributen en zonder / aan het eind",
        fix: "Zet de attributen in de open tag en laat de sluittag alleen de naam houden.",
      },
    };
  }
  if (message.source === "micromark-extension-mdx-jsx") return { place, problem: tagProblem(reason, found(place)) };
  if (rule === "micromark-extension-mdx-expression:unexpected-eof") {
    return { place, problem: { problem: "hier begint een { die niet gesloten wordt.", found: found(place), ...braceHelp } };
  }
  if (message.source === "micromark-extension-mdx-expression") {
    return { place, problem: { problem: "tussen { en } staat iets wat geen geldige waarde is.", found: found(place), ...braceHelp } };
  }
  if (message.source === "micromark-extension-mdxjs-esm") {
    return {
      place: place && { line: place.line, column: 1 },
      problem: {
        problem: 'een regel die begint met "import" of "export" leest MDX als programmacode, niet als tekst.',
        found: found(place),
        expected: "een alinea die met een ander woord begint",
        fix: 'Begin de zin met een hoofdletter ("Export …") of met een ander woord.',
      },
    };
  }
  return {
    place,
    problem: {
      problem: "de tekst kan hier niet worden gelezen.",
      found: found(place),
      expected: "tags als <Note> … </Note> of <Value … />, en accolades { } alleen om de waarde van een attribuut",
      fix: "Controleer de tags (< … >) en accolades ({ … }) op deze regel en de regels ervoor.",
    },
  };
}

/** A tag the parser could not read, by where in the tag it stopped ("before attribute value" …). */
function tagProblem(reason: string, found: string | undefined): EditorProblem {
  const character = quoted(reason)[0];
  const endOfFile = reason.startsWith("Unexpected end of file");
  const within = (words: string) => reason.includes(` ${words},`) || reason.includes(` ${words} `);
  if (within("before attribute value")) {
    return {
      problem: "de waarde van een attribuut staat niet tussen aanhalingstekens.",
      found,
      expected: 'naam="waarde", zoals row="Lariks", of een lijst tussen { }, zoals rows={["Assen", "Lariks"]}',
      fix: "Zet dubbele aanhalingstekens om de waarde.",
    };
  }
  if (within("in attribute value")) {
    return {
      problem: "een aanhalingsteken in de tag wordt geopend maar niet gesloten.",
      found,
      expected: 'elke waarde tussen twee aanhalingstekens: naam="waarde"',
      fix: "Zet het sluitende aanhalingsteken achter de waarde.",
    };
  }
  if (within("after self-closing slash")) {
    return {
      problem: "na de / in de tag hoort meteen een >.",
      found,
      expected: "/> aan het eind van een tag zonder inhoud, zoals <Value of=\"eenzaamheid\" row=\"Lariks\" />",
      fix: "Zet > direct achter de /.",
    };
  }
  if (within("before name") && character === "!") {
    return {
      problem: "een opmerking als <!-- … --> kan niet in een hoofdstuk.",
      found,
      expected: "een opmerking als {/* … */}",
      fix: "Schrijf de opmerking als {/* … */}, of haal hem weg.",
    };
  }
  if (reason.includes("to create a link in MDX")) {
    return {
      problem: "een link tussen < > kan niet in een hoofdstuk.",
      found,
      expected: "een link als [tekst](https://…)",
      fix: "Schrijf de link als [tekst](https://…).",
    };
  }
  if (within("before name")) {
    return {
      problem: "na < hoort de naam van een bouwsteen, zoals <Note> of <Value … />.",
      found,
      expected: "een bouwsteen zoals <Note>, of \\< voor het teken < zelf",
      fix: "Bedoelt u het teken < (kleiner dan), schrijf dan \\< of zet er een spatie achter.",
    };
  }
  if (endOfFile) {
    return {
      problem: "een tag wordt niet afgesloten met > of />.",
      found,
      expected: "> aan het eind van een open tag, of /> aan het eind van een tag zonder inhoud",
      fix: "Sluit de tag af met > of />.",
    };
  }
  const quote = character === '"' || character === "'";
  return {
    problem: quote
      ? "in de tag staat een aanhalingsteken op een plek waar het niet hoort; waarschijnlijk is een aanhalingsteken ervoor niet gesloten."
      : `in de tag staat ${character === undefined ? "een teken" : `het teken ${character}`} op een plek waar het niet hoort.`,
    found,
    expected: 'een tag als <Naam attribuut="waarde"> of <Naam attribuut="waarde" />',
    fix: quote
      ? "Controleer of elke waarde in de tag tussen twee aanhalingstekens staat."
      : 'Schrijf de tag als <Naam attribuut="waarde">, met een spatie tussen de attributen.',
  };
}
