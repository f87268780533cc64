/**
 * Maps an async source with at most `limit` calls of `work` in flight, yielding results in source order or as they come.
 * Nothing is read from the source while the consumer has not taken the results, so memory stays bounded. `work` must not reject.
 * @param source - The items.
 * @param limit - The most calls in flight.
 * @param ordered - Whether results keep the order of the source.
 * @param work - The call for one item.
 * @returns The results, lazily.
 * @example
 * for await (const size of mapBounded(files, 8, true, (file) => stat(file).then((s) => s.size))) console.log(size);
 */
export async function* mapBounded<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  ordered: boolean,
  work: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  if (ordered) yield* mapInOrder(source, limit, work);
  else yield* mapAsCompleted(source, limit, work);
}

async function* mapInOrder<T, R>(source: AsyncIterable<T>, limit: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of source) {
    pending.push(work(item));
    if (pending.length >= limit) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}

async function* mapAsCompleted<T, R>(source: AsyncIterable<T>, limit: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const running = new Map<number, Promise<{ key: number; result: R }>>();
  const next = async () => {
    const done = await Promise.race(running.values());
    running.delete(done.key);
    return done.result;
  };
  let key = 0;
  for await (const item of source) {
    const itemKey = key++;
    running.set(itemKey, work(item).then((result) => ({ key: itemKey, result })));
    if (running.size >= limit) yield await next();
  }
  while (running.size > 0) yield await next();
}
