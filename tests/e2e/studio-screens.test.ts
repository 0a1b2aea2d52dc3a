/**
 * The studio's screens as a screen reader gets them, in headless Chromium on a copy of the project:
 * the list of chapters, a chapter, a component's popover and form, the menu of building blocks, a
 * dataset's form and the delete dialogs have no control without a name and no English word, read
 * from Chromium's accessibility tree. Saving the dataset form changes only the line the editor
 * changed, and deleting a change-log entry asks first, naming the entry. Then as an editor uses it:
 * the list of chapters in Dutch by title, the "Bewerk deze pagina" link from a chapter page to the
 * editor, and a paragraph typed into and saved (only that line of the MDX file changes). One studio
 * for all of it: each start costs a worker about ten seconds.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { diffLines } from "diff";
import { caretAtEndOf, studioSession, studioSlow as slow } from "../support/studio-server.ts";
import { savedContent } from "../support/saved-file.ts";
import { dutch } from "../../src/studio/dutch.ts";

const session = studioSession();
let page: Page;

beforeAll(async () => {
  page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 180_000);

/** Roles of what a person operates or is told about; each needs a name. */
const named = new Set(["button", "link", "textbox", "searchbox", "combobox", "checkbox", "radio", "switch", "menuitem", "menuitemcheckbox", "menuitemradio", "option", "tab", "slider", "spinbutton", "listbox", "menu", "dialog", "alertdialog", "toolbar"]);

const words = (text: string) => text.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
const tables = Object.values(dutch);
// "Open punt", "Status": Dutch words that Keystatic's English also has.
const dutchWords = new Set([...tables.flatMap((table) => [...Object.values(table.strings), ...Object.values(table.in).flatMap(Object.values)]).flatMap(words), "open", "status"]);
/** English: the words of the table's English source strings that are not Dutch as well, and a few
 * words of any English interface. */
const englishWords = new Set(
  [...tables.flatMap((table) => [...Object.keys(table.strings), ...Object.values(table.in).flatMap(Object.keys)]).flatMap(words), ...["the", "and", "please", "select", "required", "error", "failed", "search", "save", "new", "close", "more", "branch", "entries", "collection"]].filter(
    (word) => word.length > 1 && !dutchWords.has(word),
  ),
);

interface Screen {
  unnamed: string[];
  english: string[];
}

/** The page as Chromium's accessibility tree has it, without the chapter text being edited. */
async function screen(): Promise<Screen> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const inText = (node: (typeof nodes)[number]) => {
    for (let parent = byId.get(node.parentId ?? ""); parent; parent = byId.get(parent.parentId ?? "")) {
      if (parent.role?.value === "textbox" && parent.properties?.some((p) => p.name === "editable" && p.value.value === "richtext")) return true;
    }
    return false;
  };
  const unnamed: string[] = [];
  const english = new Set<string>();
  for (const node of nodes) {
    if (node.ignored || inText(node)) continue;
    const role = String(node.role?.value ?? "");
    const name = String(node.name?.value ?? "").trim();
    if (named.has(role) && name === "") unnamed.push(`${role} (${node.backendDOMNodeId})`);
    const texts = [name, String(node.description?.value ?? "")];
    // File names and paths (src/content/chapters/…) are not language.
    for (const text of texts) for (const word of words(text.replace(/\S*\/\S*/g, " "))) if (englishWords.has(word)) english.add(`${word} (in "${text}")`);
  }
  return { unnamed, english: [...english] };
}

async function expectDutchAndNamed(where: string) {
  const { unnamed, english } = await screen();
  expect({ where, unnamed, english }).toEqual({ where, unnamed: [], english: [] });
}

