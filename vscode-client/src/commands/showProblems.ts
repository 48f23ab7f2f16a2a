// Opens the Problems view for SourceLint's findings (the status bar item's click).
import * as vscode from 'vscode';

/**
 * VS Code gives extensions no command to set the Problems filter's text (checked against VS Code
 * 1.139's workbench: only focus and clear exist), so this opens Problems and puts the cursor in its
 * filter box, where "sourcelint" (the diagnostics' source) narrows it to ours; VS Code keeps that
 * filter text between sessions, so it is typed once.
 */
export async function showProblems(): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  try {
    await vscode.commands.executeCommand('problems.action.focusFilter');
  } catch {
    // Older editors without the command still show Problems, ours among them.
  }
}
