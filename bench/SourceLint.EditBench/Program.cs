using System.Diagnostics;
using System.Text;
using SourceLint.Core;
using SourceLint.Core.Analysis;
using SourceLint.Core.Text;
using SourceLint.LanguageServer.Features;

// In-process cost of what the language server does per one-character edit of the LspBench's 10,000-word
// draft: a cached lint, the LSP diagnostics and their result id. Not a timed test; a profiling target
// and a steadier figure than the LspBench on a loaded machine (CPU time and bytes allocated per edit).
// Usage: dotnet bench/SourceLint.EditBench/bin/Release/net10.0/SourceLint.EditBench.dll [edits]
int edits = args.Length > 0 ? int.Parse(args[0]) : 1000;
string root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "SourceLint.sln"))) root = Path.GetDirectoryName(root)!;
string seed = File.ReadAllText(Path.Combine(root, "samples/seed-draft.md"));
string body = seed[(seed.IndexOf('\n') + 1)..];
var sb = new StringBuilder(seed);
int n = 0;
while (Words(sb.ToString()) < 10_000) sb.Append('\n').Append(body.Replace("30 soldiers", $"{31 + n++} soldiers"));
string big = sb.ToString();
var lines = big.Split('\n');
int line = Array.FindIndex(lines, l => l.Length > 40 && !l.StartsWith('#') && !l.StartsWith('-'));
int at = lines.Take(line).Sum(l => l.Length + 1) + 5;
string edited = big.Insert(at, "x");

var engine = new LintEngine();
var cache = new AnalysisCache();
const string uri = "file:///bench/long.md";
void EditOnce(string text)
{
    var result = engine.Lint(text, "long.md", cache, CancellationToken.None);
    var source = new SourceText(text);
    var diagnostics = DiagnosticConverter.Convert(uri, source, result, null);
    DiagnosticConverter.ResultIdOf(diagnostics);
}
for (int i = 0; i < 200; i++) EditOnce(i % 2 == 0 ? edited : big); // tiering settles
GC.Collect();
var process = Process.GetCurrentProcess();
var cpu0 = process.TotalProcessorTime;
long alloc0 = GC.GetTotalAllocatedBytes(true);
int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
var wall = Stopwatch.StartNew();
for (int i = 0; i < edits; i++) EditOnce(i % 2 == 0 ? edited : big);
wall.Stop();
process.Refresh();
double cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds / edits;
double mb = (GC.GetTotalAllocatedBytes(true) - alloc0) / 1e6 / edits;
Console.WriteLine($"{Words(big):N0}-word draft, {edits} edits: CPU {cpu:F2} ms/edit, wall {wall.Elapsed.TotalMilliseconds / edits:F2} ms/edit, {mb:F2} MB allocated/edit, GCs gen0/1/2 {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}; load {File.ReadAllText("/proc/loadavg").Trim()}");

static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
