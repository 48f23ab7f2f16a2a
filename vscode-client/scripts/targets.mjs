// The platform-specific packages: vsce target → .NET runtime identifier. All five runtime packs are
// served by the NuGet copy used here (see README, "Platforms").
export const targets = {
  'linux-x64': 'linux-x64',
  'linux-arm64': 'linux-arm64',
  'win32-x64': 'win-x64',
  'darwin-x64': 'osx-x64',
  'darwin-arm64': 'osx-arm64',
};

/** `--targets a,b` from the command line, else every target; unknown names are an error. */
export function chosenTargets(argv) {
  const index = argv.indexOf('--targets');
  const value = index >= 0 ? argv[index + 1] : process.env.SOURCELINT_TARGETS;
  if (!value) return Object.keys(targets);
  const chosen = value.split(',').map(t => t.trim()).filter(Boolean);
  const unknown = chosen.filter(t => !(t in targets));
  if (unknown.length) throw new Error(`Unknown target(s): ${unknown.join(', ')}. Known: ${Object.keys(targets).join(', ')}`);
  return chosen;
}

export function executableName(target) {
  return target.startsWith('win32-') ? 'sourcelint.exe' : 'sourcelint';
}
