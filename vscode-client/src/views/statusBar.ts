// The status bar item: the active draft's unattributed figures and quotes and other warnings.
import * as vscode from 'vscode';
import { DiagnosticLike, DiagnosticSeverityName, countDiagnostics, statusText } from '../core/statusCounts';

const severityNames: Record<vscode.DiagnosticSeverity, DiagnosticSeverityName> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export function toDiagnosticLike(d: vscode.Diagnostic): DiagnosticLike {
  const code = typeof d.code === 'object' && d.code !== null ? { value: d.code.value } : d.code;
  return { source: d.source, code, severity: severityNames[d.severity] };
}

export class DraftStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourcelint.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly isDraft: (document: vscode.TextDocument) => boolean) {
    this.item.name = 'SourceLint';
    this.item.command = 'sourcelint.showProblems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics(event => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some(uri => uri.toString() === active)) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.isDraft(document)) { this.item.hide(); return; }
    const counts = countDiagnostics(vscode.languages.getDiagnostics(document.uri).map(toDiagnosticLike));
    const { text, tooltip } = statusText(counts);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: tooltip.split('\n').slice(0, 3).join(', ') };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
