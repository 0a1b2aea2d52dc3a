/** The wijzigingsbesluit's <RegelingMutatie>: what turns the edition before (`was`) into this one
 * (`wordt`), computed from the two texts, the pairing of their parts (../ids.ts) and the renvooi
 * (../renvooi-adapter.ts), the same renvooi that /wijzigingen/ shows:
 * - a paragraph, list or box whose words changed: <Vervang> of its <Divisietekst>, the changed
 *   words in <NieuweTekst>/<VerwijderdeTekst>, a list item added or removed with its wijzigactie;
 * - a heading or chapter title: <VervangKop>;
 * - a whole block or section added or removed: <VoegToe> after the part it follows, <Verwijder>
 *   with the part as it was. */
import type { RenvooiChanges } from "../renvooi-adapter.ts";
import { descendants, el, isElement, serializeElement, type XmlElement, type XmlNode } from "../xml.ts";
import { overlay, replacedWhole } from "./overlay.ts";

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

/** A copy of a subtree, so marking never touches the edition's own text. */
function copy(element: XmlElement): XmlElement {
  return { ...element, attributes: { ...element.attributes }, children: element.children.map((child) => (typeof child === "string" ? child : copy(child))) };
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
      if (serializeElement(now) !== serializeElement(before)) this.actions.push(el("Vervang", { wat: wId(now) }, [this.markedText(now, before)]));
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
    for (const old of beforeChildren) if (!kept.has(old)) this.actions.push(el("Verwijder", { wat: wId(old) }, [copy(old)]));
  }

  private markedKop(now: XmlElement, before: XmlElement): XmlElement {
    const kop = copy(now);
    const opschrift = kop.children.find((child): child is XmlElement => isElement(child) && child.name === "Opschrift")!;
    const oldOpschrift = before.children.find((child): child is XmlElement => isElement(child) && child.name === "Opschrift")!;
    opschrift.children = this.markedWords(opschrift.unit, opschrift.children, oldOpschrift.children);
    return kop;
  }

  /** A unit's words with the renvooi's marks, or replaced whole when the renvooi has no words for it. */
  private markedWords(unit: string | undefined, now: readonly XmlNode[], before: readonly XmlNode[]): XmlNode[] {
    const change = unit === undefined ? undefined : this.changes.changeOf(unit, "new");
    return (change && overlay(now, before, change.segments)) ?? replacedWhole(now, before);
  }

  /** The new <Divisietekst> with every change inside it marked. */
  private markedText(now: XmlElement, before: XmlElement): XmlElement {
    const marked = copy(now);
    const parents = parentMap(marked);
    const oldUnits = unitsIn(before);
    const oldParents = parentMap(before);
    const newUnits = unitsIn(marked);
    for (const [key, unit] of newUnits) {
      const change = this.changes.changeOf(key, "new");
      const old = oldUnits.get(this.changes.translate(key) ?? key);
      if (change?.change === "added" || !old) blockOfUnit(unit, parents).attributes.wijzigactie = "voegtoe";
      else if (serializeElement(withoutNotes(unit)) !== serializeElement(withoutNotes(old))) unit.children = this.markedWords(key, unit.children, old.children);
    }
    this.putBackRemoved(marked, parents, before, oldParents, newUnits);
    this.replaceChangedPieces(marked, before);
    if (!hasMarks(marked)) return this.replacedContent(marked, before);
    return marked;
  }

  /** Units of the old text that are gone: back in their place, with wijzigactie="verwijder". */
  private putBackRemoved(marked: XmlElement, parents: Map<XmlElement, XmlElement>, before: XmlElement, oldParents: Map<XmlElement, XmlElement>, newUnits: Map<string, XmlElement>): void {
    for (const [key, unit] of unitsIn(before)) {
      if (this.changes.changeOf(key, "old")?.change !== "removed") continue;
      const block = blockOfUnit(unit, oldParents);
      const gone = { ...copy(block), attributes: { ...block.attributes, wijzigactie: "verwijder" } };
      // After the block that came before it, when that one is still there; else first in its container.
      const container = oldParents.get(block)!;
      const earlier = container.children
        .slice(0, container.children.indexOf(block))
        .filter(isElement)
        .map((node) => (node.name === "Li" ? node.children.find(isElement) : node))
        .reverse()
        .find((node) => node?.unit !== undefined && newUnits.has(this.keyNow(node.unit)));
      const after = earlier && blockOfUnit(newUnits.get(this.keyNow(earlier.unit!))!, parents);
      if (after) {
        const target = parents.get(after)!;
        target.children.splice(target.children.indexOf(after) + 1, 0, gone);
      } else {
        const target = [...descendants(marked)].find((node) => node.attributes.eId !== undefined && node.attributes.eId === container.attributes.eId) ?? [...descendants(marked)].find((node) => node.name === container.name) ?? marked;
        target.children.splice(0, 0, gone);
      }
    }
  }

  /** A unit key of the edition before as this edition names the same unit (a number may have moved on). */
  private keyNow(oldKey: string): string {
    return this.changes.toNew(oldKey) ?? oldKey;
  }

  /** A figure or table whose chart, cells or words changed is replaced whole. */
  private replaceChangedPieces(marked: XmlElement, before: XmlElement): void {
    const oldByAnchor = new Map([...descendants(before)].filter((node) => node.anchor !== undefined).map((node) => [node.anchor!, node]));
    for (const node of [...descendants(marked)]) {
      if (node.name !== "Figuur" && node.name !== "table") continue;
      if (node.anchor === undefined) continue;
      const old = oldByAnchor.get(node.anchor);
      if (old && serializeElement(old) === serializeElement(node)) continue;
      const parent = parentMap(marked).get(node)!;
      node.attributes.wijzigactie = "voegtoe";
      if (old) parent.children.splice(parent.children.indexOf(node), 0, { ...copy(old), attributes: { ...old.attributes, wijzigactie: "verwijder" } });
    }
  }

  /** No unit to mark (the change is in something without words of its own): everything old out, everything new in. */
  private replacedContent(marked: XmlElement, before: XmlElement): XmlElement {
    const inhoud = (element: XmlElement) => element.children.find((child): child is XmlElement => isElement(child) && child.name === "Inhoud")!;
    const withAction = (nodes: readonly XmlNode[], action: string) => nodes.filter(isElement).map((node) => ({ ...copy(node), attributes: { ...node.attributes, wijzigactie: action } }));
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
