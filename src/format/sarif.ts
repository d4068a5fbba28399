// SARIF 2.1.0 (OASIS) for code-scanning tools: rule metadata from the registry, one result per finding
// with its severity level, region (UTF-16 columns, end column exclusive) and related locations.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { RelatedLocation, ResolvedLocation, Severity } from '../core/types.js';
import { DIRECTIVE_RULE } from '../post/suppress.js';
import { RULES } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A report path as a URI reference: relative paths stay relative (segments percent-encoded). */
export function fileUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split('/').map(encodeURIComponent).join('/');
}

function ruleDescriptor(m: RuleMeta): ReportingDescriptor {
  const d = m.docs;
  const text = `${d.catches}\n\nWhy it matters: ${d.why}\n\nExample: "${d.example.text}" → ${d.example.message}\n\nHow to fix: ${d.fix}`;
  const markdown = `${d.catches}\n\n**Why it matters:** ${d.why}\n\n**Example:** \`${d.example.text}\` → ${d.example.message}\n\n**How to fix:** ${d.fix}`;
  return {
    id: m.id,
    name: m.id,
    shortDescription: { text: m.description },
    fullDescription: { text: d.catches },
    help: { text, markdown },
    defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
  };
}

function location(l: ResolvedLocation): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: fileUri(l.file) },
      region: {
        startLine: l.line,
        startColumn: l.column,
        endLine: l.endLine,
        endColumn: l.endColumn,
        charOffset: l.offset,
        charLength: l.endOffset - l.offset,
        snippet: { text: l.text },
      },
    },
  };
}

function related(r: RelatedLocation, id: number): Location {
  return { id, ...location(r), message: { text: r.message } };
}

export const sarif: Formatter = (report) => {
  const metas = [...RULES.map((r) => r.meta), DIRECTIVE_RULE];
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const results: Result[] = report.findings.map((f) => {
    const r: Result = {
      ruleId: f.rule,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f)],
    };
    const i = index.get(f.rule);
    if (i !== undefined) r.ruleIndex = i;
    if (f.related.length) r.relatedLocations = f.related.map((x, k) => related(x, k + 1));
    const props: Record<string, unknown> = { severity: f.severity };
    if (f.actual !== undefined) props.actual = f.actual;
    if (f.expected !== undefined) props.expected = f.expected;
    if (f.evidence) props.evidence = f.evidence;
    r.properties = props;
    return r;
  });
  const notifications: Notification[] = report.inputErrors.map((e) => ({
    level: 'error',
    message: { text: e.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(e.file) }, ...(e.line ? { region: { startLine: e.line } } : {}) } }],
  }));
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'newscheck', version: report.tool.version, semanticVersion: report.tool.version, rules: metas.map(ruleDescriptor) } },
        invocations: [{ executionSuccessful: report.inputErrors.length === 0, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
