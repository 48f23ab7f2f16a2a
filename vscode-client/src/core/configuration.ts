// Settings → the configuration the server reads. The server asks for section "sourcelint" through
// `workspace/configuration`; the client answers with this normalised object, so the server never sees
// a misspelt severity, a non-string verb or a negative delay, whatever settings.json holds.
import { RuleInfo, SeverityLevel, findRule, rules as registryRules, severityLevels } from './rules';

export interface ServerConfiguration {
  enable: boolean;
  /** Every rule by id, with the severity the user chose or the registry's default. */
  rules: Record<string, SeverityLevel>;
  /** Extra reporting verbs; the server merges them with `.sourcelint.yml` (the file wins). */
  reportingVerbs: string[];
  /** Extra hedges; merged like reportingVerbs. */
  hedges: string[];
  /** "Quiet while typing": milliseconds to wait after the last edit before re-checking. */
  debounceMs: number;
}

export const defaultDebounceMs = 150;
export const maxDebounceMs = 5000;

/**
 * Normalises the `sourcelint` settings section (as `workspace.getConfiguration('sourcelint')` or the
 * `workspace/configuration` reply gives it: `{ enable, rules: { SL101: 'warning' }, … }`).
 * Unknown rule ids are dropped and reported in `problems`; rule names ("unattributed-figure") are
 * accepted for ids.
 */
export function toServerConfiguration(section: unknown, table: readonly RuleInfo[] = registryRules):
  { configuration: ServerConfiguration; problems: string[] } {
  const problems: string[] = [];
  const raw = isObject(section) ? section : {};

  const ruleLevels: Record<string, SeverityLevel> = {};
  for (const rule of table) ruleLevels[rule.id] = rule.defaultSeverity;
  const rawRules = isObject(raw.rules) ? raw.rules : {};
  for (const [key, value] of Object.entries(rawRules)) {
    const rule = findRule(key, table);
    if (!rule) { problems.push(`sourcelint.rules.${key}: no such rule.`); continue; }
    const level = typeof value === 'string' ? value.trim().toLowerCase() : value;
    if (!severityLevels.includes(level as SeverityLevel)) {
      problems.push(`sourcelint.rules.${key}: "${String(value)}" is not one of ${severityLevels.join(', ')}; using ${rule.defaultSeverity}.`);
      continue;
    }
    ruleLevels[rule.id] = level as SeverityLevel;
  }

  return {
    problems,
    configuration: {
      enable: typeof raw.enable === 'boolean' ? raw.enable : true,
      rules: ruleLevels,
      reportingVerbs: phraseList(raw.reportingVerbs, 'reportingVerbs', problems),
      hedges: phraseList(raw.hedges, 'hedges', problems),
      debounceMs: debounce(raw.debounceMs, problems),
    },
  };
}

/** Trimmed, lower-cased, de-duplicated phrases; anything that is not a non-empty string is dropped. */
function phraseList(value: unknown, key: string, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) { problems.push(`sourcelint.${key}: expected a list of phrases.`); return []; }
  const seen = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'string') { problems.push(`sourcelint.${key}: ignoring ${JSON.stringify(item)}, not a phrase.`); continue; }
    const phrase = item.trim().replace(/\s+/g, ' ').toLowerCase();
    if (phrase) seen.add(phrase);
  }
  return [...seen];
}

function debounce(value: unknown, problems: string[]): number {
  if (value === undefined || value === null) return defaultDebounceMs;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push(`sourcelint.debounceMs: expected a number of milliseconds; using ${defaultDebounceMs}.`);
    return defaultDebounceMs;
  }
  return Math.round(Math.min(Math.max(value, 0), maxDebounceMs));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
