/** eId and wId for every element of the regeling that STOP identifies (Divisie, Divisietekst,
 * Lijst, Li, Figuur, table, Kadertekst, Citaat), by STOP's naming rules: the eId is the path of
 * `<AKN name>_o_<ordinal>` parts from the Lichaam down ("div_o_2__content_o_5"), the wId the
 * version in which the element first appeared and its eId then ("gm0106_0-1__div_o_2__content_o_5").
 *
 * Both stay the same for the same paragraph across editions: an edition's element that the renvooi
 * pairs with one of the edition before (the same numbered paragraph, heading or list item, the same
 * figure or chapter) takes over its eId and wId; a new element gets the next free ordinal among its
 * siblings, so that nothing after it is renumbered. The pairing is kept (`counterparts`) for the
 * wijzigingsbesluit (mutation/). */
import { descendants, isElement, serializeElement, type XmlElement } from "./xml.ts";
import { stopVersion, wIdPrefix } from "./identifiers.ts";
import { noteNumber, noteUnit } from "./text/inline.ts";

const aknNames: Readonly<Record<string, string>> = {
  Divisie: "div",
  Divisietekst: "content",
  Lijst: "list",
  Li: "item",
  Figuur: "img",
  table: "table",
  Kadertekst: "recital",
  Citaat: "cit",
};

/** Elements with one fixed eId. */
const fixedEIds: Readonly<Record<string, string>> = { Lichaam: "body", RegelingOpschrift: "longTitle" };

function isIdentified(element: XmlElement): boolean {
  return element.name in aknNames || element.name in fixedEIds;
}

/** The identified elements directly below `element` (through Kop, Inhoud and other wrappers). */
function identifiedChildren(element: XmlElement): XmlElement[] {
  return element.children.filter(isElement).flatMap((child) => (isIdentified(child) ? [child] : identifiedChildren(child)));
}

/** The <Noot>s in an element's own text, not in the identified elements inside it. */
function ownNotes(element: XmlElement): XmlElement[] {
  return element.children.filter(isElement).flatMap((child) => (child.name === "Noot" ? [child] : isIdentified(child) ? [] : ownNotes(child)));
}

function eIdOf(element: XmlElement): string {
  return element.attributes.eId!;
}

/** An element as written, without the ids (which a new element does not have yet). */
function withoutIds(element: XmlElement): string {
  return serializeElement(element).replace(/ (eId|wId|ref)="[^"]*"/g, "");
}

function ordinalOf(eId: string): number {
  return Number(/_o_(\d+)$/.exec(eId)?.[1] ?? 0);
}

/** The edition before, to take identities over from. */
export interface PreviousText {
  root: XmlElement;
  /** This edition's anchor ("n:1.6") → the same part's anchor in the edition before ("n:1.6" or
   * "n:1.5"), from the renvooi; undefined when the part is new. */
  translate(anchor: string): string | undefined;
}

export interface Identification {
  /** Each element of this edition → the same element in the edition before. */
  counterparts: Map<XmlElement, XmlElement>;
  /** Each element → the identified element it sits in. */
  parents: Map<XmlElement, XmlElement | undefined>;
}

function parentsOf(root: XmlElement): Map<XmlElement, XmlElement | undefined> {
  const parents = new Map<XmlElement, XmlElement | undefined>([[root, undefined]]);
  const walk = (element: XmlElement) => {
    for (const child of identifiedChildren(element)) {
      parents.set(child, element);
      walk(child);
    }
  };
  walk(root);
  return parents;
}

class Identifier {
  private readonly version: string;
  private readonly previous: PreviousText | undefined;
  private readonly oldByAnchor = new Map<string, XmlElement>();
  private readonly oldParents: Map<XmlElement, XmlElement | undefined>;
  private readonly taken = new Set<XmlElement>();
  readonly counterparts = new Map<XmlElement, XmlElement>();

  constructor(version: string, previous: PreviousText | undefined) {
    this.version = version;
    this.previous = previous;
    this.oldParents = previous ? parentsOf(previous.root) : new Map();
    for (const element of previous ? descendants(previous.root) : []) if (element.anchor !== undefined) this.oldByAnchor.set(element.anchor, element);
  }

  identify(root: XmlElement): void {
    const old = this.previous?.root;
    if (old && old.name === root.name) this.pair(root, old);
    this.give(root, fixedEIds[root.name]!, this.counterparts.get(root));
    this.children(root);
    if (this.previous) this.noteIds(root, this.previous);
  }

