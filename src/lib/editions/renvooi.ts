/** The renvooi: what changed from one document to another (an edition and the next, or the last
 * edition and the text as it is now), chapter by chapter in document order. This is the one
 * model of the changes; the renvooi pages, the renvooi PDF, the marks in the text and STOP's
 * RegelingMutatie are renderings of it.
 *
 * In three steps: each chapter's units are aligned (./align.ts), a removed and an added unit
 * that read much alike being one changed unit, shown word by word; a unit removed in one place
 * and added nearly unchanged in another is one moved unit, shown once at its new place; then
 * the steps become the items a reader reads, unchanged units counted rather than repeated. */
import type { ChapterModel } from "../content/model/types.ts";
import type { Dataset, DatasetChange } from "../datasets/types.ts";
import { alignByContent, type Step } from "./align.ts";
import type { DocumentSource } from "./source.ts";
import { diffTables, tableChanged, type TableDiff } from "./table-diff.ts";
import { chapterUnits, comparableText, tableText, unitText, type Unit, type UnitKind, type ValueAtom } from "./units.ts";
import { diffUnits, wholeUnit, type Segment, type ValueChange, type WordDiff } from "./word-diff.ts";

/** A figure's or table's dataset got new numbers: its versions and the change log in between. */
export interface DataChange {
  dataset: Dataset;
  oldVersion: number;
  newVersion: number;
  /** The change-log entries after the old version, up to the new one. */
  entries: DatasetChange[];
}

/**
 * changed: words changed (or a Markdown table's cells); numbers: only numbers from the data
 * changed; data: only a figure's or data table's numbers; added, removed: the whole unit;
 * moved: the unit stands elsewhere, its words unchanged or nearly so (`segments` marks them).
 */
export type ItemChange = "changed" | "added" | "removed" | "numbers" | "data" | "moved";

export interface ChangeItem {
  type: "change";
  change: ItemChange;
  kind: UnitKind;
  /** A figure's id, a data table's dataset. */
  identity: string | undefined;
  /** Paragraph number in the new document ("2.14"), and in the old one ("2.13"). */
  number: string | undefined;
  oldNumber: string | undefined;
  /** The chapter the unit stood in in the old document: the item's own chapter, or for a unit
   * moved from another chapter, that one; undefined for an added unit. */
  oldChapterId: string | undefined;
  /** A figure's or footnote's number, new and old. */
  ordinal: number | undefined;
  oldOrdinal: number | undefined;
  /** The unit's words, each run marked same, added or removed (all "same" for a unit that moved unchanged). */
  segments: Segment[];
  dataChange: DataChange | undefined;
  /** The cells of a data table, a figure's table of values or a Markdown table, when any of
   * them changed, or the table was added or removed. */
  table: TableDiff | undefined;
}

/** Unchanged numbered units between two changes (or at a chapter's start or end), by their
 * numbers in the new document and in the old one, in the same order. */
export interface GapItem {
  type: "gap";
  numbers: string[];
  oldNumbers: string[];
}

export type RenvooiItem = ChangeItem | GapItem;

