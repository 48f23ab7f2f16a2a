using System.Text;
using CsCheck;
using FluentAssertions;

namespace SourceLint.Core.Tests.Properties;

/// <summary>
/// On arbitrary text and Markdown the engine never throws, never hangs, and never returns a range
/// outside the document: the language server runs it on every keystroke of whatever a user types.
/// </summary>
public class EngineRobustnessProperties
{
    private static readonly LintEngine Engine = new();

    /// <summary>Fragments that stress every layer: quotes, figures, Markdown syntax, line endings, BOM, surrogates.</summary>
    private static readonly Gen<string> Fragment = Gen.OneOf(
        Gen.OneOf<string>("\"", "“", "”", "‘", "’", "'", "# ", "\n\n", "\n", "\r\n", "> ", "- ", "1. ", "`", "```\n", "[a](http://x)", "[^1]",
            "<!-- sourcelint-disable SL101 -->", "<!-- sourcelint-disable-next-line bogus -->", "---\n", "title: x\n", "sourcelint:\n  claims:\n    - claim: 30 soldiers\n      status: maybe\n",
            "30 soldiers", " said ", ". ", "$2bn", "%", "(", ")", ":", "\uFEFF", "é", "😀", "\ud800", "according to", " reportedly ", "has not been confirmed",
            "It is thought", "JNIM attacked", "between 250 and", " 3-1 ", "U.S.", "No. 10", "*", "_", "|", "\t", " "),
        Gen.String[0, 12]);

    private static readonly Gen<string> Draft = Fragment.Array[0, 80].Select(parts => string.Concat(parts));

    private static void AssertWellFormed(string text, string path)
    {
        var task = Task.Run(() => Engine.Lint(text, path));
        // A hang detector, not a speed test: a 1 MB line lints in under a second of CPU, but took 13 s of wall time
        // with four test assemblies running on a 2-core machine at load 20, so 20 s was too tight to be a fair limit.
        // A quadratic blow-up on 1 MB would still take far longer than this.
        task.Wait(TimeSpan.FromSeconds(90)).Should().BeTrue("linting must finish (text of {0} chars)", text.Length);
        var source = new SourceLint.Core.Text.SourceText(text);
        foreach (var d in task.Result.Diagnostics)
        {
            d.Span.Start.Should().BeInRange(0, source.Length);
            d.Span.End.Should().BeInRange(d.Span.Start, source.Length);
            d.Range.Start.Line.Should().BeInRange(0, source.LineCount - 1);
            d.Range.End.Line.Should().BeInRange(d.Range.Start.Line, source.LineCount - 1);
            foreach (var r in d.Related) r.Span.End.Should().BeInRange(0, source.Length);
            foreach (var f in d.Fixes) foreach (var e in f.Edits) e.Span.End.Should().BeInRange(0, source.Length);
        }
        _ = task.Result.Sources;
    }

    [Fact]
    public void Arbitrary_markdown_never_throws_and_keeps_ranges_inside_the_document() =>
        Draft.Sample(text => AssertWellFormed(text, "draft.md"), iter: 400);

    [Fact]
    public void Arbitrary_plain_text_never_throws_and_keeps_ranges_inside_the_document() =>
        Draft.Sample(text => AssertWellFormed(text, "draft.txt"), iter: 400);

    [Fact]
    public void Random_unicode_never_throws() =>
        Gen.String[0, 2000].Sample(text => AssertWellFormed(text, "draft.md"), iter: 200);

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\r\n\r\n")]
    [InlineData("\"")]
    [InlineData("“")]
    public void Degenerate_drafts_raise_nothing_and_do_not_throw(string text)
    {
        AssertWellFormed(text, "draft.md");
        AssertWellFormed(text, "draft.txt");
    }

    [Theory]
    // Found by AnalysisCacheTests' random edits: YamlDotNet throws ArgumentException (not YamlException) here.
    [InlineData("---\nsourcelint:\n : claims:\n    - claim: floodwater breached the embankment\n      status: verified\n---\n\nFloodwater breached the embankment.\n")]
    // Found by CarriedLookupTests' random edits (seed 7oBPa0Qk9yD2): its scanner throws InvalidOperationException here.
    [InlineData("---\nsourcelint:\n  claims:\n    - claim: Northern Front shot down an army helicopter near Kessa\n      status: unverified\n     [source: Northern Front statement\n    - claim: two pilots captured\n      status: unverified\n---\n\nThe Northern Front says it shot down an army helicopter near Kessa.\n")]
    public void Front_matter_YamlDotNet_cannot_load_is_a_problem_not_an_exception(string text)
    {
        AssertWellFormed(text, "draft.md");
        Engine.Lint(text, "draft.md").Problems.Should().ContainSingle(p => p.Message.StartsWith("front matter is not valid YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_megabyte_line_is_linted()
    {
        var sb = new StringBuilder();
        var random = new Random(42);
        string[] words = ["soldiers", "said", "30", "\"", "killed", "the", "$2bn", ".", "according", "to", "Reuters", ",", "“", "”"];
        while (sb.Length < 1_000_000) sb.Append(words[random.Next(words.Length)]).Append(' ');
        AssertWellFormed(sb.ToString(), "draft.md");
        AssertWellFormed(sb.ToString(), "draft.txt");
    }

    [Fact]
    public void Deep_nesting_is_linted()
    {
        AssertWellFormed(new string('>', 5000) + " 30 soldiers were killed.", "draft.md");
        AssertWellFormed(new string('[', 20000) + "30 soldiers" + new string(']', 20000), "draft.md");
        AssertWellFormed(string.Concat(Enumerable.Repeat("- ", 3000)) + "30 soldiers were killed.", "draft.md");
        AssertWellFormed(string.Concat(Enumerable.Repeat("*a ", 20000)), "draft.md");
    }

    [Fact]
    public void A_malformed_ledger_is_a_problem_at_its_line_not_an_exception()
    {
        var result = Engine.Lint("---\nsourcelint:\n  claims:\n    - claim: 30 soldiers\n      status: maybe\n---\n\nText.\n", "draft.md");
        result.Problems.Should().ContainSingle().Which.Line.Should().Be(5);
    }
}