  /** A <Noot>'s id (unique in the regeling, STOP0067) stays with its footnote as a wId does: a
   * footnote that the renvooi pairs with one in the same element of the edition before keeps that
   * one's id, renumbered or not; a new one, or one in a new or moved element, gets an id of this
   * edition ("noot_0-2_3"), so that it never meets an id the mutation removes. */
  private noteIds(element: XmlElement, previous: PreviousText): void {
    const old = this.counterparts.get(element);
    const oldNotes = old ? ownNotes(old) : [];
    for (const noot of ownNotes(element)) {
      const oldUnit = previous.translate(noteUnit(noot));
      const same = oldUnit === undefined ? undefined : oldNotes.find((candidate) => noteUnit(candidate) === oldUnit);
      noot.attributes.id = same?.attributes.id ?? `noot_${stopVersion(this.version)}_${noteNumber(noot)}`;
    }
    for (const child of identifiedChildren(element)) this.noteIds(child, previous);
  }

  private pair(element: XmlElement, old: XmlElement): void {
    this.counterparts.set(element, old);
    this.taken.add(old);
  }

  private give(element: XmlElement, eId: string, old: XmlElement | undefined): void {
    element.attributes = { eId, wId: old?.attributes.wId ?? `${wIdPrefix(this.version)}__${eId}`, ...element.attributes };
  }

  /** The old element an element stands for: by its own anchor, or by the first of its parts that
   * has one (a list by its items), or else an unchanged element in the same place. */
  private counterpartOf(element: XmlElement, parentCounterpart: XmlElement | undefined): XmlElement | undefined {
    const candidates: XmlElement[] = [];
    const own = this.oldAnchored(element.anchor);
    if (own) candidates.push(own);
    else if (element.anchor === undefined) {
      for (const part of descendants(element)) {
        const old = part === element ? undefined : this.oldAnchored(part.anchor);
        if (!old) continue;
        for (let above = this.oldParents.get(old); above; above = this.oldParents.get(above)) {
          if (above.name === element.name) {
            candidates.push(above);
            break;
          }
        }
        break;
      }
    }
    if (parentCounterpart && candidates.length === 0 && ![...descendants(element)].some((part) => part.anchor !== undefined)) {
      // Nothing in it is anchored (a box with an open point, a table written in Markdown): the same
      // element, written the same, under the same parent. (What is anchored but new here, such as
      // a figure or table the renvooi shows moved, is new.)
      const written = withoutIds(element);
      candidates.push(...identifiedChildren(parentCounterpart).filter((old) => old.name === element.name && withoutIds(old) === written));
    }
    return candidates.find((old) => old.name === element.name && !this.taken.has(old) && this.oldParents.get(old) === parentCounterpart);
  }

  private oldAnchored(anchor: string | undefined): XmlElement | undefined {
    const translated = anchor === undefined ? undefined : this.previous?.translate(anchor);
    return translated === undefined ? undefined : this.oldByAnchor.get(translated);
  }

  private children(parent: XmlElement): void {
    const parentCounterpart = this.counterparts.get(parent);
    const children = identifiedChildren(parent);
    const prefix = parent.name === "Lichaam" ? "" : `${eIdOf(parent)}__`;
    const olds = children.map((child) => this.counterpartOf(child, parentCounterpart));
    olds.forEach((old, index) => old && this.pair(children[index]!, old));
    // New elements get ordinals after every ordinal their siblings have or had, per AKN name.
    const next = new Map<string, number>();
    for (const sibling of [...(parentCounterpart ? identifiedChildren(parentCounterpart) : []), ...olds.filter((old) => old !== undefined)]) {
      const name = aknNames[sibling.name]!;
      next.set(name, Math.max(next.get(name) ?? 0, ordinalOf(eIdOf(sibling))));
    }
    children.forEach((child, index) => {
      const old = olds[index];
      const name = aknNames[child.name]!;
      let ordinal: number;
      if (old) ordinal = ordinalOf(eIdOf(old));
      else next.set(name, (ordinal = (next.get(name) ?? 0) + 1));
      this.give(child, `${prefix}${name}_o_${ordinal}`, old);
      this.children(child);
    });
  }
}

/** Gives every identified element of `root` (a Lichaam or RegelingOpschrift) its eId and wId. */
export function identify(root: XmlElement, version: string, previous?: PreviousText): Map<XmlElement, XmlElement> {
  const identifier = new Identifier(version, previous);
  identifier.identify(root);
  return identifier.counterparts;
}

/** <IntRef> to a figure or a chapter: its ref is the eId of what it points at. */
export function resolveReferences(roots: readonly XmlElement[]): void {
  const byAnchor = new Map<string, string>();
  for (const root of roots) for (const element of descendants(root)) if (element.anchor !== undefined && element.attributes.eId) byAnchor.set(element.anchor, element.attributes.eId);
  for (const root of roots) {
    for (const element of descendants(root)) {
      if (element.refersTo !== undefined) element.attributes.ref = byAnchor.get(element.refersTo) ?? "";
    }
  }
}
