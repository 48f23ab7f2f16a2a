// Where the language server lives and how to start it. Free of `vscode` imports so that it can be
// unit-tested for every platform from any platform.
import * as path from 'node:path';

/** The platform-specific .vsix targets we build, by Node's platform and arch. */
const targets: Record<string, Record<string, string>> = {
  linux: { x64: 'linux-x64', arm64: 'linux-arm64' },
  win32: { x64: 'win32-x64', arm64: 'win32-arm64' },
  darwin: { x64: 'darwin-x64', arm64: 'darwin-arm64' },
};

/** The vsce target name ("linux-x64", "darwin-arm64", …) for a Node platform and arch, or undefined. */
export function vsceTarget(platform: string, arch: string): string | undefined {
  return targets[platform]?.[arch];
}

/** The file name of the server executable on a platform. */
export function serverExecutableName(platform: string): string {
  return platform === 'win32' ? 'sourcelint.exe' : 'sourcelint';
}

/** The server's path inside the extension: server/<target>/sourcelint[.exe]. */
export function bundledServerPath(extensionPath: string, platform: string, arch: string): string | undefined {
  const target = vsceTarget(platform, arch);
  if (!target) return undefined;
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return join(extensionPath, 'server', target, serverExecutableName(platform));
}

/** The values of `sourcelint.server.path` by scope, as `WorkspaceConfiguration.inspect` gives them. */
export interface ServerPathSetting {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

export interface ServerResolutionInput {
  extensionPath: string;
  platform: string;
  arch: string;
  setting: ServerPathSetting;
  /** Whether the user trusts the workspace (`vscode.workspace.isTrusted`). */
  workspaceTrusted: boolean;
  /** The first workspace folder's path, for `${workspaceFolder}` in a trusted workspace's setting. */
  workspaceFolder?: string;
  homeDir: string;
  exists: (file: string) => boolean;
}

/** How to start the server: a command and its arguments. */
export interface ServerLaunch {
  command: string;
  args: string[];
  /** Which setting chose it, for the output channel. */
  origin: 'user setting' | 'workspace setting' | 'bundled';
}

export type ServerResolution =
  | { ok: true; launch: ServerLaunch; notes: string[] }
  | { ok: false; error: string; notes: string[] };

const serverArgs = ['server', '--stdio'];

/**
 * Chooses the server to start. A workspace may point `sourcelint.server.path` at a program of its own,
 * so that value counts only in a trusted workspace (an untrusted one could otherwise run anything on
 * opening a folder); the user's own setting always counts; otherwise the bundled server is used.
 */
export function resolveServer(input: ServerResolutionInput): ServerResolution {
  const notes: string[] = [];
  const workspaceValue = nonEmpty(input.setting.workspaceFolderValue) ?? nonEmpty(input.setting.workspaceValue);
  const userValue = nonEmpty(input.setting.globalValue);

  let chosen: { value: string; origin: ServerLaunch['origin'] } | undefined;
  if (workspaceValue !== undefined) {
    if (input.workspaceTrusted) chosen = { value: workspaceValue, origin: 'workspace setting' };
    else notes.push(`Ignoring the workspace's sourcelint.server.path (${workspaceValue}): the workspace is not trusted.`);
  }
  if (!chosen && userValue !== undefined) chosen = { value: userValue, origin: 'user setting' };

  if (chosen) {
    const file = expandPath(chosen.value, input, chosen.origin === 'workspace setting');
    if (!input.exists(file)) {
      return { ok: false, notes, error: `The SourceLint server set in sourcelint.server.path (${chosen.origin}) was not found: ${file}` };
    }
    return { ok: true, notes, launch: launchFor(file, chosen.origin) };
  }

  const bundled = bundledServerPath(input.extensionPath, input.platform, input.arch);
  if (!bundled) {
    return { ok: false, notes, error: `SourceLint has no server for ${input.platform}-${input.arch}. Set sourcelint.server.path to a sourcelint executable.` };
  }
  if (!input.exists(bundled)) {
    return { ok: false, notes, error: `This SourceLint package has no server for ${vsceTarget(input.platform, input.arch)} (looked for ${bundled}). Install the SourceLint package built for your platform, or set sourcelint.server.path.` };
  }
  return { ok: true, notes, launch: launchFor(bundled, 'bundled') };
}

/** A .dll is a framework-dependent build, started through `dotnet`; anything else is run as is. */
function launchFor(file: string, origin: ServerLaunch['origin']): ServerLaunch {
  if (file.toLowerCase().endsWith('.dll')) return { command: 'dotnet', args: [file, ...serverArgs], origin };
  return { command: file, args: [...serverArgs], origin };
}

/** `~` and, for a trusted workspace's own value, `${workspaceFolder}` and relative paths. */
function expandPath(value: string, input: ServerResolutionInput, fromWorkspace: boolean): string {
  const pathApi = input.platform === 'win32' ? path.win32 : path.posix;
  let result = value;
  if (result === '~' || result.startsWith('~/') || result.startsWith('~\\')) result = pathApi.join(input.homeDir, result.slice(1));
  if (input.workspaceFolder) {
    result = result.replace(/\$\{workspaceFolder\}/g, input.workspaceFolder);
    if (fromWorkspace && !pathApi.isAbsolute(result)) result = pathApi.join(input.workspaceFolder, result);
  }
  return result;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
