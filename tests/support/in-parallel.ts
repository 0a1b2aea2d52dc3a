/**
 * `work` for every item, at most `limit` at a time, results in the order of `items`. For browser
 * checks that mostly wait (a page load until the network is idle, a search typed key by key): a
 * few tabs at once keep the wait of one from holding up the others, on the same cores.
 */
export async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
