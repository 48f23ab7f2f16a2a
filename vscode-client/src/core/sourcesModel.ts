// The Sources view's model, built from the server's `sourcelint/sources` reply. Free of `vscode`
// imports: the view (src/views/sourcesView.ts) only turns these nodes into TreeItems.

export interface LspPosition { line: number; character: number }
export interface LspRange { start: LspPosition; end: LspPosition }

export type SourceKind = 'Named' | 'Unnamed' | 'Document' | 'Link' | 'Weasel';
export type BackedKind = 'Figure' | 'Quote' | 'Claim';

export interface BackedItem { kind: BackedKind; text: string; range: LspRange }
export interface ReportedSource { name: string; kind: SourceKind; range: LspRange; backs: BackedItem[] }
export interface SourcesReply { sources: ReportedSource[]; unattributed: BackedItem[] }

export type NodeKind = 'source' | 'item' | 'unattributed';

/** One row of the tree. `icon` is a codicon id; `range` is where clicking reveals. */
export interface SourceNode {
  id: string;
  kind: NodeKind;
  label: string;
  description: string;
  tooltip: string;
  icon: string;
  range?: LspRange;
  children: SourceNode[];
}

const sourceKindText: Record<SourceKind, string> = {
  Named: 'named source',
  Unnamed: 'unnamed source',
  Document: 'document',
  Link: 'link',
  Weasel: 'vague attribution',
};
const sourceKindIcon: Record<SourceKind, string> = {
  Named: 'person',
  Unnamed: 'eye-closed',
  Document: 'file-text',
  Link: 'link',
  Weasel: 'question',
};
const itemIcon: Record<BackedKind, string> = { Figure: 'symbol-number', Quote: 'quote', Claim: 'comment' };

/**
 * Parses a reply defensively: a server of another version may send more or fewer fields; entries
 * without a usable range or text are skipped rather than breaking the view.
 */
export function parseSourcesReply(value: unknown): SourcesReply {
  const raw = isObject(value) ? value : {};
  const sources = Array.isArray(raw.sources) ? raw.sources.flatMap(parseSource) : [];
  const unattributed = Array.isArray(raw.unattributed) ? raw.unattributed.flatMap(parseItem) : [];
  return { sources, unattributed };
}

/** Sources in draft order, each with what it backs, then an "Unattributed" group when anything is. */
export function buildSourcesTree(reply: SourcesReply): SourceNode[] {
  const sources = [...reply.sources].sort((a, b) => compareRanges(a.range, b.range));
  const nodes: SourceNode[] = sources.map((source, index) => {
    const id = `source:${index}:${source.name}`;
    const children = [...source.backs].sort((a, b) => compareRanges(a.range, b.range))
      .map((item, i) => itemNode(item, `${id}/${i}`));
    return {
      id,
      kind: 'source',
      label: source.name,
      description: `${sourceKindText[source.kind]} · ${countText(source.backs)}`,
      tooltip: `${source.name} (${sourceKindText[source.kind]}, line ${source.range.start.line + 1}) backs ${countText(source.backs)}.`,
      icon: sourceKindIcon[source.kind],
      range: source.range,
      children,
    };
  });
  if (reply.unattributed.length > 0) {
    const items = [...reply.unattributed].sort((a, b) => compareRanges(a.range, b.range));
    nodes.push({
      id: 'unattributed',
      kind: 'unattributed',
      label: 'Unattributed',
      description: countText(items),
      tooltip: 'Figures, quotes and claims that no source backs.',
      icon: 'warning',
      children: items.map((item, i) => itemNode(item, `unattributed/${i}`)),
    });
  }
  return nodes;
}

/** "2 figures, 1 quote" — or "nothing yet" for a source that backs nothing. */
export function countText(items: readonly BackedItem[]): string {
  const counts: [BackedKind, string, string][] = [['Figure', 'figure', 'figures'], ['Quote', 'quote', 'quotes'], ['Claim', 'claim', 'claims']];
  const parts = counts.flatMap(([kind, one, many]) => {
    const n = items.filter(i => i.kind === kind).length;
    return n === 0 ? [] : [`${n} ${n === 1 ? one : many}`];
  });
  return parts.length ? parts.join(', ') : 'nothing';
}

function itemNode(item: BackedItem, id: string): SourceNode {
  return {
    id,
    kind: 'item',
    label: shorten(quoted(item), 80),
    description: `${item.kind.toLowerCase()} · line ${item.range.start.line + 1}`,
    tooltip: `${item.kind} on line ${item.range.start.line + 1}: ${item.text}`,
    icon: itemIcon[item.kind],
    range: item.range,
    children: [],
  };
}

/** A quote reads as one in the tree: the server may send its text without the marks. */
function quoted(item: BackedItem): string {
  return item.kind === 'Quote' && !/^["“‘']/.test(item.text.trim()) ? `“${item.text.trim()}”` : item.text;
}

/** Collapses whitespace and cuts long text at a word boundary with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}

function compareRanges(a: LspRange, b: LspRange): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

function parseSource(value: unknown): ReportedSource[] {
  if (!isObject(value) || typeof value.name !== 'string') return [];
  const range = parseRange(value.range);
  if (!range) return [];
  const kind = (['Named', 'Unnamed', 'Document', 'Link', 'Weasel'] as const).find(k => k.toLowerCase() === String(value.kind).toLowerCase()) ?? 'Named';
  const backs = Array.isArray(value.backs) ? value.backs.flatMap(parseItem) : [];
  return [{ name: value.name, kind, range, backs }];
}

function parseItem(value: unknown): BackedItem[] {
  if (!isObject(value) || typeof value.text !== 'string') return [];
  const range = parseRange(value.range);
  if (!range) return [];
  const kind = (['Figure', 'Quote', 'Claim'] as const).find(k => k.toLowerCase() === String(value.kind).toLowerCase()) ?? 'Claim';
  return [{ kind, text: value.text, range }];
}

function parseRange(value: unknown): LspRange | undefined {
  if (!isObject(value)) return undefined;
  const start = parsePosition(value.start), end = parsePosition(value.end);
  return start && end ? { start, end } : undefined;
}

function parsePosition(value: unknown): LspPosition | undefined {
  if (!isObject(value)) return undefined;
  const { line, character } = value;
  return Number.isInteger(line) && Number.isInteger(character) && (line as number) >= 0 && (character as number) >= 0
    ? { line: line as number, character: character as number } : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
