import { describe, expect, it } from 'vitest';
import { defaultDebounceMs, toServerConfiguration } from '../src/core/configuration';
import { rules } from '../src/core/rules';

describe('settings → server configuration', () => {
  it('gives every rule its registry default when nothing is set', () => {
    const { configuration, problems } = toServerConfiguration(undefined);
    expect(problems).toEqual([]);
    expect(configuration.enable).toBe(true);
    expect(Object.keys(configuration.rules)).toEqual(rules.map(r => r.id));
    expect(configuration.rules.SL101).toBe('warning');
    expect(configuration.rules.SL104).toBe('information');
    expect(configuration).toMatchObject({ reportingVerbs: [], hedges: [], debounceMs: defaultDebounceMs });
  });

  it('carries the VS Code section shape through (rules nested by id)', () => {
    const section = {
      enable: false,
      rules: { SL101: 'error', SL104: 'off' },
      reportingVerbs: ['briefed', 'Recounted '],
      hedges: ['supposedly'],
      debounceMs: 120,
      server: { path: '' },
      trace: { server: 'off' },
    };
    const { configuration, problems } = toServerConfiguration(section);
    expect(problems).toEqual([]);
    expect(configuration).toMatchObject({
      enable: false,
      reportingVerbs: ['briefed', 'recounted'],
      hedges: ['supposedly'],
      debounceMs: 120,
    });
    expect(configuration.rules).toMatchObject({ SL101: 'error', SL104: 'off', SL102: 'warning' });
    // Only what the server reads: no client-only settings.
    expect(Object.keys(configuration).sort()).toEqual(['debounceMs', 'enable', 'hedges', 'reportingVerbs', 'rules']);
  });

  it('accepts rule names and any letter case', () => {
    const { configuration } = toServerConfiguration({ rules: { 'anonymous-source': 'Hint', sl302: 'ERROR' } });
    expect(configuration.rules.SL104).toBe('hint');
    expect(configuration.rules.SL302).toBe('error');
  });

  it('keeps the default and reports a misspelt severity or an unknown rule', () => {
    const { configuration, problems } = toServerConfiguration({ rules: { SL101: 'warn', SL999: 'off' } });
    expect(configuration.rules.SL101).toBe('warning');
    expect(configuration.rules).not.toHaveProperty('SL999');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"warn" is not one of off, hint, information, warning, error');
    expect(problems[1]).toContain('SL999');
  });

  it('cleans phrase lists: trims, folds case and spaces, drops duplicates and non-strings', () => {
    const { configuration, problems } = toServerConfiguration({ reportingVerbs: ['  Pointed   out ', 'pointed out', 7, ''], hedges: 'maybe' });
    expect(configuration.reportingVerbs).toEqual(['pointed out']);
    expect(configuration.hedges).toEqual([]);
    expect(problems.some(p => p.includes('reportingVerbs') && p.includes('7'))).toBe(true);
    expect(problems.some(p => p.includes('hedges'))).toBe(true);
  });

  it('clamps the typing delay and rejects a non-number', () => {
    expect(toServerConfiguration({ debounceMs: -5 }).configuration.debounceMs).toBe(0);
    expect(toServerConfiguration({ debounceMs: 60_000 }).configuration.debounceMs).toBe(5000);
    expect(toServerConfiguration({ debounceMs: 250.6 }).configuration.debounceMs).toBe(251);
    const bad = toServerConfiguration({ debounceMs: 'fast' });
    expect(bad.configuration.debounceMs).toBe(defaultDebounceMs);
    expect(bad.problems).toHaveLength(1);
  });
});
