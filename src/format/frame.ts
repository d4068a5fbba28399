// A one-line code frame: a window of the source line around the span, with the span underlined.
// Hand-written rather than @babel/code-frame: article lines are whole paragraphs (hundreds of
// characters), so the frame must cut a window around the span, which code-frame does not do.
import { sanitizeForTerminal } from './sanitize.js';

export interface FrameInput {
  line: string;
  lineNo: number;
  column: number;
  /** Length of the span on this line (at least 1). */
  length: number;
  width?: number;
}

export interface Frame {
  source: string;
  marker: string;
}

export function codeFrame({ line, lineNo, column, length, width = 100 }: FrameInput): Frame {
  const text = line.replace(/\t/g, ' ');
  const start = Math.max(0, column - 1);
  const len = Math.max(1, Math.min(length, text.length - start || 1));
  const context = Math.max(10, Math.floor((width - Math.min(len, width - 20)) / 2));
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, start + Math.min(len, width - 20) + context);
  // Prefer cutting at spaces.
  if (from > 0) {
    const sp = text.indexOf(' ', from);
    if (sp >= 0 && sp < start) from = sp + 1;
  }
  if (to < text.length) {
    const sp = text.lastIndexOf(' ', to);
    if (sp > start + len) to = sp;
  }
  const pre = from > 0 ? '…' : '';
  const post = to < text.length ? '…' : '';
  const gutter = `${lineNo} | `;
  const source = gutter + pre + sanitizeForTerminal(text.slice(from, to)) + post;
  const markLen = Math.max(1, Math.min(len, to - start));
  const marker = ' '.repeat(gutter.length - 2) + '| ' + ' '.repeat(pre.length + start - from) + '^'.repeat(markLen);
  return { source, marker };
}
