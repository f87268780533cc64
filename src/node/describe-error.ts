/**
 * The reason of a file system error for a person: `no such file or directory` rather than `ENOENT: no such file or directory, open 'x'`.
 * @example
 * describeError(Object.assign(new Error("ENOENT: no such file or directory, open 'x'"), { code: 'ENOENT' })); // 'no such file or directory'
 * @internal
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const prefix = `${code}: `;
  if (code !== undefined && error.message.startsWith(prefix)) {
    const reason = error.message.slice(prefix.length);
    const comma = reason.lastIndexOf(', ');
    return comma > 0 ? reason.slice(0, comma) : reason;
  }
  return error.message;
}