export interface Counts {
  /** Paragraphs, headings and list items (and titles, footnotes, Markdown tables) whose words changed. */
  changed: number;
  added: number;
  removed: number;
  /** Units that stand elsewhere (their words unchanged or nearly so). */
  moved: number;
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

/** A unit removed in one place and added in another is one moved unit from this share on:
 * unchanged, or nearly (a word or a number changed). */
const moveSimilarity = 0.8;

/** Short units (a heading "Ambities") recur in several chapters: across chapters, only a unit
 * of at least this many characters is taken for one that moved. */
const minimumMovedAcrossChapters = 40;

const textKinds = new Set<UnitKind>(["heading", "paragraph", "list-item"]);

function signature(unit: Unit): string {
  return `${unit.kind}\u0000${unit.identity ?? ""}\u0000${comparableText(unit.pieces)}`;
}

function emptyCounts(): Counts {
  return { changed: 0, added: 0, removed: 0, moved: 0, numbers: 0, figures: 0 };
}

function addCounts(into: Counts, counts: Counts): void {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += counts[key];
}

function dataChangeOf(before: Unit | undefined, after: Unit | undefined): DataChange | undefined {
  if (!before?.data || !after?.data) return undefined;
  const oldVersion = before.data.dataset.meta.version;
  const newVersion = after.data.dataset.meta.version;
  if (oldVersion === newVersion && tableText(before.table) === tableText(after.table)) return undefined;
  const entries = after.data.dataset.meta.changes.filter((entry) => entry.version > oldVersion && entry.version <= newVersion);
  return { dataset: after.data.dataset, oldVersion, newVersion, entries };
}

/** The cells of a unit's table with their marks, when there is anything to mark. */
function tableDiffOf(before: Unit | undefined, after: Unit | undefined): TableDiff | undefined {
  if (!before?.table && !after?.table) return undefined;
  const diff = diffTables(before?.table, after?.table);
  return tableChanged(diff) ? diff : undefined;
}

function sameKind(before: Unit, after: Unit): boolean {
  return before.kind === after.kind || (textKinds.has(before.kind) && textKinds.has(after.kind));
}

/** May `before` and `after` be shown as one unit that changed? */
function canPair(before: Unit, after: Unit): WordDiff | undefined {
  if (!sameKind(before, after)) return undefined;
  if (before.identity !== undefined || after.identity !== undefined) {
    return before.identity === after.identity ? diffUnits(before.pieces, after.pieces) : undefined;
  }
  const diff = diffUnits(before.pieces, after.pieces);
  return before.kind === "title" || diff.similarity >= pairingSimilarity ? diff : undefined;
}

/** At most how alike two texts can read word by word: the characters of the words they share,
 * counted as a bag. A word diff finds no more in common, so below the bar it need not run (the
 * removed and added units of a whole document are compared pairwise). */
function sharedWordsBound(a: string, b: string): number {
  const words = (text: string) => text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
  const bag = new Map<string, number>();
  let total = 0;
  for (const word of words(a)) {
    bag.set(word, (bag.get(word) ?? 0) + 1);
    total += word.length;
  }
  let shared = 0;
  for (const word of words(b)) {
    total += word.length;
    const left = bag.get(word) ?? 0;
    if (left === 0) continue;
    bag.set(word, left - 1);
    shared += word.length;
  }
  return total === 0 ? 1 : (2 * shared) / total;
}

/** Is `after` the unit `before`, moved? Figures and data tables by their identity, the rest by their words. */
function movedUnit(before: Unit, after: Unit, sameChapter: boolean): WordDiff | undefined {
  if (before.kind === "title" || !sameKind(before, after)) return undefined;
  if (before.identity !== undefined || after.identity !== undefined) {
    return before.identity === after.identity ? diffUnits(before.pieces, after.pieces) : undefined;
  }
  if (!sameChapter && unitText(after).length < minimumMovedAcrossChapters) return undefined;
  if (sharedWordsBound(unitText(before), unitText(after)) < moveSimilarity) return undefined;
  // A Markdown table's pieces are all its cells, so this compares tables too.
  const diff = diffUnits(before.pieces, after.pieces);
  return diff.similarity >= moveSimilarity ? diff : undefined;
}

/** One chapter's units, aligned: step by step, what is in both documents, changed, added or removed. */
interface ChapterSteps {
  before: ChapterModel | undefined;
  after: ChapterModel | undefined;
  steps: Step<Unit, WordDiff>[];
}

/** A unit that moved: where it came from, and how its words differ. */
interface Move {
  before: Unit;
  fromChapterId: string;
  diff: WordDiff;
}

/** Matches each removed unit to the most alike added unit anywhere in the document. Returns the
 * moves by the added step they replace, and the removed steps they take away. */
function findMoves(chapters: readonly ChapterSteps[]): { moves: Map<Step<Unit, WordDiff>, Move>; taken: Set<Step<Unit, WordDiff>> } {
  const moves = new Map<Step<Unit, WordDiff>, Move>();
  const taken = new Set<Step<Unit, WordDiff>>();
  const added = chapters.flatMap((chapter) => chapter.steps.filter((step) => step.op === "added").map((step) => ({ step, chapterId: chapter.after!.id })));
  for (const chapter of chapters) {
    for (const removed of chapter.steps) {
      if (removed.op !== "removed") continue;
      let best: { step: Step<Unit, WordDiff>; diff: WordDiff } | undefined;
      for (const candidate of added) {
        if (moves.has(candidate.step) || candidate.step.op !== "added") continue;
        const diff = movedUnit(removed.before, candidate.step.after, candidate.chapterId === chapter.before!.id);
        if (diff && (!best || diff.similarity > best.diff.similarity)) best = { step: candidate.step, diff };
      }
      if (!best) continue;
      moves.set(best.step, { before: removed.before, fromChapterId: chapter.before!.id, diff: best.diff });
      taken.add(removed);
    }
  }
  return { moves, taken };
}

class ChapterComparison {
  readonly items: RenvooiItem[] = [];
  readonly counts = emptyCounts();
  readonly numberChanges: NumberChange[] = [];
  private gap: GapItem = { type: "gap", numbers: [], oldNumbers: [] };
  private readonly chapterId: string;
  private readonly chapterTitle: string;

