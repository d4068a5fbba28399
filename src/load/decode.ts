// Decodes file bytes to text: UTF-8 with BOM stripped, binary detection, invalid sequences reported.

export type Decoded =
  | { ok: true; text: string; invalidUtf8: boolean }
  | { ok: false; reason: string };

/** True when the bytes look like binary data (a NUL byte, or many control bytes in the first 8 KiB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (NUL or control bytes), skipped' };
  try {
    return { ok: true, text: strict.decode(bytes), invalidUtf8: false };
  } catch {
    return { ok: true, text: lenient.decode(bytes), invalidUtf8: true };
  }
}
