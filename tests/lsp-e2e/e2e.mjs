// End-to-end: 'sourcelint server' driven by vscode-languageserver-protocol (VS Code's own client
// library): pull and push diagnostics on the seed draft, edits, a code action and a hover.
// Usage: node e2e.mjs <server command> [args...]   Prints one line per check and "N passed, N failed".
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DocumentDiagnosticRequest, WorkspaceDiagnosticRequest, PublishDiagnosticsNotification,
  CodeActionRequest, HoverRequest, DocumentSymbolRequest, ConfigurationRequest, RegistrationRequest,
} from 'vscode-languageserver-protocol/node';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const [command, ...args] = process.argv.slice(2);
let passed = 0, failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed++; console.log(`ok   ${name}`); } else { failed++; console.log(`FAIL ${name} ${detail}`); }
}

const seed = readFileSync(join(repo, 'samples', 'seed-draft.md'), 'utf8');
const expected = readFileSync(join(repo, 'samples', 'seed-draft.expected.tsv'), 'utf8').trim().split('\n').slice(1)
  .map(l => l.split('\t')).map(([line, rule, text]) => ({ line: Number(line) - 1, rule, text }));
const dir = mkdtempSync(join(tmpdir(), 'sourcelint-e2e-'));
const draftPath = join(dir, 'seed-draft.md');
writeFileSync(draftPath, seed);
const uri = pathToFileURL(draftPath).href;

function start(pull) {
  const proc = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', d => { stderr += d; });
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const pushed = [];
  connection.onNotification(PublishDiagnosticsNotification.type, p => pushed.push(p));
  connection.onRequest(ConfigurationRequest.type, p => p.items.map(() => ({ debounceMs: 50 })));
  connection.onRequest(RegistrationRequest.type, () => null);
  connection.listen();
  const exited = new Promise(resolve => proc.on('exit', code => resolve(code)));
  const capabilities = {
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { versionSupport: true, relatedInformation: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: false } },
  };
  return { proc, connection, pushed, exited, capabilities, stderr: () => stderr };
}

const sleep = ms => new Promise(r => setTimeout(r, ms));
async function waitFor(predicate, ms = 20000) {
  const end = Date.now() + ms;
  while (Date.now() < end) { const v = predicate(); if (v) return v; await sleep(20); }
  return undefined;
}
const lineOf = (d) => d.range.start.line;
const has = (items, rule, line) => items.some(d => d.code === rule && lineOf(d) === line);
function textOf(text, range) {
  const lines = text.split('\n');
  const offset = p => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}
function applyEdits(text, edits) {
  const lines = text.split('\n');
  const offset = p => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
}

