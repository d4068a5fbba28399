// A mistake in how newscheck was called: reported on one line, exit code 2.
export class UsageError extends Error {
  override name = 'UsageError';
}
