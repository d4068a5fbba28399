// `newscheck kb who TITLE --on DATE` and `newscheck kb person NAME`: look up the knowledge base, as the checks do.
import type { Command } from 'commander';
import { officeLabel, termText } from '../date/claims.js';
import type { KnowledgeBase } from '../know/kb.js';
import { loadKb } from '../know/load.js';
import { isIsoDate } from '../load/dates.js';
import { UsageError } from './usage-error.js';

/** Who held the offices a title names on a date. */
export function whoHeld(kb: KnowledgeBase, title: string, on: string): string {
  const offices = kb.officesByTitle(title);
  if (offices.length === 0) return `no office known for "${title}"\n`;
  const lines: string[] = [];
  for (const o of offices) {
    const holders = kb.holdersOn(o.id, on);
    const who = holders.length
      ? holders.map((t) => `${kb.person(t.person)?.name ?? t.person} (${termText(t)}${t.acting ? ', acting' : ''})`).join(', ')
      : 'nobody known';
    lines.push(`${officeLabel(o, kb)} on ${on}: ${who}`);
  }
  return lines.join('\n') + '\n';
}

/** The offices a person held, with dates. */
export function personOffices(kb: KnowledgeBase, name: string): string {
  const people = kb.peopleByName(name);
  if (people.length === 0) return `no person known as "${name}"\n`;
  const lines: string[] = [];
  for (const p of people) {
    const aliases = [...p.aliases, ...p.ambiguousAliases].filter((a) => a !== p.name);
    lines.push(`${p.name} (${p.id})${aliases.length ? `, also: ${aliases.join(', ')}` : ''}`);
    const terms = kb.termsOf(p.id);
    if (terms.length === 0) lines.push('  no offices recorded');
    for (const t of terms) lines.push(`  ${officeLabel(t.office, kb)}: ${termText(t.term)}${t.term.acting ? ' (acting)' : ''}`);
  }
  return lines.join('\n') + '\n';
}

export function registerKbCommand(program: Command): void {
  const kb = program.command('kb').description('look up the knowledge base (office holders, people)');
  kb.command('who')
    .description('who held the office a title names on a date')
    .argument('<title>', 'a title as written, e.g. "NATO Secretary General"')
    .requiredOption('--on <YYYY-MM-DD>', 'the date')
    .option('--kb <file>', 'extra knowledge-base file (repeatable)', (v: string, p: string[]) => [...p, v], [])
    .action((title: string, o: { on: string; kb: string[] }) => {
      if (!isIsoDate(o.on)) throw new UsageError(`--on expects a calendar date YYYY-MM-DD, got ${JSON.stringify(o.on)}`);
      process.stdout.write(whoHeld(loadKb(o.kb), title, o.on));
    });
  kb.command('person')
    .description('the offices a person held, with dates')
    .argument('<name>', 'a name or alias, e.g. "Jens Stoltenberg"')
    .option('--kb <file>', 'extra knowledge-base file (repeatable)', (v: string, p: string[]) => [...p, v], [])
    .action((name: string, o: { kb: string[] }) => {
      process.stdout.write(personOffices(loadKb(o.kb), name));
    });
}
