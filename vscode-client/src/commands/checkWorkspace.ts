// "SourceLint: Check Workspace": asks the server for `workspace/diagnostic` over every draft and shows
// the findings of drafts that are not open in Problems (open drafts already have live diagnostics).
import * as vscode from 'vscode';
import { LanguageClient, WorkspaceDiagnosticRequest } from 'vscode-languageclient/node';

export class WorkspaceCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourcelint-workspace');
  private readonly subscriptions: vscode.Disposable[] = [
    this.collection,
    // Once a draft is open its own (live) diagnostics take over: drop the snapshot to avoid doubles.
    vscode.workspace.onDidOpenTextDocument(document => this.collection.delete(document.uri)),
  ];

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  async run(): Promise<void> {
    const client = this.getClient();
    if (!client || !client.isRunning()) {
      void vscode.window.showWarningMessage('The SourceLint server is not running. Run "SourceLint: Restart Server".');
      return;
    }
    if (!client.initializeResult?.capabilities.diagnosticProvider) {
      void vscode.window.showWarningMessage('This SourceLint server does not offer workspace diagnostics.');
      return;
    }
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'SourceLint: checking the workspace', cancellable: true },
      async (_progress, token) => {
        const report = await client.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] }, token);
        if (token.isCancellationRequested || !report) return;
        const open = new Set(vscode.workspace.textDocuments.map(d => d.uri.toString()));
        this.collection.clear();
        let drafts = 0, findings = 0;
        for (const item of report.items) {
          if (item.kind !== 'full') continue;
          drafts++;
          findings += item.items.length;
          const uri = client.protocol2CodeConverter.asUri(item.uri);
          if (open.has(uri.toString())) continue;
          this.collection.set(uri, await client.protocol2CodeConverter.asDiagnostics(item.items));
        }
        void vscode.commands.executeCommand('workbench.actions.view.problems');
        void vscode.window.showInformationMessage(`SourceLint checked ${drafts} draft${drafts === 1 ? '' : 's'}: ${findings} finding${findings === 1 ? '' : 's'}.`);
      });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
