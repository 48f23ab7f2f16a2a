// Starts a sourcelint server binary (e.g. the one inside an unpacked .vsix) over stdio and talks LSP
// to it as VS Code would: initialize, open a draft, pull its diagnostics, ask for sourcelint/sources,
// shut down. Prints one "ok"/"FAIL" line per check and exits non-zero when any failed.
//   node e2e/lsp-smoke.mjs <server-binary> <draft.md> [--record sources.json]
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [binary, draftArg] = process.argv.slice(2);
const recordIndex = process.argv.indexOf('--record');
const recordPath = recordIndex > 0 ? process.argv[recordIndex + 1] : undefined;
if (!binary || !draftArg) { console.error('usage: lsp-smoke.mjs <server-binary> <draft> [--record file]'); process.exit(2); }

const draftPath = resolve(draftArg);
const draftUri = pathToFileURL(draftPath).href;
// A framework-dependent build (sourcelint.dll) runs through dotnet, as the extension does.
const [command, args] = binary.endsWith('.dll') ? ['dotnet', [binary, 'server', '--stdio']] : [binary, ['server', '--stdio']];
const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
server.stderr.on('data', chunk => { stderr += chunk; });
server.on('error', error => { console.log(`FAIL start the server: ${error.message}`); process.exit(1); });

let nextId = 1;
const pending = new Map();
let buffer = Buffer.alloc(0);
server.stdout.on('data', chunk => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.subarray(headerEnd + 4 + length);
    onMessage(message);
  }
});

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}
function request(method, params, timeoutMs = 20_000) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`${method}: no answer within ${timeoutMs} ms`)), timeoutMs);
    pending.set(id, { resolve: value => { clearTimeout(timer); resolvePromise(value); }, reject: error => { clearTimeout(timer); reject(error); } });
  });
}
const notify = (method, params) => send({ method, params });

function onMessage(message) {
  if (message.id !== undefined && pending.has(message.id) && message.method === undefined) {
    const { resolve: done, reject } = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) reject(new Error(`${message.error.code} ${message.error.message}`)); else done(message.result);
    return;
  }
  if (message.id !== undefined && message.method) {
    // Server → client requests, answered as VS Code does.
    const result = message.method === 'workspace/configuration'
      ? message.params.items.map(() => ({ enable: true, rules: {}, reportingVerbs: [], hedges: [], debounceMs: 0 }))
      : null;
    send({ id: message.id, result });
  }
}

let failures = 0;
function check(name, condition, detail = '') {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  if (!condition) failures++;
}

try {
  const started = Date.now();
  const init = await request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(resolve(draftPath, '..')).href,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: {}, hover: { contentFormat: ['markdown'] } },
    },
    clientInfo: { name: 'sourcelint-lsp-smoke' },
  });
  const capabilities = init?.capabilities ?? {};
  check('initialize answered', !!init?.capabilities, `${Date.now() - started} ms after spawn, server ${init?.serverInfo?.name ?? '?'} ${init?.serverInfo?.version ?? ''}`);
  check('advertises pull diagnostics', !!capabilities.diagnosticProvider);
  check('advertises code actions and hover', !!capabilities.codeActionProvider && !!capabilities.hoverProvider);
  notify('initialized', {});
  notify('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: readFileSync(draftPath, 'utf8') } });

  const report = await request('textDocument/diagnostic', { textDocument: { uri: draftUri } });
  const items = report?.items ?? [];
  check('pulls diagnostics for the draft', report?.kind === 'full', `${items.length} diagnostics: ${[...new Set(items.map(d => d.code))].join(' ')}`);
  check('diagnostics come from sourcelint', items.every(d => d.source === 'sourcelint'));

  const sources = await request('sourcelint/sources', { textDocument: { uri: draftUri } });
  check('answers sourcelint/sources', Array.isArray(sources?.sources) && Array.isArray(sources?.unattributed),
    `${sources?.sources?.length ?? '?'} sources, ${sources?.unattributed?.length ?? '?'} unattributed`);
  if (recordPath && sources) writeFileSync(recordPath, JSON.stringify(sources, null, 1) + '\n');

  await request('shutdown', null);
  notify('exit', null);
  const code = await new Promise(done => server.once('exit', done));
  check('exits cleanly after shutdown/exit', code === 0, `exit code ${code}`);
} catch (error) {
  check('conversation', false, error.message);
  server.kill();
}
if (failures && stderr) console.log(`server stderr:\n${stderr.slice(-2000)}`);
process.exit(failures ? 1 : 0);
