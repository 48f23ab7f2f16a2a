using System.Text;
using CsCheck;
using FluentAssertions;
using SourceLint.Core.Analysis;
using SourceLint.Core.Documents;
using SourceLint.Core.Tests.Support;

namespace SourceLint.Core.Tests.Analysis;

/// <summary>
/// An edit inside one line of a paragraph is read from the previous version's draft
/// (<see cref="IncrementalMarkdownReader"/>) instead of by Markdig from scratch. The draft must be the one a
/// full read gives, block by block and character by character, and so must the lint built on it.
/// </summary>
public class IncrementalReadTests
{
    private static readonly LintEngine Engine = new();

    internal static readonly string[] Drafts = Directory.GetFiles(Path.Combine(SharedFolder.RepoRoot, "tests", "fixtures"), "*.md", SearchOption.AllDirectories)
        .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
        .Append(Path.Combine(SharedFolder.RepoRoot, "samples", "seed-draft.md"))
        .OrderBy(f => f, StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    /// <summary>What a reporter types, and what Markdown makes of it: plain words, and every character that opens or closes a construct.</summary>
    private static readonly string[] Typed =
    [
        "x", "e", " ", "  ", "30", ".", ",", "“", "”", "\"", "'", "said", " said Reuters", "*", "**", "_", "`", "<", ">", "<!-- c -->",
        "&amp;", "&", "\\", "#", "# ", "- ", "1. ", "    ", "\t", "===", "---", "[", "]", "](", "[x](http://a.b)", "<http://a.b>", "!", "|", ":",
        "According to officials, ", " allegedly ", "More than 40 soldiers",
    ];

    /// <summary>A one-line edit at a fraction of the text: insert, delete or replace a few characters, never a line break.</summary>
    internal sealed record LineEdit(double At, int Delete, int Pick)
    {
        public static readonly Gen<LineEdit> Gen = CsCheck.Gen.Select(CsCheck.Gen.Double[0, 1], CsCheck.Gen.Int[0, 4], CsCheck.Gen.Int[-1, 1000],
            (at, delete, pick) => new LineEdit(at, delete, pick));

        public string Apply(string text)
        {
            int at = (int)(At * text.Length);
            int delete = 0;
            while (delete < Delete && at + delete < text.Length && text[at + delete] is not ('\n' or '\r')) delete++;
            string insert = Pick < 0 ? "" : Typed[Pick % Typed.Length];
            return text.Remove(at, delete).Insert(at, insert);
        }
    }

    [Fact]
    public void Edits_within_a_line_read_the_same_draft_and_lint_as_a_fresh_read()
    {
        long incremental = 0;
        var gen = Gen.Select(Gen.Int[0, Drafts.Length - 1], LineEdit.Gen.List[1, 30]);
        gen.Sample((start, edits) =>
        {
            var cache = new AnalysisCache();
            string text = Drafts[start];
            Engine.Lint(text, "draft.md", cache);
            foreach (var edit in edits)
            {
                text = edit.Apply(text);
                var cached = Engine.Lint(text, "draft.md", cache);
                var fresh = Engine.Lint(text, "draft.md");
                Describe(cached.Analysis.Draft).Should().Be(Describe(fresh.Analysis.Draft), $"after {edit}");
                AnalysisSnapshot.Of(cached).Should().Be(AnalysisSnapshot.Of(fresh), $"after {edit}");
            }
            Interlocked.Add(ref incremental, cache.IncrementalReads);
        }, iter: 300);
        incremental.Should().BeGreaterThan(1000, "most one-line edits are read incrementally, so that path is what this test compares");
    }

    [Fact]
    public void Typing_in_a_paragraph_of_the_seed_draft_reads_it_incrementally()
    {
        string seed = File.ReadAllText(Path.Combine(SharedFolder.RepoRoot, "samples", "seed-draft.md"));
        var cache = new AnalysisCache();
        Engine.Lint(seed, "draft.md", cache);
        int at = seed.IndexOf("soldiers were killed", StringComparison.Ordinal);
        string text = seed;
        foreach (char c in " and many wounded")
        {
            text = text.Insert(at + 8, c.ToString());
            at++;
            AnalysisSnapshot.Of(Engine.Lint(text, "draft.md", cache)).Should().Be(AnalysisSnapshot.Of(Engine.Lint(text, "draft.md")));
        }
        cache.IncrementalReads.Should().Be(" and many wounded".Length);
    }

    [Theory]
    [InlineData("# Attack\n\nThe army said 30 soldiers died.\n\nMore text.\n", "The army", "# The army", "a heading now")]
    [InlineData("# Attack\n\nThe army said 30 soldiers died.\nMore text.\n", "More text.", "=====", "a setext underline")]
    [InlineData("# Attack\n\nThe army said [30 soldiers][r] died.\n\n[r]: https://a.b\n", "died", "were killed", "a reference link")]
    [InlineData("# Attack\n\n- The army said 30 soldiers died.\n\nMore text.\n", "More", "Much more", "after a list that a blank line does not close")]
    [InlineData("# Attack\n\nThe army said 30 soldiers died.\nx\n", "x", "", "a line left blank")]
    [InlineData("# Attack\n\n  The army said 30 soldiers died.\n", "The", "  The", "indented code now")]
    [InlineData("# Attack\n\nThe army said 30 soldiers `died.\n", "died.", "died.`", "a code span closed")]
    [InlineData("# Attack\r\n\r\nThe army said 30 soldiers died.\r\n\r\nMore.\r\n", "died.\r", "died.\re", "a CRLF split by a character typed between CR and LF")]
    [InlineData("# Attack\r\n\r\nThe army said 30 soldiers died.\rx\n\r\nMore.\r\n", "\rx\n", "\r\n", "a lone CR and an LF joined")]
    public void Edits_that_change_the_block_structure_or_need_context_read_the_whole_draft(string text, string find, string replace, string because)
    {
        var cache = new AnalysisCache();
        Engine.Lint(text, "draft.md", cache);
        int at = text.IndexOf(find, StringComparison.Ordinal);
        string edited = text.Remove(at, find.Length).Insert(at, replace);
        var cached = Engine.Lint(edited, "draft.md", cache);
        var fresh = Engine.Lint(edited, "draft.md");
        Describe(cached.Analysis.Draft).Should().Be(Describe(fresh.Analysis.Draft), because);
        AnalysisSnapshot.Of(cached).Should().Be(AnalysisSnapshot.Of(fresh), because);
    }

    /// <summary>Everything a draft holds that the analysis reads, with the source offset of every prose character.</summary>
    private static string Describe(Draft draft)
    {
        var sb = new StringBuilder();
        sb.Append($"front matter {draft.FrontMatter}\ncomments ").AppendJoin(" ", draft.CommentSpans).Append('\n');
        foreach (var b in draft.Blocks)
        {
            sb.Append($"block {b.Index} {b.Scope} {b.SourceSpan} top={b.IsTopLevelParagraph} links=").AppendJoin(",", b.Links).Append($" |{b.Text}|\n  ");
            for (int i = 0; i <= b.Text.Length; i++) sb.Append(b.ToSource(i)).Append(' ');
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
