// Opens the Problems view filtered to SourceLint's findings (the status bar item's click).
import * as vscode from 'vscode';

/** Problems' filter box matches a diagnostic's source, so "sourcelint" leaves only ours. */
export const problemsFilter = 'sourcelint';

export async function showProblems(): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  try {
    // Internal command of the Problems view (VS Code ≥ 1.77): sets its filter text.
    await vscode.commands.executeCommand('workbench.actions.problems.filter', problemsFilter);
  } catch {
    // An editor without it still shows every problem, ours among them.
  }
}