async function pullSession() {
  const s = start(true);
  const { connection } = s;
  const t0 = Date.now();
  const init = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: s.capabilities, workspaceFolders: null });
  check('initialize answers', !!init.capabilities, `after ${Date.now() - t0} ms`);
  check('advertises pull diagnostics and incremental sync', init.capabilities.diagnosticProvider?.identifier === 'sourcelint' && init.capabilities.textDocumentSync?.change === 2);
  connection.sendNotification(InitializedNotification.type, {});
  connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: seed } });

  const report = await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  check('pulled report is full', report.kind === 'full', JSON.stringify(report).slice(0, 200));
  const missing = expected.filter(e => !has(report.items, e.rule, e.line));
  check('pulled diagnostics match seed-draft.expected.tsv', missing.length === 0, JSON.stringify(missing));
  const sl101 = report.items.find(d => d.code === 'SL101');
  check('diagnostic carries source, link and data', sl101?.source === 'sourcelint' && /SL101\.md$/.test(sl101?.codeDescription?.href ?? '') && sl101?.data?.rule === 'SL101');
  check('diagnostic range covers the flagged text', sl101 && textOf(seed, sl101.range).includes('More than 30 soldiers'));

  const again = await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: report.resultId });
  check('second pull is unchanged', again.kind === 'unchanged' && again.resultId === report.resultId);

  const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: sl101.range.start.line, character: sl101.range.start.character + 2 } });
  check('hover explains the rule', hover?.contents?.kind === 'markdown' && hover.contents.value.includes('unattributed-figure'), JSON.stringify(hover).slice(0, 200));

  const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  check('document symbols list sources and the Unattributed group', Array.isArray(symbols) && symbols.some(s => s.name === 'Unattributed') && symbols.length > 1);

  const sl102 = report.items.find(d => d.code === 'SL102');
  const actions = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: sl102.range, context: { diagnostics: [sl102] } });
  const disable = actions.find(a => a.title === 'Disable SL102 for this line');
  check('code actions offer the rule fix and the suppression', !!disable && actions.some(a => a.isPreferred), actions.map(a => a.title).join(' | '));
  const edited = applyEdits(seed, disable.edit.changes[uri]);
  connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
  const afterAction = await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: report.resultId });
  check('after the code action SL102 is gone', afterAction.kind === 'full' && !afterAction.items.some(d => d.code === 'SL102'));

  // An incremental edit: attribute the SL101 sentence (line numbers shifted by the inserted comment).
  const line = afterAction.items.find(d => d.code === 'SL101').range.start.line;
  const lineText = edited.split('\n')[line];
  const at = lineText.indexOf(', however');
  connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 },
    contentChanges: [{ range: { start: { line, character: at }, end: { line, character: at } }, text: ', according to the Reuters news agency' }] });
  const afterEdit = await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  check('incremental edit re-analysed: the attributed figure is no longer SL101', !afterEdit.items.some(d => d.code === 'SL101' && d.range.start.line === line),
    JSON.stringify(afterEdit.items.filter(d => d.range.start.line === line)));

  const ws = await connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
  check('workspace pull reports the open draft at its version', ws.items.length === 1 && ws.items[0].uri === uri && ws.items[0].version === 3);
  check('a pull client is never pushed to', s.pushed.length === 0);

  await connection.sendRequest(ShutdownRequest.type);
  connection.sendNotification(ExitNotification.type);
  check('exits with 0 after shutdown', (await s.exited) === 0, s.stderr());
  connection.dispose();
}

async function pushSession() {
  const s = start(false);
  const { connection } = s;
  const t0 = Date.now();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: s.capabilities, workspaceFolders: null });
  connection.sendNotification(InitializedNotification.type, {});
  connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: seed } });
  const first = await waitFor(() => s.pushed.find(p => p.uri === uri && p.version === 1));
  check('push client receives versioned diagnostics', !!first && expected.every(e => has(first.diagnostics, e.rule, e.line)), `after ${Date.now() - t0} ms`);
  // Delete the SL101 sentence's line content.
  const line = expected.find(e => e.rule === 'SL101').line;
  for (let v = 2; v <= 4; v++) // three quick edits: only the last is published
    connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: v === 4 ? 1000 : 1 } }, text: v === 4 ? 'Nothing to see.' : 'M' }] });
  const latest = await waitFor(() => s.pushed.find(p => p.version === 4));
  check('edits are debounced and published for the latest version', !!latest && !s.pushed.some(p => p.version === 2 || p.version === 3), s.pushed.map(p => p.version).join(','));
  check('pushed diagnostics follow the edit', latest && !has(latest.diagnostics, 'SL101', line));
  connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  const cleared = await waitFor(() => s.pushed.find(p => p.diagnostics.length === 0));
  check('closing the draft clears its diagnostics', !!cleared);
  await connection.sendRequest(ShutdownRequest.type);
  connection.sendNotification(ExitNotification.type);
  check('exits with 0 after shutdown (push session)', (await s.exited) === 0);
  connection.dispose();
}

try {
  await pullSession();
  await pushSession();
} catch (e) {
  check('session ran to the end', false, e?.stack ?? String(e));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
