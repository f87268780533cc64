/**
 * Ends a script on a usage error: the message, then the usage text, on standard error, and exit code 2.
 * @example
 * usageError('--top takes a whole number above 0, not x', USAGE);
 */
export function usageError(message: string, usage: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}
