// Neutralises control characters and escape sequences so article text cannot drive the terminal.

/** Replaces C0/C1 controls (ESC included) with visible symbols; keeps tabs as a space. */
export function sanitizeForTerminal(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

/** One-line form of a text for messages: newlines and tabs shown as spaces, controls neutralised. */
export function oneLine(s: string): string {
  return sanitizeForTerminal(s.replace(/\r\n|[\r\n\t]/g, ' '));
}
