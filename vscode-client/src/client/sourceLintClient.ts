// Owns the LanguageClient: start, stop, restart, and the middleware that shapes settings for the server.
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  DocumentDiagnosticRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { toServerConfiguration } from '../core/configuration';
import { ServerLaunch } from '../core/serverPath';
import { resolveServerForThisMachine } from './serverLauncher';

export const documentSelector = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'untitled', language: 'plaintext' },
];

export class SourceLintClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private launch: ServerLaunch | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly stateEmitter = new vscode.EventEmitter<LanguageClient | undefined>();
  /** Fires with the running client after each start, and with undefined after a stop. */
  readonly onDidChangeClient = this.stateEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  get current(): LanguageClient | undefined { return this.client; }
  get serverLaunch(): ServerLaunch | undefined { return this.launch; }

  async start(): Promise<void> {
    if (this.client) return;
    if (!vscode.workspace.getConfiguration('sourcelint').get<boolean>('enable', true)) {
      this.output.appendLine('SourceLint is disabled (sourcelint.enable is false).');
      return;
    }
    const resolution = resolveServerForThisMachine(this.context);
    for (const note of resolution.notes) this.output.appendLine(note);
    if (!resolution.ok) {
      this.output.appendLine(resolution.error);
      void vscode.window.showErrorMessage(resolution.error, 'Open Settings').then(choice => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'sourcelint.server.path');
      });
      return;
    }
    this.launch = resolution.launch;
    this.output.appendLine(`Starting the SourceLint server (${resolution.launch.origin}): ${resolution.launch.command} ${resolution.launch.args.join(' ')}`);

    const serverOptions: ServerOptions = {
      command: resolution.launch.command,
      args: resolution.launch.args,
      transport: TransportKind.stdio,
    };
    const client = new LanguageClient('sourcelint', 'SourceLint', serverOptions, this.clientOptions());
    this.client = client;
    try {
      await client.start();
      this.stateEmitter.fire(client);
    } catch (error) {
      this.client = undefined;
      const message = `The SourceLint server did not start: ${error instanceof Error ? error.message : String(error)}`;
      this.output.appendLine(message);
      void vscode.window.showErrorMessage(message);
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    this.stateEmitter.fire(undefined);
    try { await client.stop(2000); } catch (error) { this.output.appendLine(`Stopping the server: ${String(error)}`); }
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  dispose(): void {
    void this.stop();
    this.stateEmitter.dispose();
  }

  /**
   * The server re-checks open drafts once it has read new settings, but VS Code only pulls
   * diagnostics again on an edit or a `workspace/diagnostic/refresh`; so pull again shortly after
   * answering its configuration request, so that a changed rule severity shows at once.
   */
  private refreshDiagnosticsSoon(delayMs = 300): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      const feature = this.client?.getFeature(DocumentDiagnosticRequest.method) as { refresh?: () => void } | undefined;
      feature?.refresh?.();
    }, delayMs);
  }

  /** `.sourcelint.yml` changes go to the server (which re-checks), then diagnostics are pulled again. */
  private configurationFileWatcher(): vscode.FileSystemWatcher {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.sourcelint.{yml,yaml}');
    this.context.subscriptions.push(
      watcher,
      // Later than for settings: the file event reaches the server first, then it reloads the file.
      watcher.onDidChange(() => this.refreshDiagnosticsSoon(1000)),
      watcher.onDidCreate(() => this.refreshDiagnosticsSoon(1000)),
      watcher.onDidDelete(() => this.refreshDiagnosticsSoon(1000)),
    );
    return watcher;
  }

  private clientOptions(): LanguageClientOptions {
    const output = this.output;
    return {
      documentSelector,
      outputChannel: output,
      diagnosticCollectionName: 'sourcelint',
      // The server pulls `workspace/configuration` (section "sourcelint") on start and after each
      // change notification; both routes carry the normalised configuration, never raw settings.
      synchronize: {
        configurationSection: 'sourcelint',
        fileEvents: this.configurationFileWatcher(),
      },
      diagnosticPullOptions: { onChange: true, onSave: true },
      middleware: {
        workspace: {
          configuration: async (params, token, next) => {
            const result = await next(params, token);
            if (!Array.isArray(result)) return result;
            const sections = result.map((value, i) => params.items[i]?.section === 'sourcelint'
              ? normalised(value, output) : value);
            if (params.items.some(item => item.section === 'sourcelint')) this.refreshDiagnosticsSoon();
            return sections;
          },
          didChangeConfiguration: async () => {
            const client = this.client;
            if (!client) return;
            const settings = { sourcelint: normalised(vscode.workspace.getConfiguration('sourcelint'), output) };
            await client.sendNotification(DidChangeConfigurationNotification.type, { settings });
          },
        },
        // Workspace-wide diagnostics run when the user asks ("SourceLint: Check Workspace"), not in
        // the background loop the client library would otherwise start.
        provideWorkspaceDiagnostics: () => ({ items: [] }),
      },
    };
  }
}

function normalised(section: unknown, output: vscode.LogOutputChannel): unknown {
  // WorkspaceConfiguration objects carry methods; a JSON round trip keeps only the values.
  const plain = section === undefined || section === null ? {} : JSON.parse(JSON.stringify(section));
  const { configuration, problems } = toServerConfiguration(plain);
  for (const problem of problems) output.appendLine(`Settings: ${problem}`);
  return configuration;
}
