using SourceLint.Core.Analysis;

namespace SourceLint.Core.Claims;

/// <summary>A figure reduced to what identifies it across mentions: its value and its counted noun, stemmed.</summary>
public readonly record struct FigureKey(double Value, string Noun);

/// <summary>How a sentence frames its claim.</summary>
public enum Framing { Fact, Attributed, Hedged, Unverified }

/// <summary>
/// A sentence's claim as a normalised signature: its content words stemmed (actor, event, object)
/// with the token each came from, and its figures keyed by value and counted noun.
/// </summary>
public sealed class ClaimSignature
{
    internal ClaimSignature(SentenceAnalysis sentence, Dictionary<string, List<int>> stems, List<(Figure Figure, FigureKey Key)> figures)
    {
        Sentence = sentence;
        Stems = stems;
        Figures = figures;
    }

    public SentenceAnalysis Sentence { get; }
    /// <summary>Stem → indexes of the tokens it came from.</summary>
    public Dictionary<string, List<int>> Stems { get; }
    public List<(Figure Figure, FigureKey Key)> Figures { get; }

    public int Overlap(ClaimSignature other)
    {
        int n = 0;
        foreach (var s in Stems.Keys) if (other.Stems.ContainsKey(s)) n++;
        return n;
    }

    /// <summary>Is this the same claim, by the same main content words? (figures are matched separately)</summary>
    public bool SameContent(ClaimSignature other)
    {
        int overlap = Overlap(other);
        int smaller = Math.Min(Stems.Count, other.Stems.Count);
        if (overlap < 3 || overlap * 3 < smaller) return false;
        // The same claim restated keeps its words together ("the fire was started deliberately");
        // words shared by chance are scattered across two long sentences.
        return IsCompact(this, other, overlap) && IsCompact(other, this, overlap);
    }

    private static bool IsCompact(ClaimSignature a, ClaimSignature b, int overlap)
    {
        int first = int.MaxValue, last = -1;
        foreach (var (stem, indexes) in a.Stems)
        {
            if (!b.Stems.ContainsKey(stem)) continue;
            int i = indexes[^1]; // a repeated word counts where the claim is restated, its last mention
            first = Math.Min(first, i);
            last = Math.Max(last, i);
        }
        return last >= 0 && last - first + 1 <= 3 * overlap + 2;
    }
}
