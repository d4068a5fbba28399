// String order by UTF-16 code units: the same on every machine, unlike localeCompare (which follows the
// run's locale, and whose first call loads ICU's collator: ~15 ms of start-up).

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