describe("the studio for a screen reader", () => {
  test("the list of chapters", async () => {
    await page.goto(`${session.studio.url}/keystatic/collection/chapters`);
    await page.getByRole("row", { name: /De overheid en organisaties/ }).waitFor(slow);
    await expectDutchAndNamed("list");
  }, 120_000);

  test("a chapter, with its title in the breadcrumb", async () => {
    await page.goto(`${session.studio.url}/keystatic/collection/chapters/item/inwoner`);
    await page.locator(".ProseMirror").waitFor(slow);
    await expect.poll(() => page.getByRole("navigation", { name: "Broodkruimels" }).innerText()).toContain("De inwoner");
    await expectDutchAndNamed("chapter");
  }, 120_000);

  test("a number's popover and its form", async () => {
    await page.locator(".ProseMirror p .wzv-studio-summary").first().click();
    const popover = page.getByRole("dialog", { name: "Bewerken of verwijderen" });
    await popover.waitFor();
    expect(await popover.getByRole("button").allInnerTexts()).toHaveLength(2);
    await expectDutchAndNamed("popover");
    await popover.getByRole("button", { name: "Bewerken" }).click();
    await page.getByRole("dialog", { name: "Getal uit de cijfers bewerken" }).waitFor();
    await expectDutchAndNamed("component form");
    await page.keyboard.press("Escape");
  }, 120_000);

  test("the menu of building blocks and the '/' menu, each block once, tussenkoppen described as they are", async () => {
    await page.getByRole("button", { name: "Invoegen" }).click();
    await page.getByRole("menu", { name: "Invoegen" }).waitFor();
    await expectDutchAndNamed("insert menu");
    await page.keyboard.press("Escape");
    await page.locator(".ProseMirror p").first().click();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("/");
    const options = page.getByRole("listbox", { name: "Bouwstenen" }).getByRole("option");
    await options.first().waitFor();
    const labels = await options.allInnerTexts();
    const names = labels.map((label) => label.split("\n")[0]!);
    expect(names.filter((name) => name === "Citaat")).toHaveLength(1);
    expect(labels.find((label) => label.startsWith("Tussenkop 2"))).toContain("Voor de paragrafen van een hoofdstuk");
    await expectDutchAndNamed("slash menu");
    await page.keyboard.press("Escape");
  }, 120_000);

  test("deleting a chapter asks first and names it", async () => {
    await page.getByRole("button", { name: "Bestand verwijderen…" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Bestand verwijderen" });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("‘De inwoner’ (src/content/chapters/inwoner.mdx) verwijderen? Dit kunt u niet ongedaan maken.");
    await expectDutchAndNamed("delete dialog");
    await dialog.getByRole("button", { name: "Annuleren" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(readFileSync(session.project.file("src/content/chapters/inwoner.mdx"), "utf8")).toContain("title: De inwoner");
  }, 120_000);

  test("an address of a chapter that does not exist says so", async () => {
    await page.goto(`${session.studio.url}/keystatic/collection/chapters/item/bestaat-niet`);
    await page.getByText("Dit bestand bestaat niet (meer).").waitFor(slow);
    await expectDutchAndNamed("unknown chapter");
  }, 120_000);
});

describe("the dataset form", () => {
  const file = () => session.project.file("data/eenzaamheid.yaml");

  test("is Dutch and named; deleting a change-log entry asks first, naming it, and Annuleren keeps it", async () => {
    await page.goto(`${session.studio.url}/keystatic/collection/datasets/item/eenzaamheid`);
    await page.getByRole("textbox", { name: "Beschrijving" }).waitFor(slow);
    await expectDutchAndNamed("dataset form");
    const entry = "Versie 1: Eerste versie, overgenomen uit de conceptversie van de Woonzorgvisie.";
    await page.getByRole("button", { name: `‘${entry}’ verwijderen` }).click();
    const dialog = page.getByRole("alertdialog", { name: "Onderdeel verwijderen" });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(`‘${entry}’ verwijderen? Het bestand verandert pas als u daarna op Opslaan drukt.`);
    await expectDutchAndNamed("delete entry dialog");
    await dialog.getByRole("button", { name: "Annuleren" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("row", { name: new RegExp(entry.slice(0, 20)) }).waitFor();
  }, 120_000);

  test("saving one more sentence in the description changes that line of the file and nothing else", async () => {
    const before = readFileSync(file(), "utf8");
    const description = page.getByRole("textbox", { name: "Beschrijving" });
    await description.click();
    await description.press("Control+End");
    await page.keyboard.type(" Een zin erbij.");
    await page.getByRole("button", { name: "Opslaan" }).click();
    const after = await savedContent(file(), "Een zin erbij.");
    const changed = diffLines(before, after).filter((part) => part.added || part.removed);
    expect(changed.map((part) => `${part.added ? "+" : "-"}${part.value}`)).toEqual([
      "-  Aandeel inwoners dat zich wel eens eenzaam voelt, in heel Assen en in de wijk waar het het hoogst is.\n",
      "+  Aandeel inwoners dat zich wel eens eenzaam voelt, in heel Assen en in de wijk waar het het hoogst is. Een zin erbij.\n",
    ]);
    // The studio reads the saved file back (Keystatic wrote other bytes than its form sent) and then
    // no longer calls it unsaved.
    await expect.poll(() => page.getByText("Niet opgeslagen").count(), { timeout: 20_000 }).toBe(0);
  }, 120_000);
});

// Last: the typing test saves a chapter of the copy.
describe("the studio as an editor uses it", () => {
  test("lists the chapters by title, in reading order, in Dutch", async () => {
    await page.goto(`${session.studio.url}/keystatic/collection/chapters`);
    const titles = ["De inwoner", "Het huis", "De wijk", "De stad en regio", "De overheid en organisaties"];
    await page.getByRole("row", { name: /De overheid en organisaties/ }).waitFor(slow);
    const rows = await page.getByRole("row").allInnerTexts();
    expect(rows.map((row) => titles.find((title) => row.includes(title))).filter(Boolean)).toEqual(titles);
    const screen = await page.locator("body").innerText();
    expect(screen).toContain("Hoofdstukken");
    expect(screen).toContain("Volgnummer");
    for (const english of ["Name", "Slug", "entries", "Add", "Search", "Dashboard"]) expect(screen).not.toMatch(new RegExp(`\\b${english}\\b`));
  }, 120_000);

  test("a chapter page in the studio has 'Bewerk deze pagina', which opens the chapter in the editor", async () => {
    await page.goto(`${session.studio.url}/huis/`);
    const link = page.getByRole("link", { name: "Bewerk deze pagina" });
    await link.click(slow);
    await expect.poll(() => page.locator("input").first().inputValue().catch(() => ""), { timeout: 60_000 }).toBe("Het huis");
    expect(new URL(page.url()).pathname).toBe("/keystatic/collection/chapters/item/huis");
  }, 120_000);

  test("typing in a paragraph and pressing Opslaan changes that paragraph's line and nothing else", async () => {
    const file = session.project.file("src/content/chapters/inwoner.mdx");
    const before = readFileSync(file, "utf8");
    // A browser of its own: Keystatic keeps the unsaved changes of the screens above (the "/" menu's
    // new line) in the browser's storage and would save them along.
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.studio.url}/keystatic/collection/chapters/item/inwoner`);
    await caretAtEndOf(page.locator(".ProseMirror p", { hasText: "Het probleem van overbelasting onder mantelzorgers neemt toe." }));
    await page.keyboard.type(" Dit is een proef.");
    await page.getByRole("button", { name: "Opslaan" }).click();
    const after = await savedContent(file, "Dit is een proef.");
    const a = before.split("\n");
    const b = after.split("\n");
    expect(b.length).toBe(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]]]));
    expect(changed).toHaveLength(1);
    expect(changed[0]![0]).toContain("Het probleem van overbelasting onder mantelzorgers neemt toe.");
    expect(changed[0]![1]).toBe(`${changed[0]![0]} Dit is een proef.`);
    await context.close();
  }, 120_000);
});
