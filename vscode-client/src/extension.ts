// SourceLint for VS Code: starts the bundled language server for Markdown and plain-text drafts and
// adds the status bar counts, the Sources view and the commands around it.
import * as vscode from 'vscode';
import { SourceLintClient, documentSelector } from './client/sourceLintClient';
import { WorkspaceCheck } from './commands/checkWorkspace';
import { RuleDocumentProvider, explainRule, ruleDocScheme } from './commands/explainRule';
import { openReviewReport } from './commands/reviewReport';
import { showProblems } from './commands/showProblems';
import { LspRange } from './core/sourcesModel';
import { DraftStatusBar } from './views/statusBar';
import { SourcesView, revealRange } from './views/sourcesView';

let sourceLint: SourceLintClient | undefined;

function isDraft(document: vscode.TextDocument): boolean {
  return vscode.languages.match(documentSelector, document) > 0;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('SourceLint', { log: true });
  const client = new SourceLintClient(context, output);
  sourceLint = client;
  const statusBar = new DraftStatusBar(isDraft);
  const sources = new SourcesView(() => client.current, isDraft);
  const workspaceCheck = new WorkspaceCheck(() => client.current);

  context.subscriptions.push(
    output, client, statusBar, sources, workspaceCheck,
    client.onDidChangeClient(() => { statusBar.update(); sources.scheduleRefresh(500); }),
    vscode.workspace.registerTextDocumentContentProvider(ruleDocScheme, new RuleDocumentProvider(context.extensionPath)),
    vscode.commands.registerCommand('sourcelint.restartServer', async () => {
      output.appendLine('Restarting the SourceLint server.');
      await client.restart();
    }),
    vscode.commands.registerCommand('sourcelint.checkWorkspace', () => workspaceCheck.run()),
    vscode.commands.registerCommand('sourcelint.openReviewReport', () => openReviewReport(client.serverLaunch, output)),
    vscode.commands.registerCommand('sourcelint.explainRule', (ruleId?: unknown) => explainRule(ruleId)),
    vscode.commands.registerCommand('sourcelint.showProblems', () => showProblems()),
    vscode.commands.registerCommand('sourcelint.refreshSources', () => sources.refresh()),
    vscode.commands.registerCommand('sourcelint.reveal', (uri: vscode.Uri, range: LspRange) => revealRange(uri, range)),
    vscode.workspace.onDidChangeConfiguration(async event => {
      // Rule, phrase and delay settings reach the running server through the client's
      // didChangeConfiguration; only these need a new server process.
      if (event.affectsConfiguration('sourcelint.enable')) {
        const enabled = vscode.workspace.getConfiguration('sourcelint').get<boolean>('enable', true);
        if (enabled) await client.start(); else await client.stop();
      } else if (event.affectsConfiguration('sourcelint.server.path')) {
        await client.restart();
      }
    }),
    // Trusting the workspace may make its own server.path count.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client.restart()),
  );

  await vscode.commands.executeCommand('setContext', 'sourcelint.active', true);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await sourceLint?.stop();
}
