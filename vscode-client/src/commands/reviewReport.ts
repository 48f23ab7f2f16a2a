// "SourceLint: Open Review Report": the CLI's HTML report for the active draft, in a webview.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isReportExit, reportCommand, withContentSecurityPolicy } from '../core/reportCommand';
import { ServerLaunch } from '../core/serverPath';

export async function openReviewReport(launch: ServerLaunch | undefined, output: vscode.LogOutputChannel): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('Open a saved draft (Markdown or plain text) to see its review report.');
    return;
  }
  if (!launch) {
    void vscode.window.showWarningMessage('The SourceLint server is not available, so the report cannot be built.');
    return;
  }
  if (document.isDirty) {
    const choice = await vscode.window.showInformationMessage('The report is built from the saved draft.', 'Save and Report', 'Report Saved Version');
    if (!choice) return;
    if (choice === 'Save and Report') await document.save();
  }
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'sourcelint-report-'));
  const outputPath = path.join(folder, 'report.html');
  const { command, args } = reportCommand(launch, document.uri.fsPath, outputPath);
  output.appendLine(`Review report: ${command} ${args.join(' ')}`);

  const html = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'SourceLint: building the review report' },
    () => new Promise<string | undefined>(resolve => {
      execFile(command, args, { cwd: path.dirname(document.uri.fsPath), timeout: 60_000 }, async (error, _stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        const text = await fs.readFile(outputPath, 'utf8').catch(() => undefined);
        if (!isReportExit(code) || text === undefined) {
          const reason = stderr.trim() || (error ? error.message : 'no report was written');
          output.appendLine(`Review report failed: ${reason}`);
          void vscode.window.showErrorMessage(`SourceLint could not build the review report: ${reason.split('\n')[0]}`);
          resolve(undefined);
          return;
        }
        resolve(text);
      });
    }));
  await fs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
  if (html === undefined) return;

  const panel = vscode.window.createWebviewPanel('sourcelint.report', `Review: ${path.basename(document.uri.fsPath)}`,
    vscode.ViewColumn.Beside, { enableScripts: false, enableFindWidget: true });
  panel.webview.html = withContentSecurityPolicy(html);
}
