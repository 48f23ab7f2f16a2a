// Resolves the server for this machine through the pure resolver, using VS Code's settings and trust.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { ServerResolution, resolveServer } from '../core/serverPath';

export function resolveServerForThisMachine(context: vscode.ExtensionContext): ServerResolution {
  const setting = vscode.workspace.getConfiguration('sourcelint').inspect<string>('server.path') ?? {};
  const resolution = resolveServer({
    extensionPath: context.extensionPath,
    platform: process.platform,
    arch: process.arch,
    setting,
    workspaceTrusted: vscode.workspace.isTrusted,
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    homeDir: os.homedir(),
    exists: file => fs.existsSync(file),
  });
  if (resolution.ok && resolution.launch.origin === 'bundled') ensureExecutable(resolution.launch.command);
  return resolution;
}

/** A .vsix unpacked by some tools loses the executable bit; restore it rather than fail to start. */
function ensureExecutable(file: string): void {
  if (process.platform === 'win32') return;
  try {
    const mode = fs.statSync(file).mode;
    if ((mode & 0o111) === 0) fs.chmodSync(file, mode | 0o755);
  } catch {
    // Reported by the client when the start fails.
  }
}
