/** The wijzigingsbesluit's <RegelingMutatie>: what turns the edition before (`was`) into this one
 * (`wordt`), computed from the two texts, the pairing of their parts (../ids.ts) and the renvooi
 * (../renvooi-adapter.ts), the same renvooi that /wijzigingen/ shows:
 * - a paragraph, list or box whose words changed: <Vervang> of its <Divisietekst>, the changed
 *   words in <NieuweTekst>/<VerwijderdeTekst>, a list item added or removed with its wijzigactie;
 * - a table whose cells changed: the changed cells marked in their entries, rows that came or went by
 *   their wijzigactie; a figure whose chart changed: the old one out, the new one in;
 * - a heading or chapter title: <VervangKop>;
 * - a whole block or section added or removed: <VoegToe> after the part it follows, <Verwijder>
 *   with the part as it was; a block the renvooi shows moved is both (../renvooi-adapter.ts);
 * - a block that differs only by a renumbered footnote or figure, which the renvooi calls no
 *   change: <Vervang revisie="1">, without marks. */
import type { RenvooiChanges, Segment } from "../renvooi-adapter.ts";
import { copyElement, descendants, el, isElement, serializeElement, type XmlElement, type XmlNode } from "../xml.ts";
import { noteUnit } from "../text/inline.ts";
import { overlay, reading, replacedWhole } from "./overlay.ts";
import { markTable } from "./table.ts";

const structural = new Set(["Divisie", "Divisietekst"]);

function structuralChildren(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => isElement(child) && structural.has(child.name));
}

function wId(element: XmlElement): string {
  return element.attributes.wId!;
}

function kopOf(divisie: XmlElement): XmlElement {
  return divisie.children.find((child): child is XmlElement => isElement(child) && child.name === "Kop")!;
}

function hasMarks(element: XmlElement): boolean {
  return [...descendants(element)].some((node) => node.name === "NieuweTekst" || node.name === "VerwijderdeTekst" || node.attributes.wijzigactie !== undefined);
}

/** Elements that hold one unit's words, by unit key. */
function unitsIn(element: XmlElement): Map<string, XmlElement> {
  const result = new Map<string, XmlElement>();
  for (const node of descendants(element)) if (node.unit !== undefined) result.set(node.unit, node);
  return result;
}

/** The element that comes or goes with a unit: a list item's <Li>, else the unit's own element. */
function blockOfUnit(unit: XmlElement, parents: Map<XmlElement, XmlElement>): XmlElement {
  const parent = parents.get(unit);
  return parent?.name === "Li" && parent.children.find(isElement) === unit ? parent : unit;
}

/** Is the unit the text of a footnote (inside its <Noot>)? */
function inNote(unit: XmlElement, parents: Map<XmlElement, XmlElement>): boolean {
  return parents.get(unit)?.name === "Noot";
}

/** A unit without its footnotes' words: a changed footnote is marked in the footnote itself. */
function withoutNotes(unit: XmlElement): XmlElement {
  return { ...unit, children: unit.children.map((child) => (isElement(child) && child.name === "Noot" ? { ...child, children: [] } : child)) };
}

function parentMap(root: XmlElement): Map<XmlElement, XmlElement> {
  const parents = new Map<XmlElement, XmlElement>();
  for (const node of descendants(root)) for (const child of node.children) if (isElement(child)) parents.set(child, node);
  return parents;
}

class MutationBuilder {
  readonly actions: XmlElement[] = [];
  private readonly counterparts: Map<XmlElement, XmlElement>;
  private readonly changes: RenvooiChanges;

  constructor(counterparts: Map<XmlElement, XmlElement>, changes: RenvooiChanges) {
    this.counterparts = counterparts;
    this.changes = changes;
  }

  compare(now: XmlElement, before: XmlElement): void {
    if (now.name === "Divisie" && serializeElement(kopOf(now)) !== serializeElement(kopOf(before))) {
      this.actions.push(el("VervangKop", { wat: wId(now) }, [this.markedKop(kopOf(now), kopOf(before))]));
    }
    if (now.name === "Divisietekst") {
      if (serializeElement(now) === serializeElement(before)) return;
      const { text, revision } = this.markedText(now, before);
      this.actions.push(el("Vervang", { wat: wId(now), revisie: revision ? "1" : undefined }, [text]));
      return;
    }
    this.children(now, before);
  }

