using SourceLint.Core;
using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Rules;

namespace SourceLint.Eval.Measures;

/// <summary>
/// Where an SL101 or SL102 warning stands against the spec's attribution scope (rules.md, "Attribution scope"),
/// so the evaluation can say how many warnings on published news are there because the spec stops attribution
/// where a reader of the story would carry it on. Measured, not judged: the engine's own sentences and
/// attributions decide the class.
/// </summary>
internal enum ScopeClass
{
    /// <summary>An earlier sentence of the same paragraph has a real attribution, and scope rule 2 does not carry
    /// it here (no pronoun or continuation): "…, the ONS said. Sales fell 2%."</summary>
    AfterAttributedSentence,

    /// <summary>The first sentence of a paragraph right after a paragraph whose last sentence is attributed: scope
    /// does not cross paragraphs ("nor across paragraphs"), and rules.md's SL102 says such a quote paragraph "still
    /// needs its own".</summary>
    OpensParagraphAfterAttributedOne,

    /// <summary>No attribution nearby: no earlier sentence of the paragraph, and for a paragraph's first sentence
    /// not the previous paragraph's last, is attributed.</summary>
    NoSourceNearby,
}

/// <summary>Counts of <see cref="ScopeClass"/> per rule over a corpus.</summary>
internal sealed class ScopeTally
{
    private readonly int[] _counts = new int[Enum.GetValues<ScopeClass>().Length];

    public int this[ScopeClass c] => _counts[(int)c];
    public int Total => _counts.Sum();

    public void Add(ScopeClass c) => _counts[(int)c]++;
}

internal static class ScopeBreakdown
{
    /// <summary>The rules whose warnings depend on how far attribution reaches.</summary>
    public static readonly string[] Rules = [RuleRegistry.SL101.Id, RuleRegistry.SL102.Id];

    /// <summary>The class of a warning, or null when its sentence cannot be found (it then stays uncounted).</summary>
    public static ScopeClass? Classify(LintResult lint, Diagnostic d)
    {
        var sentences = lint.Analysis.Sentences;
        var at = lint.Analysis.SentenceAt(d.Span.Start);
        if (at is null) return null;
        int k = IndexOf(sentences, at);
        for (int j = k - 1; j >= 0 && sentences[j].ParagraphIndex == at.ParagraphIndex; j--)
            if (sentences[j].HasRealAttribution) return ScopeClass.AfterAttributedSentence;
        if (at.IndexInParagraph == 0 && k > 0)
        {
            var last = sentences[k - 1];
            if (last.ParagraphIndex == at.ParagraphIndex - 1 && (last.HasRealAttribution || last.ContextAttribution is { IsWeasel: false }))
                return ScopeClass.OpensParagraphAfterAttributedOne;
        }
        return ScopeClass.NoSourceNearby;
    }

    private static int IndexOf(IReadOnlyList<SentenceAnalysis> sentences, SentenceAnalysis s)
    {
        for (int i = 0; i < sentences.Count; i++)
            if (ReferenceEquals(sentences[i], s)) return i;
        return -1;
    }
}
