// A short article of our own, and copies of it with one fact changed, for cross-document rule tables.
export const BASE = [
  'Russian President Vladimir Putin proposed direct talks with Ukraine on Sunday.',
  'The talks could begin as early as Thursday in Istanbul, the Kremlin said.',
  'Ukrainian President Volodymyr Zelenskyy said Kyiv was ready to meet in Istanbul.',
  'Russia claims four Ukrainian regions, and European leaders demanded a 30-day ceasefire.',
  '"We are ready to engage in direct talks with the Ukrainian leadership tomorrow," Putin said in a televised address.',
].join('\n');

/** The base article with one phrase replaced (the phrase must occur). */
export function variant(from: string, to: string): string {
  if (!BASE.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return BASE.replace(from, to);
}

export const DATE = '2025-05-11';
