import { describe, expect, it } from 'vitest';
import { DiagnosticLike, countDiagnostics, statusText } from '../src/core/statusCounts';

// What the seed draft's diagnostics look like once converted by the language client.
const seedDiagnostics: DiagnosticLike[] = [
  { source: 'sourcelint', code: { value: 'SL301' }, severity: 'warning' },
  { source: 'sourcelint', code: { value: 'SL101' }, severity: 'warning' },
  { source: 'sourcelint', code: { value: 'SL102' }, severity: 'warning' },
  { source: 'sourcelint', code: { value: 'SL104' }, severity: 'information' },
  { source: 'sourcelint', code: { value: 'SL302' }, severity: 'warning' },
  { source: 'sourcelint', code: { value: 'SL202' }, severity: 'warning' },
  { source: 'sourcelint', code: { value: 'SL104' }, severity: 'information' },
  { source: 'sourcelint', code: { value: 'SL104' }, severity: 'information' },
  { source: 'sourcelint', code: { value: 'SL103' }, severity: 'warning' },
  { source: 'sourcelint', code: { value: 'SL201' }, severity: 'warning' },
];

describe('status bar counts', () => {
  it('counts unattributed figures and quotes apart from other warnings', () => {
    expect(countDiagnostics(seedDiagnostics)).toEqual({ figures: 1, quotes: 1, otherWarnings: 5, notes: 3 });
  });

  it("ignores other extensions' diagnostics and accepts plain string codes", () => {
    const counts = countDiagnostics([
      { source: 'markdownlint', code: 'MD013', severity: 'warning' },
      { source: 'cSpell', severity: 'information' },
      { source: 'SourceLint', code: 'SL101', severity: 'information' },
      { source: 'sourcelint', code: 'SL101', severity: 'warning' },
    ]);
    expect(counts).toEqual({ figures: 2, quotes: 0, otherWarnings: 0, notes: 0 });
  });

  it('counts a figure the user turned into an error as a figure', () => {
    expect(countDiagnostics([{ source: 'sourcelint', code: 'SL101', severity: 'error' }]).figures).toBe(1);
  });

  it('says so when the draft is clean and shows the counts when not', () => {
    expect(statusText(countDiagnostics([])).text).toBe('$(check) SourceLint');
    const { text, tooltip } = statusText(countDiagnostics(seedDiagnostics));
    expect(text).toBe('$(quote) 2 unattributed $(warning) 5');
    expect(tooltip).toContain('Unattributed figures: 1');
    expect(tooltip).toContain('Unattributed quotes: 1');
    expect(tooltip).toContain('Notes for the editor: 3');
  });
});
