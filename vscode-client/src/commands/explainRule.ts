// "SourceLint: Explain Rule": pick a rule (or get one from a diagnostic) and read its documentation
// in the Markdown preview, served from a read-only virtual document.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ruleExplanation, rulePickItems } from '../core/ruleDocs';
import { findRule, rules } from '../core/rules';

export const ruleDocScheme = 'sourcelint-rule';

export class RuleDocumentProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly extensionPath: string) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const rule = findRule(path.posix.basename(uri.path, '.md'));
    if (!rule) return `# Unknown rule\n\n${uri.path} is not a SourceLint rule.`;
    const file = path.join(this.extensionPath, 'rule-docs', `${rule.id}.md`);
    const documentation = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    return ruleExplanation(rule, documentation);
  }
}

export async function explainRule(ruleId?: unknown): Promise<void> {
  let id = typeof ruleId === 'string' ? findRule(ruleId)?.id : undefined;
  if (!id) {
    const active = activeDiagnosticRule();
    // The rule under the cursor comes first, so Enter explains it.
    const items = rulePickItems(rules).sort((a, b) => Number(b.id === active) - Number(a.id === active));
    const picked = await vscode.window.showQuickPick(items, {
      title: 'SourceLint: Explain Rule',
      placeHolder: active ? `The rule under the cursor is ${active}` : 'Choose a rule',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    id = picked?.id;
  }
  if (!id) return;
  const uri = vscode.Uri.from({ scheme: ruleDocScheme, path: `/${id}.md` });
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}

/** The SourceLint rule of a diagnostic under the cursor, to preselect it. */
function activeDiagnosticRule(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const diagnostic = vscode.languages.getDiagnostics(editor.document.uri)
    .find(d => d.source === 'sourcelint' && d.range.contains(editor.selection.active));
  const code = typeof diagnostic?.code === 'object' ? diagnostic.code.value : diagnostic?.code;
  return code === undefined ? undefined : String(code);
}
