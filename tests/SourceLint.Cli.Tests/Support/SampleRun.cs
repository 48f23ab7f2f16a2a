using SourceLint.Cli.Output;
using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Rules;
using SourceLint.Core.Text;

namespace SourceLint.Cli.Tests.Support;

/// <summary>
/// A draft (from the seed draft, with hostile characters added) and findings placed on it by hand, so every
/// reporter is tested on the same realistic run whichever rules the engine has landed.
/// </summary>
public static class SampleRun
{
    public const string Path = "drafts/mali attack.md";

    public const string Text =
        "# Al-Qaeda linked group carried out huge attack on Mali’s army\n" +
        "\n" +
        "More than 30 soldiers were killed in Sunday’s attack, however that figure has not been confirmed.\n" +
        "\n" +
        "“Many men fought, some until their last breath, to defend the Malian nation.”\n" +
        "\n" +
        "An unnamed local source told Reuters that JNIM had <script>alert(1)</script> left 50% & more, \"cleared the camp\".\n" +
        "\n" +
        "It is thought that more than 400 soldiers have been killed, a: b, c.\n";

    public static Diagnostic Figure => Findings.At(Text, "More than 30 soldiers", RuleRegistry.SL101,
        "the figure 'More than 30 soldiers' has no source: say who counted it",
        sentence: "More than 30 soldiers were killed in Sunday’s attack, however that figure has not been confirmed.");

    public static Diagnostic Quote => Findings.At(Text, "Many men fought, some until their last breath, to defend the Malian nation.", RuleRegistry.SL102,
        "this quote has no speaker") with { Related = [Related("Mali’s army", "no nearby speaker")] };

    public static Diagnostic Anonymous => Findings.At(Text, "An unnamed local source", RuleRegistry.SL104,
        "an unnamed source: check it against the anonymity policy");

    public static Diagnostic Hostile => Findings.At(Text, "<script>alert(1)</script> left 50% & more", RuleRegistry.SL201,
        "a claim with <b>markup</b>, 100% \"quotes\", a comma, a colon: and\nnew line", Severity.Error);

    public static Diagnostic Vague => Findings.At(Text, "It is thought", RuleRegistry.SL103,
        "'It is thought' names nobody");

    private static RelatedLocation Related(string near, string message)
    {
        int at = Text.IndexOf("Many", StringComparison.Ordinal);
        var span = new TextSpan(at, at + 4);
        return new RelatedLocation(span, new SourceText(Text).GetRange(span), message);
    }

    public static SourceReport Sources
    {
        get
        {
            var source = new SourceText(Text);
            BackedItem Item(BackedItemKind kind, string text)
            {
                int at = Text.IndexOf(text, StringComparison.Ordinal);
                var span = new TextSpan(at, at + text.Length);
                return new BackedItem(kind, text, span, source.GetRange(span));
            }
            int r = Text.IndexOf("Reuters", StringComparison.Ordinal);
            var reuters = new TextSpan(r, r + 7);
            return new SourceReport(
                [new ReportedSource("Reuters", SourceKind.Named, reuters, source.GetRange(reuters), [Item(BackedItemKind.Quote, "cleared the camp")]),
                 new ReportedSource("An unnamed local source", SourceKind.Unnamed, reuters, source.GetRange(reuters), [])],
                [Item(BackedItemKind.Figure, "More than 30 soldiers")]);
        }
    }

    public static FileReport File => new(Path, Text, [Figure, Quote, Anonymous, Hostile, Vague], []) { Sources = Sources };

    public static RunReport Report => new([File, new FileReport("drafts/clean.txt", "Nothing to see.\n", [], []),
        FileReport.NotChecked("drafts/bad.md", null, "drafts/bad.md: line 2: not valid UTF-8 (byte offset 9); save the draft as UTF-8")]);

    public static string Render(IReporter reporter, RunReport? report = null)
    {
        var writer = new StringWriter();
        reporter.Write(writer, report ?? Report);
        return writer.ToString();
    }
}
