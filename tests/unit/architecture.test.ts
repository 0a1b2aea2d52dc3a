// The map of the house in the README ("Layout") says what each folder of src/lib may import;
// this test holds the code to it, so the folders keep showing the architecture.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/paths.ts";

const lib = path.join(projectRoot, "src/lib");

/** Small helpers every concern may use: editor errors, nl-NL formats, "Bedoelde u …?", YAML positions. */
const shared = ["lib/errors.ts", "lib/format.ts", "lib/names.ts", "lib/yaml-position.ts"];

/** What each concern may import from the rest of src/ (besides itself, the shared helpers and npm packages). */
const allowed: Record<string, readonly string[]> = {
  "errors.ts": [],
  "format.ts": [],
  "names.ts": [],
  "yaml-position.ts": [],
  charts: [],
  datasets: ["schemas"],
  content: ["schemas", "i18n", "content/document.json", "lib/search/contract.ts", "lib/editions/layout.ts"],
  figures: ["lib/content", "lib/datasets", "lib/charts", "schemas", "i18n"],
  "open-data": ["lib/datasets", "lib/content", "lib/figures", "schemas"],
  // Of charts/ only the list of chart types: the check runs when Astro reads its config, without Plot.
  checks: ["lib/content", "lib/datasets", "lib/charts/chart-types.ts", "lib/figures", "schemas", "i18n"],
  editions: ["lib/content", "lib/datasets", "lib/figures", "lib/charts", "schemas", "i18n"],
  pdf: ["lib/content/addresses.ts", "lib/content/document-info.ts", "lib/content/model/numbering.ts"],
  search: ["i18n"],
  stop: ["lib/content", "lib/datasets", "lib/figures/figure-text.ts", "lib/figures/table-model.ts", "lib/editions", "schemas", "i18n"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Imports of a file that point into src/, as paths relative to src/ ("lib/format.ts"). */
function localImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles
    .map((entry) => entry.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => {
      const resolved = path.resolve(path.dirname(file), name);
      const target = path.relative(path.join(projectRoot, "src"), resolved);
      if (/\.(ts|json|astro)$/.test(target)) return target;
      return existsSync(resolved) ? `${target}/index.ts` : `${target}.ts`;
    });
}

/** Whether a module needs Astro or Vite to run: an `astro` or `astro:…` import, or
 * `import.meta.glob` / `import.meta.env`, which only Vite provides. */
function usesAstroOrVite(file: string): boolean {
  const text = readFileSync(file, "utf8");
  if (ts.preProcessFile(text, true, true).importedFiles.some((entry) => entry.fileName === "astro" || entry.fileName.startsWith("astro:"))) return true;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isMetaProperty(node.expression) &&
      node.expression.keywordToken === ts.SyntaxKind.ImportKeyword &&
      (node.name.text === "glob" || node.name.text === "env")
    ) {
      found = true;
    }
    if (!found) ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false));
  return found;
}

const concernOf = (file: string) => path.relative(lib, file).split(path.sep)[0]!;

describe("src/lib", () => {
  it("has a folder or file for every concern, and no loose modules", () => {
    const top = readdirSync(lib).sort();
    expect(top).toEqual(Object.keys(allowed).sort());
  });

  it.each(Object.keys(allowed))("%s imports only what the map allows", (concern) => {
    const files = sourceFiles(lib).filter((file) => concernOf(file) === concern);
    const own = `lib/${concern}`;
    const breaches = files.flatMap((file) =>
      localImports(file)
        .filter((target) => !target.startsWith(own) && ![...shared, ...allowed[concern]!].some((ok) => target === ok || target.startsWith(`${ok}/`) || target.startsWith(`${ok}?`)))
        .map((target) => `${path.relative(projectRoot, file)} imports ${target}`),
    );
    expect(breaches).toEqual([]);
  });

  it("stays free of Astro, except in the adapters named astro.ts", () => {
    const astroUsers = sourceFiles(lib).filter(usesAstroOrVite).map((file) => path.relative(lib, file));
    expect(astroUsers.filter((file) => path.basename(file) !== "astro.ts")).toEqual([]);
    // The adapters are where the pages meet the chapters, the datasets and the editions.
    expect(astroUsers).toEqual(expect.arrayContaining(["content/astro.ts", "datasets/astro.ts"]));
  });
});
