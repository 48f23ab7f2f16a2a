// `npm run package`: type-checks and bundles the extension, publishes the server per target and
// produces one platform-specific .vsix per target in dist/vsix/.
//   npm run package [-- --targets linux-x64]      (or SOURCELINT_TARGETS=linux-x64)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from './build-server.mjs';
import { chosenTargets } from './targets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = name => join(root, 'node_modules', '.bin', name);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const chosen = chosenTargets(process.argv);
run(bin('tsc'), ['--noEmit', '-p', '.']);
run('npm', ['run', '--silent', 'bundle']);

// The rules' documentation pages, when the repository has them, for "SourceLint: Explain Rule".
const ruleDocs = join(root, '..', 'docs', 'rules');
rmSync(join(root, 'rule-docs'), { recursive: true, force: true });
if (existsSync(ruleDocs)) {
  mkdirSync(join(root, 'rule-docs'));
  for (const file of readdirSync(ruleDocs).filter(f => /^SL\d+\.md$/.test(f))) cpSync(join(ruleDocs, file), join(root, 'rule-docs', file));
}

// The repository's licence travels in each package (vsce refuses to package without one).
cpSync(join(root, '..', 'LICENSE'), join(root, 'LICENSE.txt'));

const outDir = join(root, 'dist', 'vsix');
mkdirSync(outDir, { recursive: true });
for (const target of chosen) {
  buildServer(target);
  // Each package carries only its own platform's server.
  rmSync(join(root, 'server'), { recursive: true, force: true });
  cpSync(join(root, 'build', 'server', target), join(root, 'server', target), { recursive: true });
  const vsix = join(outDir, `sourcelint-${target}-${version}.vsix`);
  run(bin('vsce'), ['package', '--target', target, '--no-dependencies', '--out', vsix]);
  console.log(`Built ${vsix}`);
}