  private children(now: XmlElement, before: XmlElement): void {
    const nowChildren = structuralChildren(now);
    const beforeChildren = structuralChildren(before);
    const kept = new Set(nowChildren.map((child) => this.counterparts.get(child)).filter((old) => old !== undefined));
    let previous: string | undefined;
    nowChildren.forEach((child, index) => {
      const old = this.counterparts.get(child);
      if (old) {
        this.compare(child, old);
        previous = wId(child);
        return;
      }
      const following = nowChildren.slice(index + 1).find((next) => this.counterparts.has(next));
      const context = previous ? { positie: "volgtOp", context: previous } : following ? { positie: "komtVoor", context: wId(following) } : { positie: "komtVoor", context: wId(beforeChildren[0]!) };
      this.actions.push(el("VoegToe", context, [child]));
      previous = wId(child);
    });
    // <Verwijder> holds what it removes, as it was, so the renvooi can show it.
    for (const old of beforeChildren) if (!kept.has(old)) this.actions.push(el("Verwijder", { wat: wId(old) }, [copyElement(old)]));
  }

  private markedKop(now: XmlElement, before: XmlElement): XmlElement {
    const kop = copyElement(now);
    const opschrift = kop.children.find((child): child is XmlElement => isElement(child) && child.name === "Opschrift")!;
    const oldOpschrift = before.children.find((child): child is XmlElement => isElement(child) && child.name === "Opschrift")!;
    opschrift.children = this.markedWords(opschrift.unit, opschrift.children, oldOpschrift.children);
    return kop;
  }

  /** A unit's words with the renvooi's marks, or replaced whole when the renvooi has no words for it. */
  private markedWords(unit: string | undefined, now: readonly XmlNode[], before: readonly XmlNode[]): XmlNode[] {
    const change = unit === undefined ? undefined : this.changes.changeOf(unit, "new");
    return change ? this.marked(now, before, change.segments) : replacedWhole(now, before);
  }

  /** Words marked as the renvooi's segments have them, or old and new whole when they do not read as the two. */
  private marked(now: readonly XmlNode[], before: readonly XmlNode[], segments: readonly Segment[]): XmlNode[] {
    return overlay(now, before, segments, (node) => this.readAsNow(node, now)) ?? replacedWhole(now, before);
  }

  /** An old footnote mark or figure reference as the same one reads in `now`: by its new number. */
  private readAsNow(old: XmlElement, now: readonly XmlNode[]): string {
    const inline = now.filter(isElement);
    const same =
      old.name === "Noot"
        ? inline.find((node) => node.name === "Noot" && noteUnit(node) === this.changes.toNew(noteUnit(old)))
        : inline.find((node) => node.name === old.name && node.refersTo !== undefined && node.refersTo === old.refersTo);
    return reading(same ?? old);
  }

  /** The new <Divisietekst> with every change inside it marked. A unit the renvooi calls
   * unchanged stays unmarked even where its text differs: a footnote or figure renumbered by a
   * change elsewhere. When that is all that differs, the <Vervang> is a revision (`revisie="1"`,
   * STOP's mark of a change that is not one of substance), without renvooi marks. */
  private markedText(now: XmlElement, before: XmlElement): { text: XmlElement; revision: boolean } {
    const marked = copyElement(now);
    const parents = parentMap(marked);
    const oldUnits = unitsIn(before);
    const oldParents = parentMap(before);
    const newUnits = unitsIn(marked);
    for (const [key, unit] of newUnits) {
      const change = this.changes.changeOf(key, "new");
      // A footnote comes and goes with its mark, in the words of the unit that refers to it.
      if (inNote(unit, parents) && change?.change !== "changed") continue;
      const oldKey = this.changes.translate(key);
      const old = oldKey === undefined ? undefined : oldUnits.get(oldKey);
      if (change?.change === "added" || !old) blockOfUnit(unit, parents).attributes.wijzigactie = "voegtoe";
      else if (change && serializeElement(withoutNotes(unit)) !== serializeElement(withoutNotes(old))) unit.children = this.markedWords(key, unit.children, old.children);
    }
    this.putBackRemoved(marked, parents, before, oldParents, newUnits);
    this.markChangedPieces(marked, before);
    if (hasMarks(marked)) return { text: marked, revision: false };
    if (this.outline(now, "new") === this.outline(before, "old")) return { text: marked, revision: true };
    return { text: this.replacedContent(marked, before), revision: false };
  }

  /** An element as written, with each unit and figure or table the renvooi calls unchanged
   * standing in for its key (in this edition's names): equal for two versions that differ only
   * where the renvooi sees no change. */
  private outline(element: XmlElement, side: "new" | "old"): string {
    const key = (name: string | undefined) => (name === undefined ? undefined : side === "new" ? name : this.changes.toNew(name));
    const unchanged = (name: string | undefined) => name !== undefined && this.changes.changeOf(name, side) === undefined && key(name) !== undefined;
    const outlined = copyElement(element);
    for (const node of descendants(outlined)) {
      const name = node.unit ?? (node.name === "Figuur" || node.name === "table" ? node.anchor : undefined);
      if (unchanged(name)) node.children = [`\u0000${key(name)}`];
    }
    return serializeElement(outlined);
  }

