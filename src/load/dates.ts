// Calendar-date helpers for metadata: validation and normalisation to YYYY-MM-DD.

/** True for a real calendar date written YYYY-MM-DD (2025-02-30 is false). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Normalises a metadata date value: "2025-05-11", "2025-05-11T08:00:00Z", a Date, or a Unix time in
 * seconds. Returns undefined when it is not a date. The calendar day is taken as written (no time zone shift).
 */
export function toIsoDate(v: unknown): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
    const ms = v > 1e11 ? v : v * 1000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return isIsoDate(m[1]) ? m[1] : undefined;
  return undefined;
}
