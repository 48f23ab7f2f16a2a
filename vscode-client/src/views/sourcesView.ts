// The Explorer's "Sources" view: the active draft's sources and what each backs, from the server's
// `sourcelint/sources` request. Clicking an item reveals its range in the draft.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { LspRange, SourceNode, buildSourcesTree, parseSourcesReply } from '../core/sourcesModel';

export const sourcesRequest = 'sourcelint/sources';

export class SourcesView implements vscode.TreeDataProvider<SourceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SourceNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: SourceNode[] = [];
  private documentUri: vscode.Uri | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly treeView: vscode.TreeView<SourceNode>;

  constructor(
    private readonly getClient: () => LanguageClient | undefined,
    private readonly isDraft: (document: vscode.TextDocument) => boolean,
  ) {
    this.treeView = vscode.window.createTreeView('sourcelint.sources', { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.treeView,
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleRefresh(0)),
      // Diagnostics arrive after each analysis: a cheap signal that the sources may have changed too.
      vscode.languages.onDidChangeDiagnostics(event => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some(uri => uri.toString() === active)) this.scheduleRefresh(250);
      }),
    );
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    const state = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None
      : node.kind === 'unattributed' || node.children.length <= 5 ? vscode.TreeItemCollapsibleState.Expanded
      : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    item.contextValue = `sourcelint.${node.kind}`;
    if (node.range && this.documentUri) {
      item.command = { command: 'sourcelint.reveal', title: 'Reveal in Draft', arguments: [this.documentUri, node.range] };
    }
    return item;
  }

  getChildren(node?: SourceNode): SourceNode[] {
    return node ? node.children : this.roots;
  }

  scheduleRefresh(delayMs: number): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), delayMs);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const client = this.getClient();
    if (!document || !this.isDraft(document)) {
      // Keep the last draft's sources while another kind of editor (output, settings) has focus.
      if (!document) this.show(undefined, []);
      return;
    }
    if (!client || !client.isRunning()) { this.show(document.uri, []); return; }
    try {
      const reply = await client.sendRequest(sourcesRequest, { textDocument: { uri: document.uri.toString() } });
      if (generation !== this.generation) return;
      const roots = buildSourcesTree(parseSourcesReply(reply));
      this.show(document.uri, roots);
      this.treeView.message = roots.length === 0 ? 'This draft cites no sources yet.' : undefined;
    } catch (error) {
      if (generation !== this.generation) return;
      this.treeView.message = `Sources unavailable: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private show(uri: vscode.Uri | undefined, roots: SourceNode[]): void {
    this.documentUri = uri;
    this.roots = roots;
    this.changed.fire(undefined);
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** Opens the draft and selects the range (used by the Sources view's items). */
export async function revealRange(uri: vscode.Uri, range: LspRange): Promise<void> {
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(uri, { selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