  /** Units of the old text that are gone: back in their place, with wijzigactie="verwijder". */
  private putBackRemoved(marked: XmlElement, parents: Map<XmlElement, XmlElement>, before: XmlElement, oldParents: Map<XmlElement, XmlElement>, newUnits: Map<string, XmlElement>): void {
    for (const [key, unit] of unitsIn(before)) {
      if (this.changes.changeOf(key, "old")?.change !== "removed" || inNote(unit, oldParents)) continue;
      const block = blockOfUnit(unit, oldParents);
      const gone = { ...copyElement(block), attributes: { ...block.attributes, wijzigactie: "verwijder" } };
      // After the block that came before it, when that one is still there; else first in its container.
      const container = oldParents.get(block)!;
      const stillThere = (node: XmlElement | undefined) => {
        const key = node?.unit === undefined ? undefined : this.changes.toNew(node.unit);
        return key === undefined ? undefined : newUnits.get(key);
      };
      const earlier = container.children
        .slice(0, container.children.indexOf(block))
        .filter(isElement)
        .map((node) => stillThere(node.name === "Li" ? node.children.find(isElement) : node))
        .reverse()
        .find((node) => node !== undefined);
      const after = earlier && blockOfUnit(earlier, parents);
      if (after) {
        const target = parents.get(after)!;
        target.children.splice(target.children.indexOf(after) + 1, 0, gone);
      } else {
        const target = [...descendants(marked)].find((node) => node.attributes.eId !== undefined && node.attributes.eId === container.attributes.eId) ?? [...descendants(marked)].find((node) => node.name === container.name) ?? marked;
        target.children.splice(0, 0, gone);
      }
    }
  }

  /** A figure or table the renvooi shows changed: a table marked cell by cell when its rows and
   * columns line up, else (and a figure always: its chart is a new PNG) replaced whole, the old one
   * marked verwijder before the new one marked voegtoe. */
  private markChangedPieces(marked: XmlElement, before: XmlElement): void {
    const oldByAnchor = new Map([...descendants(before)].filter((node) => node.anchor !== undefined).map((node) => [node.anchor!, node]));
    for (const node of [...descendants(marked)]) {
      if ((node.name !== "Figuur" && node.name !== "table") || node.anchor === undefined) continue;
      const oldAnchor = this.changes.translate(node.anchor);
      const old = oldAnchor === undefined ? undefined : oldByAnchor.get(oldAnchor);
      const change = this.changes.changeOf(node.anchor, "new");
      if (old && (!change || serializeElement(old) === serializeElement(node))) continue;
      if (old && node.name === "table" && change?.change === "changed" && markTable(node, old, change.table, (now, was, segments) => this.marked(now, was, segments), this.changes.wordDiff)) continue;
      const parent = parentMap(marked).get(node)!;
      node.attributes.wijzigactie = "voegtoe";
      if (old) parent.children.splice(parent.children.indexOf(node), 0, { ...copyElement(old), attributes: { ...old.attributes, wijzigactie: "verwijder" } });
    }
  }

  /** No unit to mark (the change is in something without words of its own): everything old out, everything new in. */
  private replacedContent(marked: XmlElement, before: XmlElement): XmlElement {
    const inhoud = (element: XmlElement) => element.children.find((child): child is XmlElement => isElement(child) && child.name === "Inhoud")!;
    const withAction = (nodes: readonly XmlNode[], action: string) => nodes.filter(isElement).map((node) => ({ ...copyElement(node), attributes: { ...node.attributes, wijzigactie: action } }));
    inhoud(marked).children = [...withAction(inhoud(before).children, "verwijder"), ...withAction(inhoud(marked).children, "voegtoe")];
    return marked;
  }
}

/** The mutation from `before` to `now` (both a Lichaam with ids); undefined when nothing changed. */
export function regelingMutatie(
  now: XmlElement,
  before: XmlElement,
  counterparts: Map<XmlElement, XmlElement>,
  changes: RenvooiChanges,
  attributes: { componentnaam: string; was: string; wordt: string },
): XmlElement | undefined {
  const builder = new MutationBuilder(counterparts, changes);
  builder.compare(now, before);
  if (builder.actions.length === 0) return undefined;
  return el("RegelingMutatie", attributes, builder.actions);
}
