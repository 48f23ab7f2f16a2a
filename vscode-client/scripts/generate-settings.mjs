// Regenerates the rule settings in package.json and src/core/rules.generated.ts from the engine's
// rule registry. With --check, changes nothing and exits 1 when either file has drifted.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesModule, withReadmeTables, withRuleSettings } from './rule-settings.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packagePath = join(root, 'package.json');
const modulePath = join(root, 'src', 'core', 'rules.generated.ts');
const readmePath = join(root, 'README.md');

/** The registry as JSON, printed by the small console under tools/. */
export function readRegistry() {
  const output = execFileSync('dotnet', ['run', '--project', join(root, 'tools', 'RuleRegistryExport'), '-c', 'Release'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const start = output.indexOf('[');
  return JSON.parse(output.slice(start));
}

const check = process.argv.includes('--check');
const rules = readRegistry();
const currentPackage = readFileSync(packagePath, 'utf8');
const wantedPackage = JSON.stringify(withRuleSettings(JSON.parse(currentPackage), rules), null, 2) + '\n';
const currentModule = (() => { try { return readFileSync(modulePath, 'utf8'); } catch { return ''; } })();
const wantedModule = rulesModule(rules);
const currentReadme = readFileSync(readmePath, 'utf8');
const wantedReadme = withReadmeTables(currentReadme, rules, JSON.parse(wantedPackage));

if (check) {
  const drifted = [];
  if (currentPackage !== wantedPackage) drifted.push('package.json');
  if (currentModule !== wantedModule) drifted.push('src/core/rules.generated.ts');
  if (currentReadme !== wantedReadme) drifted.push('README.md');
  if (drifted.length) {
    console.error(`Rule settings drifted from the registry: ${drifted.join(', ')}. Run npm run generate.`);
    process.exit(1);
  }
  console.log(`Rule settings match the registry (${rules.length} rules).`);
} else {
  writeFileSync(packagePath, wantedPackage);
  writeFileSync(modulePath, wantedModule);
  writeFileSync(readmePath, wantedReadme);
  console.log(`Wrote ${rules.length} rule settings to package.json, src/core/rules.generated.ts and README.md.`);
}
