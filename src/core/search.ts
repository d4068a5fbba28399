// Binary search over sorted data, shared by line positions, offset maps, event and quotation lookups.

/**
 * How many leading indexes 0..n-1 satisfy `before`, for a predicate that holds on a prefix and fails after
 * it (a lower or upper bound, depending on `<` or `<=`).
 */
export function countBefore(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last element of `sorted` that is <= x (0 when none is: callers keep a 0 at index 0). */
export function lastAtOrBelow(sorted: ArrayLike<number>, x: number): number {
  return Math.max(0, countBefore(sorted.length, (i) => sorted[i] <= x) - 1);
}
