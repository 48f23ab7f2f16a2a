// The status bar's counts for the active draft, from its diagnostics. Free of `vscode` imports: the
// caller passes plain objects (source, code, severity) taken from vscode.Diagnostic.

/** LSP/VS Code severities: VS Code's enum is Error 0, Warning 1, Information 2, Hint 3. */
export type DiagnosticSeverityName = 'error' | 'warning' | 'information' | 'hint';

export interface DiagnosticLike {
  source?: string;
  code?: string | number | { value: string | number };
  severity: DiagnosticSeverityName;
}

export interface DraftCounts {
  /** SL101 unattributed figures. */
  figures: number;
  /** SL102 unattributed quotes. */
  quotes: number;
  /** Every other SourceLint warning or error (hints and information are not counted). */
  otherWarnings: number;
  /** SourceLint information and hints, shown in the tooltip only. */
  notes: number;
}

export const sourceLintSource = 'sourcelint';

export function diagnosticCode(d: DiagnosticLike): string {
  const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
  return code === undefined ? '' : String(code);
}

export function countDiagnostics(diagnostics: readonly DiagnosticLike[]): DraftCounts {
  const counts: DraftCounts = { figures: 0, quotes: 0, otherWarnings: 0, notes: 0 };
  for (const d of diagnostics) {
    if ((d.source ?? '').toLowerCase() !== sourceLintSource) continue;
    const code = diagnosticCode(d).toUpperCase();
    if (code === 'SL101') counts.figures++;
    else if (code === 'SL102') counts.quotes++;
    else if (d.severity === 'error' || d.severity === 'warning') counts.otherWarnings++;
    else counts.notes++;
  }
  return counts;
}

/** The status bar's text (with codicons) and tooltip. */
export function statusText(counts: DraftCounts): { text: string; tooltip: string } {
  const unattributed = counts.figures + counts.quotes;
  const clean = unattributed === 0 && counts.otherWarnings === 0;
  const text = clean
    ? '$(check) SourceLint'
    : `$(quote) ${unattributed} unattributed $(warning) ${counts.otherWarnings}`;
  const tooltip = [
    `Unattributed figures: ${counts.figures}`,
    `Unattributed quotes: ${counts.quotes}`,
    `Other warnings: ${counts.otherWarnings}`,
    `Notes for the editor: ${counts.notes}`,
    '',
    'Click to show SourceLint problems.',
  ].join('\n');
  return { text, tooltip };
}
