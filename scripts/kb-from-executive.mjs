#!/usr/bin/env node
// Generates kb/offices/us-executive.yaml (US presidents and vice presidents since 1945) from the
// CC0 "congress-legislators" executive.yaml. Usage:
//   node scripts/kb-from-executive.mjs [path/to/executive.yaml] [--today YYYY-MM-DD]
// Terms whose scheduled end is after --today (default: the current date) are written without
// `to` (sitting holders). Consecutive terms of the same person are merged.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const args = process.argv.slice(2);
const ti = args.indexOf('--today');
const src = args.find((a, i) => !a.startsWith('--') && i !== ti + 1) ?? '/work/shared/corpora/office-holders/us-congress-legislators/executive.yaml';
const today = ti >= 0 ? args[ti + 1] : new Date().toISOString().slice(0, 10);
const SINCE = '1945-01-01';
const out = fileURLToPath(new URL('../kb/offices/us-executive.yaml', import.meta.url));

// person id, canonical name and aliases, keyed by "first last" of the source file
const PEOPLE = {
  'Franklin Roosevelt': { id: 'franklin-d-roosevelt', name: 'Franklin D. Roosevelt', aliases: ['Franklin Delano Roosevelt', 'FDR'], amb: ['Roosevelt'] },
  'Henry Wallace': { id: 'henry-a-wallace', name: 'Henry A. Wallace', aliases: ['Henry Wallace'], amb: [] },
  'Harry Truman': { id: 'harry-s-truman', name: 'Harry S. Truman', aliases: ['Harry Truman'], amb: [] },
  'Alben Barkley': { id: 'alben-w-barkley', name: 'Alben W. Barkley', aliases: ['Alben Barkley'], amb: [] },
  'Dwight Eisenhower': { id: 'dwight-d-eisenhower', name: 'Dwight D. Eisenhower', aliases: ['Dwight Eisenhower', 'Ike'], amb: [] },
  'Richard Nixon': { id: 'richard-nixon', name: 'Richard Nixon', aliases: ['Richard M. Nixon', 'Richard Milhous Nixon'], amb: [] },
  'John Kennedy': { id: 'john-f-kennedy', name: 'John F. Kennedy', aliases: ['JFK', 'John Fitzgerald Kennedy', 'Jack Kennedy'], amb: ['Kennedy', 'John Kennedy'] },
  'Lyndon Johnson': { id: 'lyndon-b-johnson', name: 'Lyndon B. Johnson', aliases: ['Lyndon Johnson', 'LBJ', 'Lyndon Baines Johnson'], amb: ['Johnson'] },
  'Hubert Humphrey': { id: 'hubert-humphrey', name: 'Hubert Humphrey', aliases: ['Hubert H. Humphrey'], amb: [] },
  'Spiro Agnew': { id: 'spiro-agnew', name: 'Spiro Agnew', aliases: ['Spiro T. Agnew'], amb: [] },
  'Gerald Ford': { id: 'gerald-ford', name: 'Gerald Ford', aliases: ['Gerald R. Ford', 'Jerry Ford'], amb: [] },
  'Nelson Rockefeller': { id: 'nelson-rockefeller', name: 'Nelson Rockefeller', aliases: ['Nelson A. Rockefeller'], amb: [] },
  'James Carter': { id: 'jimmy-carter', name: 'Jimmy Carter', aliases: ['James Earl Carter', 'James Carter', 'Jimmy Carter Jr.'], amb: [] },
  'Walter Mondale': { id: 'walter-mondale', name: 'Walter Mondale', aliases: ['Walter F. Mondale', 'Fritz Mondale'], amb: [] },
  'Ronald Reagan': { id: 'ronald-reagan', name: 'Ronald Reagan', aliases: ['Ronald W. Reagan', 'Ronald Wilson Reagan'], amb: [] },
  'George Bush': null, // two of them: resolved by middle name below
  'James Quayle': { id: 'dan-quayle', name: 'Dan Quayle', aliases: ['J. Danforth Quayle', 'James Danforth Quayle'], amb: [] },
  'William Clinton': { id: 'bill-clinton', name: 'Bill Clinton', aliases: ['William Jefferson Clinton', 'William J. Clinton', 'William Clinton'], amb: ['Clinton'] },
  'Albert Gore': { id: 'al-gore', name: 'Al Gore', aliases: ['Albert Gore Jr.', 'Albert Arnold Gore'], amb: [] },
  'Richard Cheney': { id: 'dick-cheney', name: 'Dick Cheney', aliases: ['Richard B. Cheney', 'Richard Cheney', 'Richard Bruce Cheney'], amb: [] },
  'Barack Obama': { id: 'barack-obama', name: 'Barack Obama', aliases: ['Barack Hussein Obama', 'Barack H. Obama'], amb: [] },
  'Joseph Biden': { id: 'joe-biden', name: 'Joe Biden', aliases: ['Joseph R. Biden', 'Joseph R. Biden Jr.', 'Joseph Biden', 'Joseph Robinette Biden'], amb: [] },
  'Mike Pence': { id: 'mike-pence', name: 'Mike Pence', aliases: ['Michael Pence', 'Michael R. Pence'], amb: [] },
  'Donald Trump': { id: 'donald-trump', name: 'Donald Trump', aliases: ['Donald J. Trump', 'Donald John Trump'], amb: [] },
  'Kamala Harris': { id: 'kamala-harris', name: 'Kamala Harris', aliases: ['Kamala D. Harris', 'Kamala Devi Harris'], amb: [] },
  'James David Vance': { id: 'jd-vance', name: 'JD Vance', aliases: ['J.D. Vance', 'James David Vance', 'James Vance'], amb: [] },
};
const BUSH = {
  'Herbert Walker': { id: 'george-h-w-bush', name: 'George H. W. Bush', aliases: ['George Herbert Walker Bush', 'Bush Sr.', 'George Bush Sr.', 'Bush senior'], amb: ['George Bush', 'Bush'] },
  Walker: { id: 'george-w-bush', name: 'George W. Bush', aliases: ['George Walker Bush', 'Bush Jr.', 'Dubya'], amb: ['George Bush', 'Bush'] },
};

