import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { officeLabel } from '../src/date/claims.js';
import {
  KbError,
  KnowledgeBase,
  foldCase,
  loadKb,
  normKey,
  defaultKbFiles,
  loadDefaultFiles,
  readKbFile,
  type KbData,
} from '../src/know/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/kb/${name}`, import.meta.url));
const kb = loadKb();

/** ids of the holders of an office on a date */
const who = (office: string, date: string) => kb.holdersOn(office, date).map((t) => t.person);

describe('normalisation', () => {
  it.each([
    ['U.S.', 'US'],
    ['U. S.', 'US'],
    ['Erdoğan', 'Erdogan'],
    ["NATO's", 'NATO'],
    ['NATO’s', 'NATO'],
    ['Secretary-General', 'Secretary General'],
    ['George H.W. Bush', 'George HW Bush'],
    ['Støre', 'Store'],
    ['Wałęsa', 'Walesa'],
  ])('foldCase(%s) = %s', (input, out) => {
    expect(foldCase(input)).toBe(out);
  });
  it('normKey lower-cases and drops a leading article', () => {
    expect(normKey('The Kremlin')).toBe('kremlin');
    expect(normKey("Russia's full-scale invasion")).toBe('russia full scale invasion');
  });
});

describe('holdersOn', () => {
  it.each([
    ['nato-secretary-general', '2025-05-11', ['mark-rutte']],
    ['nato-secretary-general', '2024-10-01', ['mark-rutte']], // first day of the successor
    ['nato-secretary-general', '2024-09-30', ['jens-stoltenberg']], // last full day
    ['nato-secretary-general', '2014-10-01', ['jens-stoltenberg']],
    ['nato-secretary-general', '2014-09-30', ['anders-fogh-rasmussen']],
    ['us-president', '2025-05-11', ['donald-trump']],
    ['us-president', '2025-01-20', ['donald-trump']],
    ['us-president', '2025-01-19', ['joe-biden']],
    ['us-president', '2021-01-20', ['joe-biden']],
    ['us-president', '2021-01-19', ['donald-trump']],
    ['us-president', '2017-01-20', ['donald-trump']],
    ['us-president', '2016-06-01', ['barack-obama']],
    ['us-president', '1987-03-01', ['ronald-reagan']],
    ['us-secretary-of-state', '2025-01-21', ['marco-rubio']],
    ['us-secretary-of-state', '2023-06-01', ['antony-blinken']],
    ['us-secretary-of-state', '2021-01-26', ['antony-blinken']],
    ['un-secretary-general', '2017-01-01', ['antonio-guterres']],
    ['un-secretary-general', '2016-12-31', ['ban-ki-moon']],
    ['european-commission-president', '2019-12-01', ['ursula-von-der-leyen']],
    ['european-commission-president', '2019-11-30', ['jean-claude-juncker']],
    ['france-president', '2017-05-14', ['emmanuel-macron']],
    ['france-president', '2017-05-13', ['francois-hollande']],
    ['turkey-president', '2014-08-28', ['recep-tayyip-erdogan']],
    ['turkey-prime-minister', '2014-08-27', ['recep-tayyip-erdogan']],
    ['turkey-prime-minister', '2003-03-14', ['recep-tayyip-erdogan']],
    ['russia-president', '2012-05-07', ['vladimir-putin']],
    ['russia-president', '2012-05-06', ['dmitry-medvedev']],
    ['russia-president', '2008-05-07', ['dmitry-medvedev']],
    ['russia-president', '2000-05-07', ['vladimir-putin']],
    ['russia-president', '1999-12-31', ['vladimir-putin']], // acting
    ['russia-president', '1999-12-30', ['boris-yeltsin']],
    ['russia-prime-minister', '1999-08-10', ['vladimir-putin']], // acting from 9 August
    ['russia-prime-minister', '2010-01-01', ['vladimir-putin']],
    ['ukraine-president', '2019-05-20', ['volodymyr-zelenskyy']],
    ['ukraine-president', '2019-05-19', ['petro-poroshenko']],
    ['kremlin-spokesperson', '2025-05-11', ['dmitry-peskov']],
    ['pope', '2025-05-08', ['pope-leo-xiv']],
    ['pope', '2025-04-30', []], // sede vacante
  ])('%s on %s', (office, date, expected) => {
    expect(who(office, date)).toEqual(expected);
  });

  it('marks acting holders', () => {
    const [t] = kb.holdersOn('russia-president', '2000-01-15');
    expect(t.person).toBe('vladimir-putin');
    expect(t.acting).toBe(true);
    const [t2] = kb.holdersOn('russia-president', '2001-01-15');
    expect(t2.acting).toBeFalsy();
  });

  it('returns nothing for an unknown office', () => {
    expect(kb.holdersOn('no-such-office', '2020-01-01')).toEqual([]);
  });
});

