import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper shared with scripts/generate-settings.mjs, no typings.
import { rulePrefix, ruleSetting, rulesModule, withReadmeTables, withRuleSettings } from '../scripts/rule-settings.mjs';
import { rules } from '../src/core/rules';

const root = join(__dirname, '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const properties: Record<string, { default?: unknown; enum?: string[] }> = packageJson.contributes.configuration.properties;
const hasDotnet = spawnSync('dotnet', ['--version']).status === 0;

describe('settings generated from the rule registry', () => {
  // The real registry, printed by tools/RuleRegistryExport (a console over SourceLint.Core).
  // Asynchronous: a build that blocks the worker for a minute trips vitest's own RPC timeout.
  it.skipIf(!hasDotnet)('package.json, rules.generated.ts and the README tables match SourceLint.Core\'s RuleRegistry', async () => {
    const { stdout: output } = await promisify(execFile)('dotnet', ['run', '--project', join(root, 'tools', 'RuleRegistryExport'), '-c', 'Release'], { encoding: 'utf8' });
    const registry = JSON.parse(output.slice(output.indexOf('[')));
    expect(registry.length).toBeGreaterThanOrEqual(11);
    expect(withRuleSettings(packageJson, registry)).toEqual(packageJson);
    expect(readFileSync(join(root, 'src', 'core', 'rules.generated.ts'), 'utf8')).toBe(rulesModule(registry));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(withReadmeTables(readme, registry, packageJson)).toBe(readme);
  });

  it('contributes one severity setting per rule, defaulting to the registry', () => {
    const ruleKeys = Object.keys(properties).filter(k => k.startsWith(rulePrefix));
    expect(ruleKeys).toEqual(rules.map(r => rulePrefix + r.id));
    for (const rule of rules) {
      expect(properties[rulePrefix + rule.id]).toEqual(ruleSetting(rule));
      expect(properties[rulePrefix + rule.id].enum).toEqual(['off', 'hint', 'information', 'warning', 'error']);
    }
  });

  it('a changed registry default makes the drift visible', () => {
    const changed = rules.map(r => r.id === 'SL104' ? { ...r, defaultSeverity: 'warning' } : r);
    expect(withRuleSettings(packageJson, changed)).not.toEqual(packageJson);
  });

  it('contributes the other settings of the issue', () => {
    for (const key of ['sourcelint.enable', 'sourcelint.reportingVerbs', 'sourcelint.hedges', 'sourcelint.debounceMs', 'sourcelint.server.path', 'sourcelint.trace.server']) {
      expect(properties, key).toHaveProperty([key]);
    }
  });
});

describe('package.json', () => {
  it('targets VS Code 1.91+, activates on drafts and starts from the bundle', () => {
    expect(packageJson.engines.vscode).toBe('^1.91.0');
    expect(packageJson.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:plaintext']);
    expect(packageJson.main).toBe('./dist/extension.js');
  });

  it('restricts the server path in untrusted workspaces', () => {
    expect(packageJson.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect(packageJson.capabilities.untrustedWorkspaces.restrictedConfigurations).toContain('sourcelint.server.path');
  });

  it('registers in code every command it contributes', () => {
    const source = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter(f => f.endsWith('.ts')).map(f => readFileSync(join(root, 'src', f), 'utf8')).join('\n');
    for (const { command } of packageJson.contributes.commands) {
      expect(source, command).toContain(`registerCommand('${command}'`);
    }
  });

  it('ships snippets that parse', () => {
    for (const { path } of packageJson.contributes.snippets) {
      const snippets = JSON.parse(readFileSync(join(root, path), 'utf8'));
      expect(Object.keys(snippets).length).toBeGreaterThan(2);
    }
  });
});
