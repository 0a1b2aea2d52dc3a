/** The renvooi: what changed from one document to another (an edition and the next, or the last
 * edition and the text as it is now), chapter by chapter in document order. Units are aligned
 * with jsdiff's diffArrays; a removed and an added unit that read much alike are one changed
 * unit, shown word by word; unchanged units are counted, not repeated. */
import { diffArrays } from "diff";
import type { ChapterModel } from "../content/model/types.ts";
import type { Dataset, DatasetChange } from "../datasets/types.ts";
import type { DocumentSource } from "./source.ts";
import { chapterUnits, unitText, type Unit, type UnitKind, type ValueAtom } from "./units.ts";
import { diffUnits, wholeUnit, type Segment } from "./word-diff.ts";

/** A figure's or table's dataset got new numbers: its versions and the change log in between. */
export interface DataChange {
  dataset: Dataset;
  oldVersion: number;
  newVersion: number;
  /** The change-log entries after the old version, up to the new one. */
  entries: DatasetChange[];
}

/** changed: words changed; numbers: only numbers from the data changed; data: only a figure's or table's numbers. */
export type ItemChange = "changed" | "added" | "removed" | "numbers" | "data";

export interface ChangeItem {
  type: "change";
  change: ItemChange;
  kind: UnitKind;
  /** A figure's id, a data table's dataset. */
  identity: string | undefined;
  /** Paragraph number in the new document ("2.14"), and in the old one ("2.13"). */
  number: string | undefined;
  oldNumber: string | undefined;
  /** A figure's or footnote's number, new and old. */
  ordinal: number | undefined;
  oldOrdinal: number | undefined;
  segments: Segment[];
  dataChange: DataChange | undefined;
}

/** Unchanged numbered units between two changes (or at a chapter's start or end), by their new numbers. */
export interface GapItem {
  type: "gap";
  numbers: string[];
}

export type RenvooiItem = ChangeItem | GapItem;

export interface Counts {
  /** Paragraphs, headings and list items (and titles, footnotes) whose words changed. */
  changed: number;
  added: number;
  removed: number;
  /** Numbers from the data that read differently. */
  numbers: number;
  /** Figures and data tables whose data, title or caption changed. */
  figures: number;
}

export interface ChapterRenvooi {
  id: string;
  title: string;
  number: number | undefined;
  oldNumber: number | undefined;
  status: "same" | "changed" | "added" | "removed";
  items: RenvooiItem[];
  counts: Counts;
}

export interface NumberChange {
  chapterId: string;
  chapterTitle: string;
  number: string | undefined;
  oldNumber: string | undefined;
  old: ValueAtom;
  new: ValueAtom;
}

export interface Renvooi {
  from: DocumentSource;
  to: DocumentSource;
  chapters: ChapterRenvooi[];
  numberChanges: NumberChange[];
  totals: Counts;
}

/** Two units read as one changed unit from this share of common characters on. */
const pairingSimilarity = 0.5;

const textKinds = new Set<UnitKind>(["heading", "paragraph", "list-item"]);

function signature(unit: Unit): string {
  return `${unit.kind}\u0000${unit.identity ?? ""}\u0000${unitText(unit)}`;
}

function emptyCounts(): Counts {
  return { changed: 0, added: 0, removed: 0, numbers: 0, figures: 0 };
}

function addCounts(into: Counts, counts: Counts): void {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += counts[key];
}

function dataChangeOf(before: Unit | undefined, after: Unit | undefined): DataChange | undefined {
  if (!before?.data || !after?.data) return undefined;
  const oldVersion = before.data.dataset.meta.version;
  const newVersion = after.data.dataset.meta.version;
  if (oldVersion === newVersion && before.data.rows === after.data.rows) return undefined;
  const entries = after.data.dataset.meta.changes.filter((entry) => entry.version > oldVersion && entry.version <= newVersion);
  return { dataset: after.data.dataset, oldVersion, newVersion, entries };
}

/** May `before` and `after` be shown as one unit that changed? */
function canPair(before: Unit, after: Unit): { segments: Segment[]; values: ReturnType<typeof diffUnits>["valueChanges"] } | undefined {
  const sameKind = before.kind === after.kind || (textKinds.has(before.kind) && textKinds.has(after.kind));
  if (!sameKind) return undefined;
  if (before.identity !== undefined || after.identity !== undefined) {
    if (before.identity !== after.identity) return undefined;
    const diff = diffUnits(before.pieces, after.pieces);
    return { segments: diff.segments, values: diff.valueChanges };
  }
  const diff = diffUnits(before.pieces, after.pieces);
  if (before.kind !== "title" && diff.similarity < pairingSimilarity) return undefined;
  return { segments: diff.segments, values: diff.valueChanges };
}

class ChapterComparison {
  readonly items: RenvooiItem[] = [];
  readonly counts = emptyCounts();
  readonly numberChanges: NumberChange[] = [];
  private gap: string[] = [];
  private readonly chapterId: string;
  private readonly chapterTitle: string;

  constructor(chapterId: string, chapterTitle: string) {
    this.chapterId = chapterId;
    this.chapterTitle = chapterTitle;
  }

  unchanged(before: Unit, after: Unit): void {
    const dataChange = dataChangeOf(before, after);
    if (dataChange) {
      this.push(before, after, "data", [], dataChange, []);
      return;
    }
    if (after.number !== undefined) this.gap.push(after.number);
  }

  added(after: Unit): void {
    this.push(undefined, after, "added", wholeUnit(after.pieces, "added"), undefined, []);
  }

