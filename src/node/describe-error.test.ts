import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error';

describe('describeError', () => {
  it('keeps the reason of a file system error, without the code and the path', async () => {
    const error = await readFile('/no/such/file.txt').catch((reason: unknown) => reason);
    expect(describeError(error)).toBe('no such file or directory');
  });

  it('keeps other messages as they are', () => {
    expect(describeError(new Error('bad input, really'))).toBe('bad input, really');
    expect(describeError('plain')).toBe('plain');
  });
});