describe('termsOf', () => {
  it('lists all terms of a person in date order', () => {
    const terms = kb.termsOf('vladimir-putin').map((x) => `${x.office.id}@${x.term.from}`);
    expect(terms).toContain('russia-prime-minister@2008-05-08');
    expect(terms).toContain('russia-president@2012-05-07');
    const froms = kb.termsOf('vladimir-putin').map((x) => x.term.from);
    expect([...froms].sort()).toEqual(froms);
  });
  it('finds a person in two organisations', () => {
    const offices = new Set(kb.termsOf('mark-rutte').map((x) => x.office.id));
    expect(offices).toEqual(new Set(['netherlands-prime-minister', 'nato-secretary-general']));
  });
});

describe('officesByTitle', () => {
  const ids = (title: string) => kb.officesByTitle(title).map((o) => o.id).sort();
  it.each([
    ["NATO's Secretary General", ['nato-secretary-general']],
    ['NATO Secretary-General', ['nato-secretary-general']],
    ['Secretary-General of NATO', ['nato-secretary-general']],
    ['NATO chief', ['nato-secretary-general']],
    ["the alliance's secretary general", ['nato-secretary-general']],
    ['U.S. Secretary of State', ['us-secretary-of-state']],
    ['US Secretary of State', ['us-secretary-of-state']],
    ['Secretary of State', ['us-secretary-of-state']],
    ['Russian President', ['russia-president']],
    ['Russia’s president', ['russia-president']],
    ['President of Russia', ['russia-president']],
    ['Former U.S. President', ['us-president']],
    ['then-President', kb.officesFor('president').map((o) => o.id).sort()],
    ['Kremlin spokesperson', ['kremlin-spokesperson']],
    ['Kremlin spokesman', ['kremlin-spokesperson']],
    ['French President', ['france-president']],
    ['President of France', ['france-president']],
    ['President of the French Republic', ['france-president']],
    ['European Commission President', ['european-commission-president']],
    ['President of the European Commission', ['european-commission-president']],
    ['UN Secretary-General', ['un-secretary-general']],
    ['U.N. Secretary-General', ['un-secretary-general']],
    ['Turkish President', ['turkey-president']],
    ['Ukrainian President', ['ukraine-president']],
    ['White House press secretary', ['white-house-press-secretary']],
    ['German Chancellor', ['germany-chancellor']],
    ['West German Chancellor', ['germany-chancellor']],
    ['British Prime Minister', ['uk-prime-minister']],
    ['UK Foreign Secretary', ['uk-foreign-secretary']],
    ['Chancellor of the Exchequer', ['uk-chancellor-of-the-exchequer']],
    ['U.S. Defense Secretary', ['us-secretary-of-defense']],
    ['Treasury Secretary', ['us-secretary-of-the-treasury']],
    ['Chinese Premier', ['china-premier']],
    ['Iran’s Supreme Leader', ['iran-supreme-leader']],
    ['Russian Foreign Minister', ['russia-foreign-minister']],
    ['U.S. foreign minister', ['us-secretary-of-state']], // broader role
    ['IMF chief', ['imf-managing-director']],
    ['head of the IMF', ['imf-managing-director']],
    ['WHO Director-General', ['who-director-general']],
    ['Fed Chair', ['fed-chair']],
    ['Federal Reserve Chairman', ['fed-chair']],
  ])('%s', (title, expected) => {
    expect(ids(title)).toEqual(expected);
  });

  it('a bare role returns every office with that role', () => {
    const all = ids('President');
    expect(all).toContain('us-president');
    expect(all).toContain('russia-president');
    expect(all).toContain('european-commission-president');
    expect(all.length).toBeGreaterThan(10);
  });

  it('a generic role matches heads of state and government of the qualifier', () => {
    const leaders = ids('Russian leader');
    expect(leaders).toContain('russia-president');
    expect(leaders).toContain('russia-prime-minister');
    expect(leaders).not.toContain('us-president');
  });

  it.each([['Russian Deputy Foreign Minister'], ['Mayor of London'], ['Turkish Cypriot leader of the opposition'], ['']])(
    'unknown title "%s" gives no office',
    (title) => {
      expect(ids(title)).toEqual([]);
    },
  );
});