  constructor(chapterId: string, chapterTitle: string) {
    this.chapterId = chapterId;
    this.chapterTitle = chapterTitle;
  }

  unchanged(before: Unit, after: Unit): void {
    const dataChange = dataChangeOf(before, after);
    if (dataChange) {
      this.push({ before, after, change: "data", segments: [], dataChange });
      return;
    }
    this.addToGap(before, after);
  }

  added(after: Unit): void {
    this.push({ after, change: "added", segments: wholeUnit(after.pieces, "added") });
  }

  removed(before: Unit): void {
    this.push({ before, change: "removed", segments: wholeUnit(before.pieces, "removed") });
  }

  changed(before: Unit, after: Unit, diff: WordDiff): void {
    const { segments, valueChanges } = diff;
    const dataChange = dataChangeOf(before, after);
    if (segments.every((segment) => segment.change === "same")) {
      // Reads alike but was not equal (spaces, an atom of another dataset that reads the same).
      if (dataChange) this.push({ before, after, change: "data", segments: [], dataChange });
      else this.addToGap(before, after);
      return;
    }
    const onlyNumbers = segments.every((segment) => segment.change === "same" || segment.kind === "value" || segment.text.trim() === "");
    this.push({ before, after, change: onlyNumbers && valueChanges.length > 0 ? "numbers" : "changed", segments, dataChange, values: valueChanges });
  }

  moved(move: Move, after: Unit): void {
    this.push({ before: move.before, after, change: "moved", segments: move.diff.segments, dataChange: dataChangeOf(move.before, after), values: move.diff.valueChanges, fromChapterId: move.fromChapterId });
  }

  finish(): void {
    this.flushGap();
  }

  private addToGap(before: Unit, after: Unit): void {
    if (after.number === undefined) return;
    this.gap.numbers.push(after.number);
    this.gap.oldNumbers.push(before.number ?? after.number);
  }

  private flushGap(): void {
    if (this.gap.numbers.length > 0) this.items.push(this.gap);
    this.gap = { type: "gap", numbers: [], oldNumbers: [] };
  }

  private push(item: {
    before?: Unit;
    after?: Unit;
    change: ItemChange;
    segments: Segment[];
    dataChange?: DataChange | undefined;
    values?: readonly ValueChange[];
    fromChapterId?: string;
  }): void {
    this.flushGap();
    const { before, after, change, segments, dataChange, values = [] } = item;
    const unit = (after ?? before)!;
    this.items.push({
      type: "change",
      change,
      kind: unit.kind,
      identity: unit.identity,
      number: after?.number,
      oldNumber: before?.number,
      oldChapterId: before ? (item.fromChapterId ?? this.chapterId) : undefined,
      ordinal: after?.ordinal,
      oldOrdinal: before?.ordinal,
      segments,
      dataChange,
      table: tableDiffOf(before, after),
    });
    if (unit.kind === "figure" || unit.kind === "data-table") this.counts.figures++;
    else if (change === "changed") this.counts.changed++;
    else if (change === "added") this.counts.added++;
    else if (change === "removed") this.counts.removed++;
    else if (change === "moved") this.counts.moved++;
    this.counts.numbers += values.length;
    for (const value of values) {
      this.numberChanges.push({ chapterId: this.chapterId, chapterTitle: this.chapterTitle, number: after?.number, oldNumber: before?.number, old: value.old, new: value.new });
    }
  }
}

function alignChapter(from: DocumentSource, to: DocumentSource, before: ChapterModel | undefined, after: ChapterModel | undefined): ChapterSteps {
  const steps = alignByContent(before ? chapterUnits(from, before) : [], after ? chapterUnits(to, after) : [], signature, canPair);
  return { before, after, steps };
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
  const aligned = chapterPairs(from, to).map(({ before, after }) => alignChapter(from, to, before, after));
  const { moves, taken } = findMoves(aligned);
  const chapters = aligned.map(({ before, after, steps }): ChapterRenvooi => {
    const chapter = (after ?? before)!;
    const comparison = new ChapterComparison(chapter.id, chapter.title);
    for (const step of steps) {
      if (step.op === "same") comparison.unchanged(step.before, step.after);
      else if (step.op === "paired") comparison.changed(step.before, step.after, step.pairing);
      else if (step.op === "added") {
        const move = moves.get(step);
        if (move) comparison.moved(move, step.after);
        else comparison.added(step.after);
      } else if (!taken.has(step)) comparison.removed(step.before);
    }
    comparison.finish();
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

/** Did a unit's words change (a moved unit: besides its place)? */
export function wordsChanged(item: ChangeItem): boolean {
  return item.segments.some((segment) => segment.change !== "same");
}
