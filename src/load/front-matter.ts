// YAML front matter at the top of a .txt/.md file: parsed, and blanked so offsets stay those of the file.
import { lazy } from '../core/lazy.js';

const yaml = lazy<typeof import('yaml')>('yaml');
import type { DocMeta } from '../core/types.js';
import { isIsoDate, toIsoDate } from './dates.js';

export interface FrontMatter {
  meta: DocMeta;
  /** Text with the front matter block replaced by spaces (newlines kept). */
  text: string;
  errors: Array<{ line: number; message: string }>;
}

const OPEN = /^---[ \t]*\r?\n/;

/** Splits off front matter; returns null when the text has none. */
export function readFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return null;
  const bodyEnd = open[0].length + m.index;
  const blockEnd = bodyEnd + m[0].length;
  const yamlText = text.slice(open[0].length, bodyEnd);
  const firstLine = 2;
  const errors: FrontMatter['errors'] = [];
  const meta: DocMeta = {};
  let data: unknown;
  try {
    // logLevel 'error': errors still throw, but warnings (an unknown `!tag`) are not printed to the user's stderr.
    data = yaml().parse(yamlText, { schema: 'core', logLevel: 'error' });
  } catch (e) {
    const err = e as { message?: string; linePos?: Array<{ line: number }> };
    const line = firstLine - 1 + (err.linePos?.[0]?.line ?? 1);
    // The YAML library's own "at line N, column M:" counts inside the block; the error carries the file line.
    const why = (err.message ?? String(e)).split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    errors.push({ line, message: `invalid YAML front matter: ${why}` });
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const rec = data as Record<string, unknown>;
    const dateLine = lineOfKey(yamlText, 'date') ?? lineOfKey(yamlText, 'published');
    const rawDate = rec.date ?? rec.published;
    if (rawDate !== undefined && rawDate !== null) {
      const iso = toIsoDate(rawDate);
      if (iso && isIsoDate(iso)) {
        meta.date = iso;
        meta.dateSource = 'metadata';
      } else {
        errors.push({ line: firstLine - 1 + (dateLine ?? 1), message: `invalid date in front matter: ${JSON.stringify(String(rawDate))}` });
      }
    }
    for (const key of ['title', 'source', 'url'] as const) {
      if (typeof rec[key] === 'string') meta[key] = rec[key] as string;
    }
  } else if (data !== undefined && data !== null && errors.length === 0) {
    errors.push({ line: firstLine, message: 'front matter is not a YAML mapping' });
  }
  const blanked = text.slice(0, blockEnd).replace(/[^\r\n]/g, ' ') + text.slice(blockEnd);
  return { meta, text: blanked, errors };
}

function lineOfKey(yamlText: string, key: string): number | undefined {
  const lines = yamlText.split(/\r?\n/);
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? undefined : i + 1;
}
