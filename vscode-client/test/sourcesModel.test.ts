import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LspRange, SourceNode, buildSourcesTree, countText, parseSourcesReply, shorten } from '../src/core/sourcesModel';

// A `sourcelint/sources` reply for samples/seed-draft.md (see test/fixtures/README.md).
const reply = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'seed-draft.sources.json'), 'utf8'));
const draftLines = readFileSync(join(__dirname, '..', '..', 'samples', 'seed-draft.md'), 'utf8').split('\n');

function textAt(range: LspRange): string {
  expect(range.start.line).toBe(range.end.line);
  return draftLines[range.start.line].slice(range.start.character, range.end.character);
}

describe('Sources tree from a sourcelint/sources reply', () => {
  const tree = buildSourcesTree(parseSourcesReply(reply));

  it('lists every source, in draft order, then the Unattributed group', () => {
    const sourceNodes = tree.filter(n => n.kind === 'source');
    expect(sourceNodes.map(n => n.label)).toEqual(reply.sources.map((s: { name: string }) => s.name));
    const lines = sourceNodes.map(n => n.range!.start.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(tree.at(-1)).toMatchObject({ kind: 'unattributed', label: 'Unattributed' });
  });

  it('describes each source by kind and by what it backs', () => {
    const army = tree.find(n => n.label === 'Mali’s army')!;
    expect(army.description).toBe('named source · 2 quotes');
    expect(army.icon).toBe('person');
    const local = tree.find(n => n.label === 'An unnamed local source')!;
    expect(local.description).toBe('unnamed source · 1 quote, 1 claim');
    expect(local.icon).toBe('eye-closed');
    expect(tree.find(n => n.label === 'It is thought')!.description).toBe('vague attribution · 1 figure');
  });

  it("orders a source's items by position and labels them with kind and line", () => {
    const local = tree.find(n => n.label === 'An unnamed local source')!;
    expect(local.children.map(c => c.label)).toEqual(['JNIM had left many casualties', '“cleared the camp”']);
    expect(local.children[0].description).toBe('claim · line 13');
  });

  it('groups the unattributed figures and quotes', () => {
    const group = tree.at(-1)!;
    expect(group.description).toBe('2 figures, 1 quote');
    expect(group.children.map(c => c.label)).toEqual([
      'More than 30 soldiers',
      '“Many men fought, some until their last breath, to defend the Malian nation.”',
      '30 soldiers',
    ]);
  });

  it('keeps the ranges, so that clicking reveals exactly the text', () => {
    const all: SourceNode[] = tree.flatMap(n => [n, ...n.children]).filter(n => n.range);
    expect(all.length).toBeGreaterThan(20);
    for (const node of all) {
      const text = textAt(node.range!);
      if (node.kind === 'source') expect(text).toBe(node.label);
      else expect(node.tooltip.endsWith(text)).toBe(true);
    }
  });

  it('gives every node a unique id (VS Code keeps expansion state by id)', () => {
    const ids = tree.flatMap(n => [n.id, ...n.children.map(c => c.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('parseSourcesReply', () => {
  it('survives a reply of the wrong shape', () => {
    expect(parseSourcesReply(null)).toEqual({ sources: [], unattributed: [] });
    expect(parseSourcesReply({ sources: 'x', unattributed: [1, null] })).toEqual({ sources: [], unattributed: [] });
  });

  it('skips entries without a usable range and accepts kinds in any case', () => {
    const parsed = parseSourcesReply({
      sources: [
        { name: 'Reuters', kind: 'named', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } }, backs: [{ kind: 'figure', text: '30', range: { start: { line: -1, character: 0 }, end: { line: 1, character: 2 } } }] },
        { name: 'No range', kind: 'Named' },
      ],
      unattributed: [],
    });
    expect(parsed.sources).toHaveLength(1);
    expect(parsed.sources[0].kind).toBe('Named');
    expect(parsed.sources[0].backs).toEqual([]);
  });

  it('shows no Unattributed group when everything has a source', () => {
    const tree = buildSourcesTree({ sources: [], unattributed: [] });
    expect(tree).toEqual([]);
  });
});

describe('labels', () => {
  it('shortens long text at a word boundary', () => {
    expect(shorten('one two three four five', 12)).toBe('one two…');
    expect(shorten('  short\n text ', 40)).toBe('short text');
  });

  it('counts in words', () => {
    expect(countText([])).toBe('nothing');
  });
});

describe('Sources tree from the real server', () => {
  // Recorded verbatim from `sourcelint server` by e2e/lsp-smoke.mjs --record (lower-case kinds, uri, version).
  const recorded = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'seed-draft.sources.recorded.json'), 'utf8'));
  const parsed = parseSourcesReply(recorded);
  const tree = buildSourcesTree(parsed);

  it('keeps every source and item the server sent', () => {
    expect(parsed.sources).toHaveLength(recorded.sources.length);
    expect(parsed.sources.flatMap(s => s.backs)).toHaveLength(recorded.sources.flatMap((s: { backs: unknown[] }) => s.backs).length);
    expect(parsed.unattributed).toHaveLength(recorded.unattributed.length);
    expect(tree.filter(n => n.kind === 'source')).toHaveLength(recorded.sources.length);
  });

  it('reads its lower-case kinds', () => {
    const kinds = new Set(parsed.sources.map(s => s.kind));
    expect([...kinds].every(k => ['Named', 'Unnamed', 'Document', 'Link', 'Weasel'].includes(k))).toBe(true);
    expect(parsed.sources.find(s => s.name === 'It is thought')?.kind).toBe('Weasel');
    expect(parsed.sources.find(s => s.name === 'An unnamed local source')?.kind).toBe('Unnamed');
  });

  it('reveals exactly each source name in the draft', () => {
    for (const node of tree.filter(n => n.kind === 'source')) expect(textAt(node.range!)).toBe(node.label);
  });

  it('groups the unattributed figure and quote of the seed draft', () => {
    const group = tree.find(n => n.kind === 'unattributed')!;
    expect(group.children.map(c => c.label)).toContain('More than 30 soldiers');
    expect(group.children.some(c => c.label.startsWith('“Many men fought'))).toBe(true);
  });
});
