// Types of the embedded knowledge base (KB). See schema/kb.schema.json for the file format.
// Dates are ISO `YYYY-MM-DD` strings; a term is half-open [from, to): on the day a successor
// takes office, the successor holds it.

/** One person's tenure in an office. */
export interface Term {
  /** people id */
  person: string;
  /** first day in office (inclusive) */
  from: string;
  /** first day no longer in office (exclusive); absent = still in office */
  to?: string;
  /** acting / interim holder */
  acting?: boolean;
  /** dates are approximate (within days): rules should not flag mentions near the boundaries */
  approx?: boolean;
  /** this term may overlap another term of a single-holder office (e.g. a disputed or shared tenure) */
  overlapAllowed?: boolean;
  /** free-text remark (source, nuance) */
  note?: string;
}

/** A known vacancy between two holders of a single-holder office. */
export interface Gap {
  from: string;
  to: string;
  reason: string;
}

export type OfficeKind =
  | 'head-of-state'
  | 'head-of-government'
  | 'minister'
  | 'spokesperson'
  | 'org-head'
  | 'deputy'
  | 'other';

export interface Office {
  id: string;
  /** roles id */
  role: string;
  /** places id (country or organisation) */
  body: string;
  /** further roles this office answers to (a monarchy: king and queen) */
  alsoRoles?: string[];
  kind: OfficeKind | string;
  /** extra surface forms beyond role x body combinations ("NATO chief", "West German Chancellor") */
  names: string[];
  /** several people hold it at the same time: no overlap / gap checks */
  multiple?: boolean;
  holders: Term[];
  /** real vacancies longer than the gap tolerance */
  gaps?: Gap[];
  note?: string;
}

export interface Person {
  id: string;
  name: string;
  /** other forms that identify this person only (transliterations, full names, nicknames) */
  aliases: string[];
  /** forms shared with other people ("Bush", "Clinton", "Johnson") */
  ambiguousAliases: string[];
  /** surname used for surname matching when it is not the last word of name ("Xi" for Xi Jinping) */
  surname?: string;
  note?: string;
}

export type PlaceKind = 'country' | 'organisation' | 'city' | 'region';

export interface Place {
  id: string;
  kind: PlaceKind;
  names: string[];
  /** adjective / people forms: "Russian", "French", "American" */
  demonyms: string[];
  /** for organisations, cities, regions: the country they belong to (places id) */
  country?: string;
  /** for countries: the capital (places id of a city) */
  capital?: string;
  /** for historical states: the place that succeeded it (West Germany -> germany, USSR -> russia) */
  successor?: string;
  note?: string;
}

export interface Role {
  id: string;
  names: string[];
  /**
   * more general roles this one also counts as (secretary-of-state -> foreign-minister), so that
   * "U.S. foreign minister" finds the Secretary of State
   */
  broader?: string[];
  /**
   * generic roles ("leader", "chief") that do not name an office themselves but match the offices
   * of these kinds in the qualifying body ("Russian leader" -> head of state/government)
   */
  matchesKinds?: string[];
}

export interface EventAnchor {
  id: string;
  names: string[];
  /** the anchor date used for elapsed-time checks */
  date: string;
  /** alternative dates that are also correct (VE Day: 8 and 9 May 1945) */
  dates?: string[];
  /** last day of a multi-day event, if any */
  end?: string;
  note?: string;
}

export interface KbData {
  roles?: Role[];
  places?: Place[];
  people?: Person[];
  offices?: Office[];
  events?: EventAnchor[];
}

export interface KbFile {
  file: string;
  data: KbData;
}

export type NameKind = 'person' | 'place' | 'role' | 'office' | 'event';

export interface NameEntry {
  text: string;
  kind: NameKind;
  id: string;
}
