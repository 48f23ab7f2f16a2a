import { describe, expect, it } from 'vitest';
import { isReportExit, reportCommand, withContentSecurityPolicy } from '../src/core/reportCommand';
import { ruleExplanation, rulePickItems } from '../src/core/ruleDocs';
import { findRule, rules } from '../src/core/rules';

describe('Explain Rule', () => {
  it('offers every registry rule with its summary', () => {
    const items = rulePickItems(rules);
    expect(items.map(i => i.id)).toEqual(rules.map(r => r.id));
    expect(items[0]).toMatchObject({ label: 'SL101 unattributed-figure', description: 'warning' });
  });

  it('explains a rule from its documentation page without repeating its title', () => {
    const rule = findRule('unattributed-quote')!;
    const text = ruleExplanation(rule, '# SL102 unattributed-quote\n\nFlags a direct quote that no attribution covers.\n');
    expect(text.startsWith('# SL102 unattributed-quote\n')).toBe(true);
    expect(text.match(/^# /gm)).toHaveLength(1);
    expect(text).toContain('Flags a direct quote that no attribution covers.');
    expect(text).toContain('<!-- sourcelint-disable-next-line SL102 -->');
    expect(text).toContain(rule.helpUri);
  });

  it('falls back to the summary without a documentation page', () => {
    const rule = findRule('SL203')!;
    expect(ruleExplanation(rule)).toContain(rule.summary);
  });
});

describe('review report command', () => {
  it('runs the bundled binary with check --format html', () => {
    expect(reportCommand({ command: '/ext/server/linux-x64/sourcelint', args: ['server', '--stdio'], origin: 'bundled' }, '/d/draft.md', '/tmp/r.html'))
      .toEqual({ command: '/ext/server/linux-x64/sourcelint', args: ['check', '--format', 'html', '--output', '/tmp/r.html', '/d/draft.md'] });
  });

  it('runs a framework-dependent build through dotnet', () => {
    expect(reportCommand({ command: 'dotnet', args: ['/b/sourcelint.dll', 'server', '--stdio'], origin: 'user setting' }, 'd.md', 'r.html').args)
      .toEqual(['/b/sourcelint.dll', 'check', '--format', 'html', '--output', 'r.html', 'd.md']);
  });

  it('takes exit 1 (findings) as a report and 2 as a failure', () => {
    expect(isReportExit(0)).toBe(true);
    expect(isReportExit(1)).toBe(true);
    expect(isReportExit(2)).toBe(false);
    expect(isReportExit(null)).toBe(false);
  });

  it('forbids scripts in the report webview', () => {
    const html = withContentSecurityPolicy('<html><head><title>r</title></head><body><script>x()</script></body></html>');
    expect(html).toMatch(/<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">/);
  });
});
