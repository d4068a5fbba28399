// Character classes of UTF-16 code units (letter, word character, white space, digit) by table lookup.
const LETTER = /[\p{L}\p{M}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;
const DIGIT = /\p{N}/u;

/** Class bits: a letter or mark, a letter, mark or number, white space (\s, as trim() reads it), a number. */
export const IS_LETTER = 2;
export const IS_WORD = 4;
export const IS_SPACE = 8;
export const IS_DIGIT = 16;

/**
 * Classes by code unit, filled in from the regexes above on first sight of each unit (bit 0: known): a
 * table lookup per character instead of a regex test. A lone surrogate is in no class, as for the regexes.
 */
const CLASSES = new Uint8Array(0x10000);

export function classOf(code: number): number {
  let c = CLASSES[code];
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = 1 | (LETTER.test(ch) ? IS_LETTER : 0) | (WORD_CHAR.test(ch) ? IS_WORD : 0) | (SPACE.test(ch) ? IS_SPACE : 0) | (DIGIT.test(ch) ? IS_DIGIT : 0);
    CLASSES[code] = c;
  }
  return c;
}

/** Whether the code unit at i of the text (if there is one) is in the class. */
export const inClass = (text: string, i: number, cls: number): boolean => i >= 0 && i < text.length && (classOf(text.charCodeAt(i)) & cls) !== 0;