describe('peopleByName', () => {
  const ids = (name: string) => kb.peopleByName(name).map((p) => p.id).sort();
  it.each([
    ['Zelensky', ['volodymyr-zelenskyy']],
    ['Zelenskyy', ['volodymyr-zelenskyy']],
    ['Zelenskiy', ['volodymyr-zelenskyy']],
    ['Volodymyr Zelensky', ['volodymyr-zelenskyy']],
    ['Erdogan', ['recep-tayyip-erdogan']],
    ['Erdoğan', ['recep-tayyip-erdogan']],
    ['Tayyip Erdoğan', ['recep-tayyip-erdogan']],
    ['Recep Tayyip Erdogan', ['recep-tayyip-erdogan']],
    ['Mark Rutte', ['mark-rutte']],
    ['RUTTE', ['mark-rutte']],
    ['Mr. Putin', ['vladimir-putin']],
    ['Vladimir Vladimirovich Putin', ['vladimir-putin']],
    ['Marco Rubio', ['marco-rubio']],
    ['Xi', ['xi-jinping']],
    ['von der Leyen', ['ursula-von-der-leyen']],
    ['Antonio Guterres', ['antonio-guterres']],
  ])('%s', (name, expected) => {
    expect(ids(name)).toEqual(expected);
  });

  it('a shared surname returns several people', () => {
    expect(ids('Bush')).toEqual(['george-h-w-bush', 'george-w-bush']);
    expect(ids('George Bush')).toEqual(['george-h-w-bush', 'george-w-bush']);
    const johnsons = ids('Johnson');
    expect(johnsons).toContain('boris-johnson');
    expect(johnsons).toContain('lyndon-b-johnson');
  });

  it('an unknown name gives nobody', () => {
    expect(ids('Nobody Inparticular')).toEqual([]);
  });
});

describe('placeByName / roleByName / eventByName', () => {
  it.each([
    ['Russia', 'russia'],
    ['Russian', 'russia'],
    ['the Russian Federation', 'russia'],
    ['U.S.', 'us'],
    ['US', 'us'],
    ['America', 'us'],
    ['NATO', 'nato'],
    ['Nato', 'nato'],
    ["NATO's", 'nato'],
    ['the Kremlin', 'kremlin'],
    ['Turkey', 'turkey'],
    ['Türkiye', 'turkey'],
    ['Istanbul', 'istanbul'],
    ['Kiev', 'kyiv'],
    ['Britain', 'uk'],
    ['Soviet', 'ussr'],
  ])('place %s', (text, id) => {
    expect(kb.placeByName(text)?.id).toBe(id);
  });

  it('is case-sensitive for acronyms and lower-case words', () => {
    expect(kb.placeByName('us')).toBeUndefined();
    expect(kb.placeByName('turkey')).toBeUndefined();
    expect(kb.placeByName('Us')).toBeUndefined();
  });

  it('knows a city belongs to a country', () => {
    expect(kb.placeByName('Istanbul')?.country).toBe('turkey');
    expect(kb.place('russia')?.capital).toBe('moscow');
  });

  it.each([
    ['Secretary-General', 'secretary-general'],
    ['secretary general', 'secretary-general'],
    ['spokeswoman', 'spokesperson'],
    ['Press Secretary', 'spokesperson'],
    ['Premier', 'prime-minister'],
    ['Defense Secretary', 'defence-minister'],
  ])('role %s', (text, id) => {
    expect(kb.roleByName(text)?.id).toBe(id);
  });

  it.each([
    ["Russia's full-scale invasion of Ukraine", 'russia-full-scale-invasion-of-ukraine', '2022-02-24'],
    ['the full-scale invasion', 'russia-full-scale-invasion-of-ukraine', '2022-02-24'],
    ['victory in World War Two', 'victory-day', '1945-05-09'],
    ['VE Day', 've-day', '1945-05-08'],
    ['the 9/11 attacks', 'september-11-attacks', '2001-09-11'],
  ])('event %s', (text, id, date) => {
    const e = kb.eventByName(text);
    expect(e?.id).toBe(id);
    expect(e?.date).toBe(date);
  });

  it('an unknown event gives undefined', () => {
    expect(kb.eventByName('the Battle of Nowhere')).toBeUndefined();
  });
});

describe('names()', () => {
  it('yields surface forms of every kind', () => {
    const all = [...kb.names()];
    const kinds = new Set(all.map((n) => n.kind));
    expect(kinds).toEqual(new Set(['person', 'place', 'role', 'office', 'event']));
    expect(all).toContainEqual({ text: 'Zelensky', kind: 'person', id: 'volodymyr-zelenskyy' });
    expect(all).toContainEqual({ text: 'NATO chief', kind: 'office', id: 'nato-secretary-general' });
  });
});

