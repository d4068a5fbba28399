// An invalid config: names the file and the offending key; the CLI prints it on one line and exits 2.

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    /** Dotted path of the offending key (`rules.scraping-residue`, `overrides[0].files`), '' for the whole file. */
    readonly key: string,
    readonly problem: string,
  ) {
    super(`invalid config ${file}${key ? `: ${key}` : ''}: ${problem}`);
  }
}
