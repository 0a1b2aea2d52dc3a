/** Marks the changed words of one unit (an <Al>, a heading's <Opschrift>) with <NieuweTekst> and
 * <VerwijderdeTekst>, exactly as the renvooi's word diff has them: the new content, with what the
 * renvooi calls added wrapped in <NieuweTekst> and what it calls removed put back, from the old
 * content, in <VerwijderdeTekst> where it stood. A footnote, reference or link is one piece: when
 * its words change, the old one is removed and the new one added whole. */
import type { Segment } from "../renvooi-adapter.ts";
import { el, isElement, textContent, type XmlElement, type XmlNode } from "../xml.ts";

/** A character of running text, or an inline element read as one piece. */
type Token = { kind: "char"; text: string } | { kind: "piece"; node: XmlElement; reading: string };

/** How the renvooi reads an inline element: a footnote as its number, a reference or link by its words. */
export function reading(node: XmlElement): string {
  if (node.name === "Noot") return textContent(node.children.find((child) => isElement(child) && child.name === "NootNummer") ?? "");
  return textContent(node);
}

function tokens(nodes: readonly XmlNode[], read: (node: XmlElement) => string): Token[] {
  // Text by UTF-16 unit, as the renvooi's segments count their length; neighbours merge again in build().
  return nodes.flatMap((node): Token[] => (typeof node === "string" ? node.split("").map((text) => ({ kind: "char", text })) : [{ kind: "piece", node, reading: read(node) }]));
}

function readingOf(list: readonly Token[]): string {
  return list.map((token) => (token.kind === "char" ? token.text : token.reading)).join("");
}

/** For each character of the reading, the token it belongs to. */
function owners(list: readonly Token[]): number[] {
  return list.flatMap((token, index) => Array.from({ length: token.kind === "char" ? 1 : token.reading.length }, () => index));
}

/** Text runs merged, marks wrapped. */
function build(parts: readonly { mark: "same" | "added" | "removed"; token: Token }[]): XmlNode[] {
  const result: XmlNode[] = [];
  let run: { mark: string; nodes: XmlNode[] } | undefined;
  const flush = () => {
    if (!run) return;
    const nodes = mergeText(run.nodes);
    if (run.mark === "same") result.push(...nodes);
    else result.push(el(run.mark === "added" ? "NieuweTekst" : "VerwijderdeTekst", {}, nodes));
    run = undefined;
  };
  for (const { mark, token } of parts) {
    if (run?.mark !== mark) flush();
    run ??= { mark, nodes: [] };
    run.nodes.push(token.kind === "char" ? token.text : token.node);
  }
  flush();
  return mergeText(result);
}

function mergeText(nodes: readonly XmlNode[]): XmlNode[] {
  const result: XmlNode[] = [];
  for (const node of nodes) {
    const last = result.at(-1);
    if (typeof node === "string" && typeof last === "string") result[result.length - 1] = last + node;
    else result.push(node);
  }
  return result;
}

/** The new content with the renvooi's marks; undefined when the segments do not read as the two
 * contents (then the caller marks the unit as replaced whole). The renvooi reads an unchanged
 * footnote mark or figure reference by its new number: `readOld` reads an old one so. */
export function overlay(newNodes: readonly XmlNode[], oldNodes: readonly XmlNode[], segments: readonly Segment[], readOld: (node: XmlElement) => string = reading): XmlNode[] | undefined {
  const now = tokens(newNodes, reading);
  const before = tokens(oldNodes, readOld);
  const side = (changes: readonly string[]) => segments.filter((segment) => changes.includes(segment.change)).map((segment) => segment.text).join("");
  if (side(["same", "added"]) !== readingOf(now) || side(["same", "removed"]) !== readingOf(before)) return undefined;

  const nowOwner = owners(now);
  const beforeOwner = owners(before);
  const added = new Set<number>();
  const removed = new Set<number>();
  /** Each removed old token → the new token it stands before (the first place it was seen). */
  const removedAt = new Map<number, number>();
  const place = (old: number, at: number) => {
    if (!removedAt.has(old)) removedAt.set(old, at);
  };
  const samePairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  for (const segment of segments) {
    for (let k = 0; k < segment.text.length; k++) {
      if (segment.change === "same") samePairs.push([beforeOwner[i++]!, nowOwner[j++]!]);
      else if (segment.change === "added") added.add(nowOwner[j++]!);
      else {
        const owner = beforeOwner[i++]!;
        removed.add(owner);
        place(owner, j < nowOwner.length ? nowOwner[j]! : now.length);
      }
    }
  }
  // A piece changed in part is changed whole: the old one goes, the new one comes.
  for (let pass = 0; pass < 2; pass++) {
    for (const [old, current] of samePairs) {
      const oldPiece = before[old]!.kind === "piece";
      const newPiece = now[current]!.kind === "piece";
      if ((oldPiece && removed.has(old)) || (newPiece && added.has(current))) {
        removed.add(old);
        place(old, current);
        added.add(current);
      }
    }
  }
  const parts: { mark: "same" | "added" | "removed"; token: Token }[] = [];
  const removedBefore = (index: number) => [...removedAt].filter(([, at]) => at === index).map(([old]) => old).sort((a, b) => a - b);
  for (let index = 0; index <= now.length; index++) {
    for (const old of removedBefore(index)) parts.push({ mark: "removed", token: before[old]! });
    if (index < now.length) parts.push({ mark: added.has(index) ? "added" : "same", token: now[index]! });
  }
  return build(parts);
}

/** A unit replaced whole: everything old removed, everything new added. */
export function replacedWhole(newNodes: readonly XmlNode[], oldNodes: readonly XmlNode[]): XmlNode[] {
  return [oldNodes.length > 0 && el("VerwijderdeTekst", {}, [...oldNodes]), newNodes.length > 0 && el("NieuweTekst", {}, [...newNodes])].filter((node): node is XmlElement => node !== false);
}
