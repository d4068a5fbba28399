// Memoised transforms of day ranges: memoised day-and-month ranges are shared by many facts and story
// members, so a transform of them (clip at the run's day, widen for a story) is computed once per array.
type Ranges = Array<[string, string]>;

/** A memo of `transform(ranges, day)`, keyed by the ranges array (weakly) and the day. */
export function rangesMemo(transform: (ranges: Ranges, day: string) => Ranges): (ranges: Ranges, day: string) => Ranges {
  const byDay = new Map<string, WeakMap<Ranges, Ranges>>();
  return (ranges, day) => {
    let memo = byDay.get(day);
    if (!memo) byDay.set(day, (memo = new WeakMap()));
    let out = memo.get(ranges);
    if (!out) memo.set(ranges, (out = transform(ranges, day)));
    return out;
  };
}
