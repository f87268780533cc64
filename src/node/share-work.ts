/**
 * How `shareWork` splits items between other threads and this one.
 * @example
 * const sharing: WorkSharing<string, number> = { ordered: true, awayLimit: 3, limit: 8, away: inWorker, here: parseNow };
 * @internal
 */
export interface WorkSharing<T, R> {
  /** Whether results keep the order of the source (otherwise they come as they finish). */
  readonly ordered: boolean;
  /** The most items handed away at once: 0 does everything on this thread. */
  readonly awayLimit: number;
  /** The most items started and not yet yielded, done or not: what bounds memory. At least 1. */
  readonly limit: number;
  /** Starts an item on another thread; a rejection comes out of `shareWork` in the item's place. */
  readonly away: (item: T) => Promise<R>;
  /** Does an item on this thread, at once (it may block the thread); an error comes out of `shareWork` in the item's place. */
  readonly here: (item: T) => R | Promise<R>;
}

interface Slot<R> {
  settled: Promise<void>;
  done: boolean;
  result?: R;
  failed?: true;
  error?: unknown;
}

/**
 * Maps an async source on other threads and on this one, yielding results in source order or as they come.
 * Other threads are kept supplied first, so that they never wait; this thread does an item itself only when it has
 * no result to give and room is left, then lets the event loop run so that it hears of items finished meanwhile.
 * Nothing is read from the source while `limit` items wait for the consumer, so memory stays bounded.
 * An item that fails ends the generator with its error where its result would have come.
 * @param source - The items.
 * @param sharing - Where items go, how many at once, and whether order is kept.
 * @returns The results, lazily.
 * @example
 * for await (const size of shareWork(files, { ordered: true, awayLimit: 2, limit: 6, away: statInWorker, here: statHere })) console.log(size);
 * @internal
 */
export async function* shareWork<T, R>(source: AsyncIterable<T>, sharing: WorkSharing<T, R>): AsyncGenerator<R> {
  if (!(sharing.limit >= 1)) throw new RangeError(`shareWork: limit must be at least 1, got ${sharing.limit}`);
  const items = source[Symbol.asyncIterator]();
  const slots: Slot<R>[] = [];
  let away = 0;
  let exhausted = false;

  const next = async (): Promise<IteratorResult<T>> => {
    const read: IteratorResult<T> = exhausted ? { done: true, value: undefined } : await items.next();
    exhausted = read.done === true;
    return read;
  };
  const start = (item: T, elsewhere: boolean) => {
    if (elsewhere) away += 1;
    const slot = { done: false } as Slot<R>;
    // In order, only the first slot is awaited, and none once the consumer stops: a failure left to reject unheard would
    // end the process, so it is kept on its slot and thrown in its place. A synchronous throw is caught the same way.
    const work = new Promise<R>((resolve) => resolve(elsewhere ? sharing.away(item) : sharing.here(item)));
    const finish = () => {
      if (elsewhere) away -= 1;
      slot.done = true;
    };
    slot.settled = work.then(
      (result) => {
        slot.result = result;
        finish();
      },
      (error: unknown) => {
        slot.failed = true;
        slot.error = error;
        finish();
      },
    );
    slots.push(slot);
  };
  const ready = () => (sharing.ordered ? (slots[0]?.done ? 0 : -1) : slots.findIndex((slot) => slot.done));

  try {
    for (;;) {
      while (!exhausted && slots.length < sharing.limit && away < sharing.awayLimit) {
        const read = await next();
        if (!read.done) start(read.value, true);
      }
      const index = ready();
      if (index >= 0) {
        const slot = slots.splice(index, 1)[0]!;
        if (slot.failed) throw slot.error;
        yield slot.result!;
        continue;
      }
      if (!exhausted && slots.length < sharing.limit) {
        const read = await next();
        if (read.done) continue;
        start(read.value, false);
        await slots[slots.length - 1]!.settled;
        // Results of other threads arrive as events: without a turn of the loop they wait until this thread does.
        if (sharing.awayLimit > 0) await new Promise(setImmediate);
        continue;
      }
      if (slots.length === 0) return;
      await (sharing.ordered ? slots[0]!.settled : Promise.race(slots.map((slot) => slot.settled)));
    }
  } finally {
    await items.return?.();
  }
}
