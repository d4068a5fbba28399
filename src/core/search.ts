// Binary search over sorted offsets, shared by line positions and offset maps.

/** Index of the last element of `sorted` that is <= x (0 when none is: callers keep a 0 at index 0). */
export function lastAtOrBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
