using CsCheck;
using FluentAssertions;
using SourceLint.Core.Analysis;
using SourceLint.Core.Configuration;
using SourceLint.Core.Tests.Support;

namespace SourceLint.Core.Tests.Analysis;

/// <summary>
/// Linting through an <see cref="AnalysisCache"/> (what the language server does on every edit) must give
/// exactly what a fresh lint gives: same diagnostics, problems, sources and analysis, after any edit.
/// </summary>
public class AnalysisCacheTests
{
    private static readonly LintEngine Engine = new();

    /// <summary>The seed drafts and every fixture draft: quotes over paragraphs, ledgers, suppressions, lists, CRLF, BOM …</summary>
    private static readonly string[] Drafts = LoadDrafts();

    private static string[] LoadDrafts()
    {
        string fixtures = Path.Combine(SharedFolder.RepoRoot, "tests", "fixtures");
        return Directory.GetFiles(fixtures, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Append(Path.Combine(SharedFolder.RepoRoot, "samples", "seed-draft.md"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
    }

    private static void ShouldMatchFreshLint(string text, AnalysisCache cache, string because)
    {
        var cached = Engine.Lint(text, "draft.md", cache);
        var fresh = Engine.Lint(text, "draft.md");
        AnalysisSnapshot.Of(cached).Should().Be(AnalysisSnapshot.Of(fresh), because);
    }

    [Fact]
    public void Random_edits_give_what_a_fresh_lint_gives()
    {
        var gen = Gen.Select(Gen.Int[0, Drafts.Length - 1], DraftEdit.Gen.List[1, 12]);
        gen.Sample((start, edits) =>
        {
            var cache = new AnalysisCache();
            string text = Drafts[start];
            ShouldMatchFreshLint(text, cache, "the first lint fills the cache");
            foreach (var edit in edits)
            {
                text = edit.Apply(text);
                ShouldMatchFreshLint(text, cache, $"after {edit}");
            }
        }, iter: 200);
    }

    [Fact]
    public void An_edit_inside_one_paragraph_recognizes_only_that_paragraph()
    {
        string seed = File.ReadAllText(Path.Combine(SharedFolder.RepoRoot, "samples", "seed-draft.md"));
        var cache = new AnalysisCache();
        Engine.Lint(seed, "draft.md", cache);
        long paragraphs = cache.Recognized;
        paragraphs.Should().BeGreaterThan(10);
        cache.Reused.Should().Be(0);

        string edited = seed.Replace("More than 30 soldiers", "More than 31 soldiers");
        edited.Should().NotBe(seed);
        Engine.Lint(edited, "draft.md", cache);
        cache.Recognized.Should().Be(paragraphs + 1);
        cache.Reused.Should().Be(paragraphs - 1);
        cache.Count.Should().Be((int)paragraphs, "only the paragraphs of the latest version are kept");
    }

    [Fact]
    public void Opening_a_quote_that_runs_on_recognizes_the_next_paragraph_again()
    {
        const string text = "# Headline\n\nThe minister spoke on Monday.\n\nWe will rebuild the bridge, he said.\n\nThe talks ended.\n";
        var cache = new AnalysisCache();
        Engine.Lint(text, "draft.md", cache);
        long before = cache.Recognized;
        // An unclosed quote at the end of paragraph 2 continues into paragraph 3, which reads differently now.
        string edited = text.Replace("Monday.", "Monday: “We");
        ShouldMatchFreshLint(edited, cache, "the next paragraph starts inside a quote");
        cache.Recognized.Should().Be(before + 2);
    }

    [Fact]
    public void Turning_a_link_into_plain_text_recognizes_the_paragraph_again()
    {
        // The same prose text either way (a link's text stays, its URL goes): only the block's links tell
        // the two apart, and a link on a claim is its source.
        const string linked = "# Attack\n\nMore than 30 soldiers were killed [in the attack](https://afp.com/x).\n";
        const string plain = "# Attack\n\nMore than 30 soldiers were killed in the attack.\n";
        var cache = new AnalysisCache();
        ShouldMatchFreshLint(linked, cache, "the link is the figure's source");
        ShouldMatchFreshLint(plain, cache, "without the link the figure is unattributed");
        Engine.Lint(plain, "draft.md").Diagnostics.Should().Contain(d => d.Id == "SL101");
        Engine.Lint(linked, "draft.md").Diagnostics.Should().NotContain(d => d.Id == "SL101");
    }

    [Fact]
    public void A_paragraph_standing_twice_gives_two_of_everything()
    {
        const string paragraph = "An unnamed official told Reuters that 30 soldiers were killed, “a heavy loss”.\n\n";
        string text = "# Attack\n\n" + paragraph + paragraph + paragraph;
        var cache = new AnalysisCache();
        ShouldMatchFreshLint(text, cache, "the repeated paragraphs are recognized once and copied");
        ShouldMatchFreshLint(text + "More.\n", cache, "and reused from the cache");
        cache.Reused.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Another_configuration_does_not_reuse_paragraphs_recognized_with_other_lexicons()
    {
        const string text = "# Attack\n\nMore than 30 soldiers were killed, insiders whispered.\n";
        var cache = new AnalysisCache();
        Engine.Lint(text, "draft.md", cache);
        var house = new LintEngine(LintConfiguration.Default with
        {
            LexiconAdditions = new Dictionary<string, IReadOnlyList<string>> { ["reporting-verbs"] = ["whispered"] },
        });
        var cached = house.Lint(text, "draft.md", cache);
        AnalysisSnapshot.Of(cached).Should().Be(AnalysisSnapshot.Of(house.Lint(text, "draft.md")));
        cached.Analysis.Sentences[1].Attributions.Should().Contain(a => a.SourceText == "insiders", "the house lexicon makes 'whispered' a reporting verb");
    }

    [Fact]
    public void A_later_lint_does_not_change_an_earlier_result()
    {
        string seed = File.ReadAllText(Path.Combine(SharedFolder.RepoRoot, "samples", "seed-draft.md"));
        var cache = new AnalysisCache();
        var first = Engine.Lint(seed, "draft.md", cache);
        string before = AnalysisSnapshot.Of(first);
        // The same paragraphs, now after a new one that opens a quote and changes what the passes carry.
        Engine.Lint(seed.Replace("\n\nAn al-Qaeda", "\n\nHe said: “It was\n\nAn al-Qaeda"), "draft.md", cache);
        Engine.Lint(seed, "draft.md", cache);
        AnalysisSnapshot.Of(first).Should().Be(before, "the hover and symbols of the last version read its analysis while the next one runs");
    }
}

/// <summary>One random edit of a draft, as a reporter makes them; positions are fractions of the text's length.</summary>
public sealed record DraftEdit(DraftEdit.Kinds Kind, double At, int Size, int Pick)
{
    public enum Kinds { Insert, Delete, SplitParagraph, MergeParagraphs, DuplicateParagraph, MoveParagraph, ToggleQuoteAtParagraphStart, EditLedger, Unlink }

    private static readonly string[] Fragments =
    [
        "x", " ", "“", "”", "\"", "'", "’", ".", ",", ":", "\n", "\n\n", "30 soldiers", " said ", "according to Reuters",
        " reportedly ", "It is thought that ", "That figure could not be independently verified. ", "- ", "> ", "# ",
        "[AFP](https://afp.com)", "[the army said](https://example.com/a)", "<!-- sourcelint-disable-next-line SL101 -->\n", " allegedly ", "JNIM fighters attacked the base. ",
        "An unnamed source told Reuters ", " was convicted of ", " showed ", " appeared to show ",
    ];

    public static readonly Gen<DraftEdit> Gen = CsCheck.Gen.Select(
        CsCheck.Gen.Enum<Kinds>(), CsCheck.Gen.Double[0, 1], CsCheck.Gen.Int[1, 40], CsCheck.Gen.Int[0, 1000],
        (kind, at, size, pick) => new DraftEdit(kind, at, size, pick));

    public string Apply(string text)
    {
        int at = (int)(At * text.Length);
        switch (Kind)
        {
            case Kinds.Insert:
                return text.Insert(at, Fragments[Pick % Fragments.Length]);
            case Kinds.Delete:
                return text.Remove(at, Math.Min(Size, text.Length - at));
            case Kinds.SplitParagraph:
                return text.Insert(at, "\n\n");
            case Kinds.MergeParagraphs:
            {
                int gap = text.IndexOf("\n\n", at, StringComparison.Ordinal);
                return gap < 0 ? text : text.Remove(gap, 2).Insert(gap, " ");
            }
            case Kinds.DuplicateParagraph:
            {
                var (start, end) = ParagraphAround(text, at);
                return text.Insert(end, "\n\n" + text[start..end]);
            }
            case Kinds.MoveParagraph:
            {
                var (start, end) = ParagraphAround(text, at);
                string paragraph = text[start..end];
                string rest = text.Remove(start, end - start);
                int to = rest.IndexOf("\n\n", Pick % Math.Max(rest.Length, 1), StringComparison.Ordinal);
                return to < 0 ? rest + "\n\n" + paragraph : rest.Insert(to + 2, paragraph + "\n\n");
            }
            case Kinds.ToggleQuoteAtParagraphStart:
            {
                var (start, _) = ParagraphAround(text, at);
                return start < text.Length && text[start] is '“' or '"' ? text.Remove(start, 1) : text.Insert(start, Pick % 2 == 0 ? "“" : "\"");
            }
            case Kinds.EditLedger:
                return WithLedger(text);
            case Kinds.Unlink:
            {
                // "[text](url)" → "text": the prose stays the same, the link goes.
                int open = text.IndexOf('[', at);
                int middle = open < 0 ? -1 : text.IndexOf("](", open, StringComparison.Ordinal);
                int close = middle < 0 ? -1 : text.IndexOf(')', middle);
                return close < 0 ? text : text[..open] + text[(open + 1)..middle] + text[(close + 1)..];
            }
            default:
                throw new InvalidOperationException(Kind.ToString());
        }
    }

    /// <summary>Replaces the front matter with a ledger naming a claim taken from the text (or drops it, or breaks it).</summary>
    private string WithLedger(string text)
    {
        string body = text;
        if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            int end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            if (end > 0) body = text[(end + 5)..];
        }
        string[] words = body.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetterOrDigit)).ToArray();
        string claim = words.Length == 0 ? "30 soldiers" : string.Join(' ', words.Skip(At is var a ? (int)(a * Math.Max(words.Length - 5, 0)) : 0).Take(5));
        return (Pick % 5) switch
        {
            0 => body,
            1 => $"---\ntitle: t\nsourcelint:\n  claims:\n    - claim: {claim}\n      status: verified\n---\n{body}",
            2 => $"---\ntitle: t\nsourcelint:\n  claims:\n    - claim: {claim}\n      status: unverified\n---\n{body}",
            3 => $"---\ntitle: t\nsourcelint:\n  claims:\n    - claim: {claim}\n      status: disputed\n    - claim: 30 soldiers\n      status: verified\n---\n{body}",
            _ => $"---\nsourcelint:\n  claims:\n    - claim: {claim}\n      status: maybe\n---\n{body}",
        };
    }

    /// <summary>The paragraph holding offset <paramref name="at"/>: between blank lines.</summary>
    private static (int Start, int End) ParagraphAround(string text, int at)
    {
        int start = at == 0 ? 0 : text.LastIndexOf("\n\n", Math.Max(at - 1, 0), StringComparison.Ordinal);
        start = start < 0 ? 0 : at == 0 ? 0 : start + 2;
        if (start > text.Length) start = text.Length;
        int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        return (start, end < 0 ? text.Length : end);
    }

    public override string ToString() => $"{Kind} at {At:F3} size {Size} pick {Pick}";
}