describe('loading and validation', () => {
  it('finds the default files', () => {
    const files = defaultKbFiles();
    expect(files.some((f) => f.endsWith('roles.yaml'))).toBe(true);
    expect(files.some((f) => f.endsWith('us-executive.yaml'))).toBe(true);
  });

  it('kb/compiled.json, when used, holds the same data as the YAML sources', () => {
    const fromYaml = defaultKbFiles().map((f) => readKbFile(f).data);
    const used = loadDefaultFiles().map((f) => f.data);
    expect(used).toEqual(fromYaml);
  });

  it('caches the default KB', () => {
    expect(loadKb()).toBe(kb);
  });

  it('a user file extends offices and adds entries', () => {
    const k = loadKb([fixture('user-extra.yaml')]);
    expect(k.holdersOn('nato-secretary-general', '2032-01-01').map((t) => t.person)).toEqual(['test-successor']);
    expect(k.holdersOn('nato-secretary-general', '2025-05-11').map((t) => t.person)).toEqual(['mark-rutte']);
    expect(k.officesByTitle('Test Club chair').map((o) => o.id)).toEqual(['test-club-chair']);
    expect(k.officesByTitle('club boss').map((o) => o.id)).toEqual(['test-club-chair']);
    expect(k.event('ve-day')?.date).toBe('1945-05-09');
    expect(k.event('ve-day')?.names).toContain('VE Day'); // other fields kept
    // the default KB is not modified
    expect(kb.holdersOn('nato-secretary-general', '2032-01-01').map((t) => t.person)).toEqual(['mark-rutte']);
  });

  const err = (fn: () => unknown): KbError => {
    try {
      fn();
    } catch (e) {
      return e as KbError;
    }
    throw new Error('expected a KbError');
  };

  it('an impossible date names the file and the entry path', () => {
    const e = err(() => loadKb([fixture('bad-date.yaml')]));
    expect(e).toBeInstanceOf(KbError);
    expect(e.message).toContain('bad-date.yaml');
    expect(e.message).toContain('offices[0].holders[0].from');
    expect(e.path).toBe('offices[0].holders[0].from');
  });

  it('30 February is rejected', () => {
    const e = err(() => loadKb([fixture('bad-feb30.yaml')]));
    expect(e.message).toMatch(/bad-feb30\.yaml: events\[0\]\.date: /);
  });

  it('a missing required field is reported with its path', () => {
    const e = err(() => loadKb([fixture('bad-shape.yaml')]));
    expect(e).toBeInstanceOf(KbError);
    expect(e.message).toMatch(/bad-shape\.yaml: offices\[0\]\.holders\[0\]\.from: /);
  });

  it('an unknown person id in a JSON file is reported', () => {
    const e = err(() => loadKb([fixture('bad-ref.json')]));
    expect(e).toBeInstanceOf(KbError);
    expect(e.message).toMatch(/bad-ref\.json: offices\[0\]\.holders\[0\]\.person: unknown person "no-such-person"/);
  });

  it('a missing file is a KbError', () => {
    const e = err(() => loadKb([fixture('does-not-exist.yaml')]));
    expect(e).toBeInstanceOf(KbError);
  });

  it('build: duplicate id within one file and term ending before it starts', () => {
    const base = { roles: [{ id: 'r', names: ['r'] }], places: [{ id: 'p', kind: 'country' as const, names: ['P'], demonyms: [] }] };
    const people = [{ id: 'a', name: 'A A', aliases: [], ambiguousAliases: [] }];
    const dup: KbData = { ...base, people: [...people, ...people] };
    expect(() => KnowledgeBase.build([{ file: 'x.yaml', data: dup }])).toThrow(/x\.yaml: people\[1\]\.id: duplicate id "a"/);
    const backwards: KbData = {
      ...base,
      people,
      offices: [{ id: 'o', role: 'r', body: 'p', kind: 'other', names: [], holders: [{ person: 'a', from: '2020-01-02', to: '2020-01-01' }] }],
    };
    expect(() => KnowledgeBase.build([{ file: 'y.yaml', data: backwards }])).toThrow(/y\.yaml: offices\[0\]\.holders\[0\]\.to: /);
    const unknownRole: KbData = { ...base, people, offices: [{ id: 'o', role: 'zz', body: 'p', kind: 'other', names: [], holders: [] }] };
    expect(() => KnowledgeBase.build([{ file: 'z.yaml', data: unknownRole }])).toThrow(/z\.yaml: offices\[0\]\.role: unknown role "zz"/);
  });
});

describe('office labels in messages', () => {
  // A label names the office as it stands, not one era or holder of it: messages about Olaf Scholz or King
  // Charles III once read "Chancellor of West Germany" and "Queen of England".
  it.each([
    ['germany-chancellor', 'Chancellor of Germany'],
    ['germany-president', 'President of Germany'],
    ['uk-monarch', 'Monarch of the United Kingdom'],
    ['denmark-monarch', 'Monarch of Denmark'],
    ['netherlands-monarch', 'Monarch of the Netherlands'],
    ['uk-prime-minister', 'Prime Minister of the United Kingdom'],
  ])('%s is labelled "%s"', (id, label) => {
    expect(officeLabel(kb.office(id)!, kb)).toBe(label);
  });
});
