// The studio's Dutch (src/studio/dutch.ts) against the editor's code as installed: every English
// source string of the table is still in the packages' browser modules (after an upgrade of
// Keystatic this names the strings that moved), and the Dutch lands where the English was.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { dutch } from "../../src/studio/dutch.ts";
import { translate } from "../../src/studio/translate.ts";
import { editorPackageOf, missingStrings } from "../../src/studio/vite-dutch.ts";
import { projectRoot } from "../support/paths.ts";

/** Every browser module of the editor's packages, as the studio's plugin sees them. */
function editorModules(): { id: string; code: string }[] {
  const dirs = ["@keystatic/core/dist", "@keystar/ui/dist", "react-aria/dist/private/intl"].map((dir) => path.join(projectRoot, "node_modules", dir));
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir, { recursive: true, encoding: "utf8" })
      .map((file) => path.join(dir, file))
      .filter((id) => editorPackageOf(id) !== undefined)
      .map((id) => ({ id, code: fs.readFileSync(id, "utf8") })),
  );
}

describe("the studio's Dutch", () => {
  const modules = editorModules();
  const found = new Map<keyof typeof dutch, Map<string, number>>();
  const translated = new Map<string, string>();
  for (const { id, code } of modules) {
    const name = editorPackageOf(id)!;
    const result = translate(code, dutch[name]);
    translated.set(id, result.code);
    const seen = found.get(name) ?? new Map<string, number>();
    for (const [key, times] of result.found) seen.set(key, (seen.get(key) ?? 0) + times);
    found.set(name, seen);
  }
  const moduleNamed = (file: string) => [...translated].find(([id]) => id.endsWith(file))![1];

  test("every English source string of the table is in the editor's code", () => {
    expect(missingStrings(found)).toEqual([]);
  });

  test("the strings an editor met in English are Dutch", () => {
    const ui = moduleNamed("@keystatic/core/dist/keystatic-core-ui.js");
    const editor = moduleNamed("@keystatic/core/dist/index-3c244051.js");
    expect(ui).toContain('cancelLabel: "Annuleren"');
    expect(ui).toContain('primaryActionLabel: "Ja, verwijderen"');
    expect(ui).toContain("toastQueue.critical(\"Er staat geen bestand op het klembord.\"");
    expect(editor).toContain("placeholderPlugin(\"Typ hier de tekst. Een bouwsteen voegt u in met + of door / te typen.\")");
    // Word order: "Edit Figuur" is "Figuur bewerken", "Add link" is "Link toevoegen".
    expect(editor).toContain('children: [props.component.label, " bewerken"]');
    expect(editor).toMatch(/children: \["Link ", t4\]/);
    expect(editor).toContain('const t4 = props.href ? "bewerken" : "toevoegen"');
    // The link button is no longer named "Divider" (Scheidingslijn).
    expect(editor.slice(editor.indexOf("function LinkButton(props)"), editor.indexOf("const Toolbar ="))).toContain('"aria-label": "Link"');
    // A word that is also a value in the code keeps it there: the list's status "Changed".
    expect(ui).toContain("'Unchanged' : 'Changed' : 'Added'");
  });

  test("a changed source string is reported by name", () => {
    const withoutPlaceholder = new Map(found);
    const core = new Map(found.get("@keystatic/core"));
    core.delete('Start writing or press "/" for commands…');
    withoutPlaceholder.set("@keystatic/core", core);
    expect(missingStrings(withoutPlaceholder)).toEqual(['@keystatic/core: "Start writing or press "/" for commands…"']);
  });

  test("Dutch that leaves out a value of the English is refused", () => {
    const table = { strings: { "{} is required": "Dit veld is verplicht" }, in: {} };
    expect(() => translate("const m = `${label} is required`;", table)).toThrow('"{} is required" → "Dit veld is verplicht": the Dutch needs 1 × {}');
  });
});
