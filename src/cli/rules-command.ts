// `newscheck rules [id]`: list the rules, or explain one.
import type { Rule } from '../rules/types.js';

export function listRules(rules: readonly Rule[]): string {
  const w = Math.max(...rules.map((r) => r.meta.id.length));
  return rules.map((r) => `${r.meta.id.padEnd(w)}  ${r.meta.defaultSeverity.padEnd(7)}  ${r.meta.description}`).join('\n') + '\n';
}

export function explainRule(rule: Rule): string {
  const m = rule.meta;
  return [
    `${m.id} (${rule.scope}, default severity: ${m.defaultSeverity})`,
    '',
    m.description,
    '',
    `What it catches: ${m.docs.catches}`,
    '',
    `Why it matters: ${m.docs.why}`,
    '',
    'Example:',
    `  text:    ${m.docs.example.text}`,
    `  finding: ${m.docs.example.message}`,
    '',
    `How to fix: ${m.docs.fix}`,
    '',
  ].join('\n');
}
