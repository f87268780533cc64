import { describe, expect, it } from 'vitest';
import { mapBounded } from './map-bounded';

async function* numbers(count: number) {
  for (let n = 0; n < count; n += 1) yield n;
}

const collect = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

// Later items finish first: the slowest is the first.
const delayed = (n: number) => new Promise<number>((resolve) => setTimeout(() => resolve(n * 10), (10 - n) * 3));

describe('mapBounded', () => {
  it('keeps the order of the source when asked to', async () => {
    expect(await collect(mapBounded(numbers(10), 4, true, delayed))).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });

  it('yields every result as it finishes otherwise', async () => {
    const results = await collect(mapBounded(numbers(10), 4, false, delayed));
    expect(results).not.toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect([...results].sort((a, b) => a - b)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });

  it.each([true, false])('never has more than the limit in flight (ordered: %s)', async (ordered) => {
    let inFlight = 0;
    let most = 0;
    const work = async (n: number) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1 + (n % 3)));
      inFlight -= 1;
      return n;
    };
    expect(await collect(mapBounded(numbers(30), 3, ordered, work))).toHaveLength(30);
    expect(most).toBe(3);
  });

  it('reads no further than the limit while the consumer waits', async () => {
    let read = 0;
    async function* counted() {
      for (let n = 0; n < 100; n += 1) {
        read += 1;
        yield n;
      }
    }
    const results = mapBounded(counted(), 5, true, async (n) => n);
    await results.next();
    expect(read).toBe(5);
    await results.return(undefined);
  });
});
