// Reduces HTML to its text while keeping, for every character, where it came from in the file.
import { lazy } from '../core/lazy.js';

const entities = lazy<typeof import('entities')>('entities');
import { TextBuilder } from '../core/text-builder.js';
import type { OffsetMap } from '../core/types.js';

const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table',
  'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'title', 'figcaption', 'aside',
  'nav', 'main', 'dd', 'dt', 'dl', 'address', 'figure', 'form', 'body', 'head', 'html', 'option',
]);
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g;

/** Text of an HTML file, with its map back to the file. */
export function htmlToText(html: string): { text: string; map: OffsetMap } {
  const out = new TextBuilder();
  let i = 0;
  const n = html.length;
  const breakLine = (at: number) => {
    if (out.length > 0 && out.lastChar() !== '\n') out.replace('\n', at, at);
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) appendText(out, html, i, textEnd);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const m = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(lt, lt + 64));
    if (!m && !html.startsWith('<!', lt) && !html.startsWith('<?', lt)) {
      // A bare '<' in text.
      out.copy('<', lt);
      i = lt + 1;
      continue;
    }
    const gt = findTagEnd(html, lt);
    const name = m ? m[1].toLowerCase() : '';
    const closing = html[lt + 1] === '/';
    i = gt;
    if (!closing && SKIP_CONTENT.has(name)) {
      const closeTag = new RegExp(`</${name}\\s*>`, 'ig');
      closeTag.lastIndex = gt;
      const c = closeTag.exec(html);
      i = c ? c.index + c[0].length : n;
      continue;
    }
    if (BLOCK.has(name)) breakLine(lt);
  }
  return out.build();
}

/** Index just past the '>' that ends the tag opened at `lt` (quotes respected). */
function findTagEnd(html: string, lt: number): number {
  let quote = '';
  for (let j = lt + 1; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return html.length;
}

function appendText(out: TextBuilder, html: string, from: number, to: number): void {
  ENTITY.lastIndex = from;
  let pos = from;
  for (let m = ENTITY.exec(html); m && m.index < to; m = ENTITY.exec(html)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    if (m.index > pos) out.copy(html.slice(pos, m.index), pos);
    let decoded = entities().decodeHTML(m[0]);
    if (decoded === '\u00a0') decoded = ' ';
    if (decoded === m[0]) out.copy(m[0], m.index);
    else out.replace(decoded, m.index, end);
    pos = end;
  }
  if (pos < to) out.copy(html.slice(pos, to), pos);
}
