// Tests of a word's first character (a capital? a letter?): ASCII by its code, anything else by the Unicode regex.
const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;

/** The text starts with an upper-case letter (as /^\p{Lu}/u tests). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER.test(text);
}

/** The text starts with a letter (as /^\p{L}/u tests). */
export function startsLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(text);
}
