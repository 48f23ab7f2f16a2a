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
if (args.Contains("--stages"))
{
    // Bytes allocated per stage of one edit, to see where the collections come from.
    long Bytes(Action stage) { long before = GC.GetAllocatedBytesForCurrentThread(); stage(); return GC.GetAllocatedBytesForCurrentThread() - before; }
    var sourceText = new SourceText(edited);
    Console.WriteLine($"read (Markdig + prose blocks): {Bytes(() => SourceLint.Core.Documents.MarkdownDraftReader.Read("long.md", sourceText)) / 1e3:F0} kB");
    var draft = SourceLint.Core.Documents.MarkdownDraftReader.Read("long.md", sourceText);
    var lexicons = engine.Lint(big, "long.md", cache, CancellationToken.None).Analysis.Lexicons; // the engine's own: other lexicons would empty the cache
    Console.WriteLine($"analyze with the cache (incl. claim index): {Bytes(() => DraftAnalyzer.Analyze(draft, lexicons, default, cache)) / 1e3:F0} kB");
    var analysis = DraftAnalyzer.Analyze(draft, lexicons, default, cache);
    foreach (var rule in SourceLint.Core.Rules.RuleCatalog.CreateAll())
    {
        var findings = new List<SourceLint.Core.Diagnostics.Finding>();
        long bytes = Bytes(() => rule.Check(analysis, findings));
        if (bytes > 10_000) Console.WriteLine($"  {rule.Descriptor.Id}: {bytes / 1e3:F0} kB, {findings.Count} findings");
    }
    LintResult? lint = null;
    Console.WriteLine($"whole lint: {Bytes(() => lint = engine.Lint(edited, "long.md", cache, CancellationToken.None)) / 1e3:F0} kB, {lint!.Diagnostics.Count} diagnostics");
    List<SourceLint.LanguageServer.Protocol.Diagnostic>? lsp = null;
    Console.WriteLine($"LSP diagnostics: {Bytes(() => lsp = DiagnosticConverter.Convert(uri, sourceText, lint, null)) / 1e3:F0} kB; result id: {Bytes(() => DiagnosticConverter.ResultIdOf(lsp!)) / 1e3:F0} kB");
    return;
}
if (args.Contains("--ticks"))
{
    // Which types the allocation samples (one per ~100 kB) land on, small-object and large-object heap apart:
    // a large-object allocation per edit brings gen2 collections, which are the costly ones.
    using var listener = new AllocationTicks();
    listener.On = true;
    for (int i = 0; i < edits; i++) EditOnce(i % 2 == 0 ? edited : big);
    listener.On = false;
    foreach (var (heap, counts) in new[] { ("large-object heap", listener.Large), ("small-object heap", listener.Small) })
        Console.WriteLine($"{heap}: " + string.Join(", ", counts.OrderByDescending(kv => kv.Value).Take(12).Select(kv => $"{kv.Key} {kv.Value}")));
    Console.WriteLine($"GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    return;
}
if (args.Contains("--json"))
{
    // The publish's serialization: as StreamJsonRpc's formatter writes the diagnostics (its options, its converters)
    // against the source-generated context's own options (its fast path, when the options match).
    var lint = engine.Lint(edited, "long.md", cache, CancellationToken.None);
    var diags = DiagnosticConverter.Convert(uri, new SourceText(edited), lint, null);
    var formatter = new StreamJsonRpc.SystemTextJsonFormatter();
    formatter.JsonSerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
    formatter.JsonSerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
    formatter.JsonSerializerOptions.TypeInfoResolver = SourceLint.LanguageServer.Protocol.LspJsonContext.Default;
    var viaFormatter = formatter.JsonSerializerOptions.GetTypeInfo(typeof(IReadOnlyList<SourceLint.LanguageServer.Protocol.Diagnostic>));
    var viaContext = SourceLint.LanguageServer.Protocol.LspJsonContext.Default.IReadOnlyListDiagnostic;
    var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 17);
    byte[] Write(System.Text.Json.Serialization.Metadata.JsonTypeInfo info)
    {
        buffer.ResetWrittenCount();
        using var writer = new System.Text.Json.Utf8JsonWriter(buffer);
        System.Text.Json.JsonSerializer.Serialize(writer, diags, info);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }
    Console.WriteLine($"same bytes: {Write(viaFormatter).AsSpan().SequenceEqual(Write(viaContext))}, {Write(viaContext).Length} bytes");
    foreach (var (name, info) in new[] { ("formatter's options", viaFormatter), ("context's options", (System.Text.Json.Serialization.Metadata.JsonTypeInfo)viaContext) })
    {
        for (int i = 0; i < 300; i++) Write(info);
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < 2000; i++) Write(info);
        Console.WriteLine($"{name}: {sw.Elapsed.TotalMilliseconds / 2000:F3} ms per publish");
    }
    return;
}
if (args.Contains("--survivors"))
{
    // What one edit leaves alive, as the server keeps it (the lint result and its LSP diagnostics until the next
    // edit, the cache's paragraphs, last draft and claim index): every collection during an edit has to mark and
    // promote about this much, so it sets the collections' pauses.
    var kept = new object?[1];
    for (int i = 0; i < 6; i++)
    {
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); // everything older than this edit is in gen2
        bool keep = i % 3 != 2;
        LintAndKeep(i % 2 == 0 ? edited : big, keep ? kept : null);
        if (!keep) kept[0] = null;
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        Console.WriteLine($"edit {i}: promoted {GC.GetGCMemoryInfo(GCKind.Ephemeral).PromotedBytes / 1e3:F0} kB" +
            (keep ? " (result and LSP diagnostics kept)" : " (result not kept: the cache's share alone)"));
    }
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    void LintAndKeep(string text, object?[]? into)
    {
        var r = engine.Lint(text, "long.md", cache, CancellationToken.None);
        var lsp = DiagnosticConverter.Convert(uri, new SourceText(text), r, null);
        if (into is not null) into[0] = (r, lsp);
    }
    GC.KeepAlive(kept);
    return;
}
GC.Collect();
// Five batches: on a shared machine the fastest batch is the steadiest figure of the work itself
// (others' load only ever adds time); the mean over all edits is printed beside it.
var process = Process.GetCurrentProcess();
long alloc0 = GC.GetTotalAllocatedBytes(true);
int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
var paused0 = GC.GetTotalPauseDuration();
var batches = new List<double>();
var total = TimeSpan.Zero;
int batch = Math.Max(1, edits / 5);
for (int b = 0; b < 5; b++)
{
    process.Refresh();
    var cpu0 = process.TotalProcessorTime;
    for (int i = 0; i < batch; i++) EditOnce(i % 2 == 0 ? edited : big);
    process.Refresh();
    total += process.TotalProcessorTime - cpu0;
    batches.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds / batch);
}
double mb = (GC.GetTotalAllocatedBytes(true) - alloc0) / 1e6 / (5 * batch);
Console.WriteLine($"{Words(big):N0}-word draft, {5 * batch} edits: CPU per edit {batches.Min():F2} ms (fastest of 5 batches; mean {total.TotalMilliseconds / (5 * batch):F2} ms), {mb:F2} MB allocated/edit, GCs gen0/1/2 {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} pausing {(GC.GetTotalPauseDuration() - paused0).TotalMilliseconds / Math.Max(1, GC.CollectionCount(0) - gen0):F2} ms each; {cache.IncrementalReads} of {200 + 5 * batch} drafts read incrementally; load {File.ReadAllText("/proc/loadavg").Trim()}");

static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

/// <summary>The runtime's allocation samples (GCAllocationTick), counted by type, for <c>--ticks</c>.</summary>
sealed class AllocationTicks : System.Diagnostics.Tracing.EventListener
{
    public readonly Dictionary<string, long> Large = new(), Small = new();
    public volatile bool On;

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (!On || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        int kind = Convert.ToInt32(e.Payload![e.PayloadNames.IndexOf("AllocationKind")]);
        string type = e.Payload[e.PayloadNames.IndexOf("TypeName")]?.ToString() ?? "?";
        var counts = kind == 1 ? Large : Small;
        lock (counts) counts[type] = counts.GetValueOrDefault(type) + 1;
    }
}