const data = YAML.parse(readFileSync(src, 'utf8'));
const people = new Map();
const offices = { prez: [], viceprez: [] };
for (const p of data) {
  const key = `${p.name.first} ${p.name.last}`;
  let info = PEOPLE[key];
  if (key === 'George Bush') info = BUSH[p.name.middle];
  const terms = p.terms.filter((t) => (t.type === 'prez' || t.type === 'viceprez') && t.end > SINCE);
  if (!terms.length) continue;
  if (!info) throw new Error(`no person mapping for ${key}`);
  people.set(info.id, info);
  for (const t of terms) {
    const list = offices[t.type];
    const last = list[list.length - 1];
    if (last && last.person === info.id && last.to === t.start) {
      last.to = t.end;
    } else {
      list.push({ person: info.id, from: t.start, to: t.end, how: t.how });
    }
  }
}
const fin = (list) =>
  list
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((t) => {
      const o = { person: t.person, from: t.from };
      if (t.to <= today) o.to = t.to;
      return o;
    });

const doc = {
  people: [...people.values()].map((p) => ({ id: p.id, name: p.name, aliases: p.aliases, ambiguousAliases: p.amb })),
  offices: [
    {
      id: 'us-president',
      role: 'president',
      body: 'us',
      kind: 'head-of-state',
      names: ['President of the United States', 'American president', 'US president', 'commander-in-chief', 'POTUS'],
      holders: fin(offices.prez),
    },
    {
      id: 'us-vice-president',
      role: 'vice-president',
      body: 'us',
      kind: 'deputy',
      names: ['Vice President of the United States', 'VP'],
      holders: fin(offices.viceprez),
      gaps: [
        { from: '1945-04-12', to: '1949-01-20', reason: 'vacant: Truman succeeded to the presidency' },
        { from: '1963-11-22', to: '1965-01-20', reason: 'vacant: Johnson succeeded to the presidency' },
        { from: '1973-10-10', to: '1973-12-06', reason: 'vacant: Agnew resigned' },
        { from: '1974-08-09', to: '1974-12-19', reason: 'vacant: Ford succeeded to the presidency' },
      ],
    },
  ],
};
const header = `# GENERATED by scripts/kb-from-executive.mjs from the CC0 congress-legislators executive.yaml
# (US presidents and vice presidents since 1945). Do not edit by hand: edit the script and re-run.
# Terms are half-open [from, to); sitting holders have no \`to\`.
`;
writeFileSync(out, header + YAML.stringify(doc, { lineWidth: 0, flowCollectionPadding: false }));
console.log(`wrote ${out}: ${doc.people.length} people, ${doc.offices[0].holders.length} presidential and ${doc.offices[1].holders.length} vice-presidential terms`);