  removed(before: Unit): void {
    this.push(before, undefined, "removed", wholeUnit(before.pieces, "removed"), undefined, []);
  }

  changed(before: Unit, after: Unit, segments: Segment[], values: ReturnType<typeof diffUnits>["valueChanges"]): void {
    const onlyNumbers = segments.every((segment) => segment.change === "same" || segment.kind === "value" || segment.text.trim() === "");
    const dataChange = dataChangeOf(before, after);
    if (segments.every((segment) => segment.change === "same")) {
      // Reads alike but was not equal (spaces, an atom of another dataset that reads the same).
      if (dataChange) this.push(before, after, "data", [], dataChange, []);
      else if (after.number !== undefined) this.gap.push(after.number);
      return;
    }
    this.push(before, after, onlyNumbers && values.length > 0 ? "numbers" : "changed", segments, dataChange, values);
  }

  finish(): void {
    this.flushGap();
  }

  private flushGap(): void {
    if (this.gap.length > 0) this.items.push({ type: "gap", numbers: this.gap });
    this.gap = [];
  }

  private push(
    before: Unit | undefined,
    after: Unit | undefined,
    change: ItemChange,
    segments: Segment[],
    dataChange: DataChange | undefined,
    values: ReturnType<typeof diffUnits>["valueChanges"],
  ): void {
    this.flushGap();
    const unit = (after ?? before)!;
    this.items.push({
      type: "change",
      change,
      kind: unit.kind,
      identity: unit.identity,
      number: after?.number,
      oldNumber: before?.number,
      ordinal: after?.ordinal,
      oldOrdinal: before?.ordinal,
      segments,
      dataChange,
    });
    if (unit.kind === "figure" || unit.kind === "data-table") this.counts.figures++;
    else if (change === "changed") this.counts.changed++;
    else if (change === "added") this.counts.added++;
    else if (change === "removed") this.counts.removed++;
    this.counts.numbers += values.length;
    for (const value of values) {
      this.numberChanges.push({ chapterId: this.chapterId, chapterTitle: this.chapterTitle, number: after?.number, oldNumber: before?.number, old: value.old, new: value.new });
    }
  }
}

/** Pairs the removed and added units between two unchanged ones, in order; the rest stay removed or added. */
function compareRun(comparison: ChapterComparison, removed: readonly Unit[], added: readonly Unit[]): void {
  let next = 0;
  for (const before of removed) {
    let paired = false;
    for (let index = next; index < added.length; index++) {
      const pair = canPair(before, added[index]!);
      if (!pair) continue;
      for (const after of added.slice(next, index)) comparison.added(after);
      comparison.changed(before, added[index]!, pair.segments, pair.values);
      next = index + 1;
      paired = true;
      break;
    }
    if (!paired) comparison.removed(before);
  }
  for (const after of added.slice(next)) comparison.added(after);
}

function compareUnits(comparison: ChapterComparison, before: readonly Unit[], after: readonly Unit[]): void {
  const parts = diffArrays(before.map(signature), after.map(signature));
  let oldIndex = 0;
  let newIndex = 0;
  let removed: Unit[] = [];
  let added: Unit[] = [];
  const flush = () => {
    compareRun(comparison, removed, added);
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) removed.push(...before.slice(oldIndex, (oldIndex += part.count)));
    else if (part.added) added.push(...after.slice(newIndex, (newIndex += part.count)));
    else {
      flush();
      for (let offset = 0; offset < part.count; offset++) comparison.unchanged(before[oldIndex + offset]!, after[newIndex + offset]!);
      oldIndex += part.count;
      newIndex += part.count;
    }
  }
  flush();
  comparison.finish();
}

/** New chapters in order; a chapter that is gone stands after the chapter it followed. */
function chapterPairs(from: DocumentSource, to: DocumentSource): { before: ChapterModel | undefined; after: ChapterModel | undefined }[] {
  const newIds = new Set(to.model.chapters.map((chapter) => chapter.id));
  const pairs = to.model.chapters.map((after) => ({ before: from.model.chapters.find((chapter) => chapter.id === after.id), after: after as ChapterModel | undefined }));
  let anchor = -1;
  for (const before of from.model.chapters) {
    if (newIds.has(before.id)) {
      anchor = pairs.findIndex((pair) => pair.after?.id === before.id);
      continue;
    }
    pairs.splice(++anchor, 0, { before, after: undefined });
  }
  return pairs;
}

export function compareDocuments(from: DocumentSource, to: DocumentSource): Renvooi {
  const totals = emptyCounts();
  const numberChanges: NumberChange[] = [];
  const chapters = chapterPairs(from, to).map(({ before, after }): ChapterRenvooi => {
    const chapter = (after ?? before)!;
    const comparison = new ChapterComparison(chapter.id, chapter.title);
    compareUnits(comparison, before ? chapterUnits(from, before) : [], after ? chapterUnits(to, after) : []);
    addCounts(totals, comparison.counts);
    numberChanges.push(...comparison.numberChanges);
    const changed = comparison.items.some((item) => item.type === "change");
    return {
      id: chapter.id,
      title: chapter.title,
      number: after?.number,
      oldNumber: before?.number,
      status: !before ? "added" : !after ? "removed" : changed ? "changed" : "same",
      items: comparison.items,
      counts: comparison.counts,
    };
  });
  return { from, to, chapters, numberChanges, totals };
}

/** Has anything a reader reads changed? */
export function hasChanges(renvooi: Renvooi): boolean {
  return renvooi.chapters.some((chapter) => chapter.status !== "same");
}
