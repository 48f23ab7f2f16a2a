using CsCheck;
using FluentAssertions;
using SourceLint.Core.Analysis;
using SourceLint.Core.Claims;
using SourceLint.Core.Tests.Analysis;

namespace SourceLint.Core.Tests.Claims;

/// <summary>
/// A claim index built with the previous version's index carries over the same-content lookups an edit
/// cannot have changed. Every lookup of every sentence must still be what an index built afresh finds.
/// </summary>
public class CarriedLookupTests
{
    private static readonly LintEngine Engine = new();

    /// <summary>Every sentence's same-content lookups, by reading position.</summary>
    private static List<string> AllLookups(ClaimIndex index, IReadOnlyList<SentenceAnalysis> sentences) =>
        sentences.Select((s, i) =>
            $"{i}: " + string.Join(",", index.SameContent(s).Select(o => o.Position)) +
            " / " + string.Join(",", index.SameContentLoose(s).Select(o => o.Position))).ToList();

    private static void CarriedShouldMatchFresh(DraftAnalysis before, DraftAnalysis after, string because)
    {
        var previous = ClaimIndex.Build(before.Sentences, before.Lexicons, before.Ledger);
        AllLookups(previous, before.Sentences); // the previous version asked everything
        var carried = ClaimIndex.Build(after.Sentences, after.Lexicons, after.Ledger, previous);
        var fresh = ClaimIndex.Build(after.Sentences, after.Lexicons, after.Ledger);
        AllLookups(carried, after.Sentences).Should().Equal(AllLookups(fresh, after.Sentences), because);
    }

    [Fact]
    public void Lookups_carried_over_an_edit_are_what_a_fresh_index_finds()
    {
        var edit = Gen.OneOf(
            IncrementalReadTests.LineEdit.Gen.Select(e => (Func<string, string>)e.Apply),
            DraftEdit.Gen.Select(e => (Func<string, string>)e.Apply));
        Gen.Select(Gen.Int[0, IncrementalReadTests.Drafts.Length - 1], edit.List[1, 10]).Sample((start, edits) =>
        {
            var cache = new AnalysisCache();
            string text = IncrementalReadTests.Drafts[start];
            var before = Engine.Lint(text, "draft.md", cache).Analysis;
            foreach (var apply in edits)
            {
                text = apply(text);
                var after = Engine.Lint(text, "draft.md", cache).Analysis; // unchanged sentences share their memo with the previous version's
                CarriedShouldMatchFresh(before, after, "after an edit");
                before = after;
            }
        }, iter: 150);
    }

    /// <summary>Replaces the word at a fraction of the text with another word of the same line (or deletes it): an edit that keeps a sentence's shape but may repeat, drop or swap its content words.</summary>
    private static string ReplaceWord(string text, double at, int pick)
    {
        int i = (int)(at * text.Length);
        if (i >= text.Length || !char.IsLetter(text[i])) return text;
        int start = i, end = i;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        int lineStart = text.LastIndexOf('\n', start) + 1, lineEnd = text.IndexOf('\n', end);
        var words = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)].Split(' ', ',', '.', '“', '”').Where(w => w.Length > 0 && w.All(char.IsLetter)).ToArray();
        string replacement = pick % 5 == 0 || words.Length == 0 ? "wolves" : words[pick % words.Length];
        return text[..start] + replacement + text[end..];
    }

    [Fact]
    public void Lookups_carried_over_word_swaps_are_what_a_fresh_index_finds()
    {
        // Swapping a word for another of the same sentence keeps the sentence's shape but changes which stems
        // it repeats: the case where carrying a lookup must see that the sentence compares differently now.
        var swap = Gen.Select(Gen.Double[0, 1], Gen.Int[0, 1000]);
        Gen.Select(Gen.Int[0, IncrementalReadTests.Drafts.Length - 1], swap.List[1, 20]).Sample((start, swaps) =>
        {
            var cache = new AnalysisCache();
            string text = IncrementalReadTests.Drafts[start];
            var before = Engine.Lint(text, "draft.md", cache).Analysis;
            foreach (var (at, pick) in swaps)
            {
                text = ReplaceWord(text, at, pick);
                var after = Engine.Lint(text, "draft.md", cache).Analysis;
                CarriedShouldMatchFresh(before, after, "after a word swap");
                before = after;
            }
        }, iter: 300);
    }

    [Fact]
    public void A_draft_that_repeats_its_paragraphs_carries_lookups_over_an_edit_of_one()
    {
        // The benchmark's draft: the same story many times, so every claim is found in many places.
        string seed = File.ReadAllText(Path.Combine(Support.SharedFolder.RepoRoot, "samples", "seed-draft.md"));
        string text = seed + "\n" + seed + "\n" + seed;
        var cache = new AnalysisCache();
        var before = Engine.Lint(text, "draft.md", cache).Analysis;
        int at = text.IndexOf("soldiers were killed", seed.Length, StringComparison.Ordinal);
        foreach (string edited in new[] { text.Insert(at, "x"), text.Remove(at, 9), text.Insert(at, "attack militants ") })
        {
            var after = Engine.Lint(edited, "draft.md", cache).Analysis;
            CarriedShouldMatchFresh(before, after, "after editing the second copy");
        }
    }
}
