/** The names (ids) of figures: what one may look like, and a free one to suggest. Loaded by the
 * studio's figure form in the browser too: it imports nothing. */

/** A figure's id is part of its address (…/huis/#figuur-mantelzorgers). */
export const figureIdPattern = /^[a-z][a-z0-9-]*$/;

/** A name no other figure has: the dataset's name (itself a valid id), else "figuur", with -2,
 * -3 … behind it while that is taken. */
export function freeFigureId(dataset: string | undefined, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = dataset !== undefined && figureIdPattern.test(dataset) ? dataset : "figuur";
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
