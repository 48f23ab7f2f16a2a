// The rule table the extension knows, generated from the engine's registry (rules.generated.ts).
import { generatedRules } from './rules.generated';

export type SeverityLevel = 'off' | 'hint' | 'information' | 'warning' | 'error';
export const severityLevels: readonly SeverityLevel[] = ['off', 'hint', 'information', 'warning', 'error'];

export interface RuleInfo {
  id: string;
  name: string;
  defaultSeverity: SeverityLevel;
  summary: string;
  category: string;
  helpUri: string;
}

export const rules: readonly RuleInfo[] = generatedRules;

/** The rule with this id or name (case-insensitive), as the registry's `Find` does. */
export function findRule(idOrName: string, table: readonly RuleInfo[] = rules): RuleInfo | undefined {
  const key = idOrName.trim().toLowerCase();
  return table.find(r => r.id.toLowerCase() === key || r.name.toLowerCase() === key);
}
