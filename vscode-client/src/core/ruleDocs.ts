// The text "SourceLint: Explain Rule" shows: the rule's own documentation page when the package
// carries one (rule-docs/<id>.md, copied from the repository's docs/rules at build time), framed by
// what the settings and suppression comments need.
import { RuleInfo } from './rules';

export function ruleExplanation(rule: RuleInfo, documentation?: string): string {
  const body = documentation?.trim()
    // The page's own first heading repeats the title below.
    ? documentation.trim().replace(/^#\s+.*\n+/, '')
    : rule.summary;
  return [
    `# ${rule.id} ${rule.name}`,
    '',
    `*Default severity: ${rule.defaultSeverity} · category: ${rule.category}*`,
    '',
    body,
    '',
    '## Change or silence it',
    '',
    `- Setting: \`"sourcelint.rules.${rule.id}": "off" | "hint" | "information" | "warning" | "error"\``,
    `- In \`.sourcelint.yml\` (wins over the setting): \`rules: { ${rule.id}: off }\``,
    `- For one line: \`<!-- sourcelint-disable-next-line ${rule.id} -->\` on the line before`,
    `- For a passage: \`<!-- sourcelint-disable ${rule.id} -->\` … \`<!-- sourcelint-enable ${rule.id} -->\``,
    '',
    `[Full documentation](${rule.helpUri})`,
    '',
  ].join('\n');
}

/** The quick pick's rows: id and name, default severity, summary. */
export function rulePickItems(table: readonly RuleInfo[]): { label: string; description: string; detail: string; id: string }[] {
  return table.map(rule => ({ label: `${rule.id} ${rule.name}`, description: rule.defaultSeverity, detail: rule.summary, id: rule.id }));
}
