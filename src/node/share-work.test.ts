import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shareWork, type WorkSharing } from './share-work';

async function* numbers(count: number) {
  for (let n = 0; n < count; n += 1) yield n;
}

const collect = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Away, later items finish first: the slowest is the first. Here, items are done at once.
const sharing = (ordered: boolean, awayLimit: number, limit: number): WorkSharing<number, string> => ({
  ordered,
  awayLimit,
  limit,
  away: async (n) => {
    await sleep((10 - (n % 10)) * 3);
    return `away ${n}`;
  },
  here: (n) => `here ${n}`,
});

const number = (result: string) => Number(result.split(' ')[1]);

describe('shareWork', () => {
  it('keeps the order of the source when asked to, wherever each item was done', async () => {
    const results = await collect(shareWork(numbers(20), sharing(true, 2, 6)));
    expect(results.map(number)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(results.some((result) => result.startsWith('here'))).toBe(true);
    expect(results.some((result) => result.startsWith('away'))).toBe(true);
  });

  it('yields every result as it finishes otherwise', async () => {
    const results = await collect(shareWork(numbers(20), sharing(false, 3, 6)));
    expect(results.map(number)).not.toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(results.map(number).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n));
  });

  it('does everything here when nothing may go away', async () => {
    const results = await collect(shareWork(numbers(5), sharing(true, 0, 4)));
    expect(results).toEqual(['here 0', 'here 1', 'here 2', 'here 3', 'here 4']);
  });

  it('hands items away first, and works here while they are away rather than wait', async () => {
    // The first item stays away until this thread has done the others: the order is kept, and nothing waited for it.
    let release = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const results = shareWork(numbers(4), {
      ordered: true,
      awayLimit: 1,
      limit: 4,
      away: async (n) => {
        order.push(`away ${n}`);
        await slow;
        return `away ${n}`;
      },
      here: (n) => {
        order.push(`here ${n}`);
        if (n === 3) release();
        return `here ${n}`;
      },
    });
    expect(await collect(results)).toEqual(['away 0', 'here 1', 'here 2', 'here 3']);
    expect(order).toEqual(['away 0', 'here 1', 'here 2', 'here 3']);
  });

  it.each([true, false])('never has more than the limits started and not yet yielded (ordered: %s)', async (ordered) => {
    let away = 0;
    let mostAway = 0;
    let held = 0;
    let mostHeld = 0;
    const count = (n: number) => {
      held += 1;
      mostHeld = Math.max(mostHeld, held);
      return n;
    };
    const work: WorkSharing<number, number> = {
      ordered,
      awayLimit: 2,
      limit: 5,
      away: async (n) => {
        away += 1;
        mostAway = Math.max(mostAway, away);
        await sleep(1 + (n % 3));
        away -= 1;
        return count(n);
      },
      here: count,
    };
    let total = 0;
    for await (const _ of shareWork(numbers(40), work)) {
      held -= 1;
      total += 1;
    }
    expect(total).toBe(40);
    expect(mostAway).toBe(2);
    expect(mostHeld).toBeLessThanOrEqual(5);
  });

  it('reads no further than the limit while the consumer waits', async () => {
    let read = 0;
    async function* counted() {
      for (let n = 0; n < 100; n += 1) {
        read += 1;
        yield n;
      }
    }
    const results = shareWork(counted(), sharing(true, 2, 5));
    await results.next();
    expect(read).toBe(5);
    await results.return(undefined);
  });
  describe('when an item fails', () => {
    // Without a handler on every slot, a failure of an item not awaited yet would be unhandled, and end the process.
    const unhandled = vi.fn();
    beforeEach(() => {
      unhandled.mockClear();
      process.on('unhandledRejection', unhandled);
    });
    afterEach(() => {
      process.off('unhandledRejection', unhandled);
    });
    // Lets the process report rejections left unhandled, if any.
    const settle = () => sleep(20);

    it('rejects with the error of an item away that is not the first, after the results before it', async () => {
      const yielded: string[] = [];
      const results = shareWork(numbers(4), {
        ordered: true,
        awayLimit: 2,
        limit: 4,
        away: async (n) => {
          if (n === 1) throw new Error('away 1 failed');
          await sleep(10);
          return `away ${n}`;
        },
        here: (n) => `here ${n}`,
      });
      await expect(
        (async () => {
          for await (const result of results) yielded.push(result);
        })(),
      ).rejects.toThrow('away 1 failed');
      await settle();
      expect(yielded).toEqual(['away 0']);
      expect(unhandled).not.toHaveBeenCalled();
    });

    it('rejects with the error of an item done here, in its place, while an earlier item away fails too', async () => {
      const results = shareWork(numbers(4), {
        ordered: true,
        awayLimit: 1,
        limit: 4,
        away: async (n) => {
          await sleep(10);
          throw new Error(`away ${n} failed`);
        },
        here: (n) => {
          throw new Error(`here ${n} failed`);
        },
      });
      await expect(collect(results)).rejects.toThrow('away 0 failed');
      await settle();
      expect(unhandled).not.toHaveBeenCalled();
    });

    it('rejects with the error thrown here when it comes first as results arrive', async () => {
      const results = shareWork(numbers(2), {
        ordered: false,
        awayLimit: 0,
        limit: 2,
        away: async (n) => `away ${n}`,
        here: (n) => {
          if (n === 1) throw new Error('here 1 failed');
          return `here ${n}`;
        },
      });
      expect(await results.next()).toEqual({ done: false, value: 'here 0' });
      await expect(results.next()).rejects.toThrow('here 1 failed');
    });

    it('leaves no rejection unhandled when the consumer stops before the items in flight fail', async () => {
      const results = shareWork(numbers(4), {
        ordered: true,
        awayLimit: 3,
        limit: 3,
        away: async (n) => {
          if (n === 0) return `away ${n}`;
          await sleep(5);
          throw new Error(`away ${n} failed`);
        },
        here: (n) => `here ${n}`,
      });
      for await (const result of results) {
        expect(result).toBe('away 0');
        break;
      }
      await settle();
      expect(unhandled).not.toHaveBeenCalled();
    });
  });

  it.each([0, -1, Number.NaN])('refuses a limit of %s, under which nothing could ever start', async (limit) => {
    await expect(collect(shareWork(numbers(2), { ...sharing(true, 1, 4), limit }))).rejects.toThrow(RangeError);
  });
});
