// A document's date: the value used to resolve relative dates, its interval and where it came from.

export type DateSource = 'metadata' | 'flag' | 'inferred' | 'unknown';

export interface DateEvidence {
  /** What the evidence is ("full date", "weekday+date", "sitting title", ...). */
  kind: string;
  /** The text that gave it. */
  text: string;
  /** Span in the document, when it comes from the text. */
  span?: { start: number; end: number };
  earliest: string;
  latest: string;
  weight: number;
  /** Whether the chosen interval agrees with this evidence. */
  agrees?: boolean;
}

export interface DocDate {
  /** Best single date (YYYY-MM-DD) or undefined when unknown. */
  value?: string;
  earliest?: string;
  latest?: string;
  source: DateSource;
  evidence: DateEvidence[];
}

/** A short phrase saying which date a rule used and where it came from, for messages. */
export function describeDate(d: DocDate): string {
  if (!d.value) return 'document date unknown';
  if (d.source === 'metadata') return `document dated ${d.value} (metadata)`;
  if (d.source === 'flag') return `document dated ${d.value} (--date)`;
  const range = d.earliest && d.latest && d.earliest !== d.latest ? `, between ${d.earliest} and ${d.latest}` : '';
  return `document dated about ${d.value} (inferred from its text${range})`;
}
