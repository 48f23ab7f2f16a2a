namespace SourceLint.Core.Claims;

/// <summary>
/// Same-content lookups, kept per sentence and carried over from the previous version of an open draft.
/// In the language server every edit ran SL201's and SL303's lookups again for every marker and hedge of
/// the draft, though an edit inside one paragraph can change only the lookups that share a word with it.
/// </summary>
public sealed partial class ClaimIndex
{
    /// <summary>What <see cref="SameContent"/> and <see cref="SameContentLoose"/> found, by reading position (null: not looked up yet).</summary>
    private readonly IReadOnlyList<ClaimSignature>?[] _sameContent;
    private readonly IReadOnlyList<ClaimSignature>?[] _sameContentLoose;
    private CarriedLookups? _carried;

    /// <summary>
    /// Lets go of the previous version's index (the lint that needed it is done), so an open draft never
    /// keeps a chain of old analyses alive; lookups from then on are computed, or found in this index's own.
    /// </summary>
    internal void ForgetPrevious() => _carried = null;

    private IReadOnlyList<ClaimSignature> Memoized(IReadOnlyList<ClaimSignature>?[] memo, ClaimSignature sig,
        Func<ClaimIndex, IReadOnlyList<ClaimSignature>?[]> memoOf, Func<ClaimSignature, ClaimSignature, int, bool> accept)
    {
        // Volatile: hover may look up while the rules do; a list is stored only once complete.
        if (Volatile.Read(ref memo[sig.Position]) is { } known) return known;
        var found = _carried?.Carry(sig, memoOf) ?? Sharing(sig, accept);
        Volatile.Write(ref memo[sig.Position], found);
        return found;
    }

    /// <summary>
    /// How the sentences of two versions of a draft line up: the same recognized sentences before and after
    /// one window (the edited paragraphs; <see cref="Analysis.SentenceMemo"/> is shared by a sentence's
    /// copies, so sameness is one reference compare), and the stems the edit touched: those of every
    /// sentence inside the window on either side, or, when the window holds as many sentences before as
    /// after, only the stems that one version of a sentence has and the other lacks (for a sentence whose
    /// two versions otherwise compare alike, <see cref="ClaimSignature.DifferOnlyInUnsharedStems"/>; all of
    /// a sentence's stems when they do not). A lookup for a sentence outside the window none of whose stems
    /// was touched finds exactly what it found before, moved to the new positions: its stems' postings hold
    /// the same sentences in the same order (positions shifted alike), so the same nearest mentions are
    /// counted, and each compares with it as before, so the same ones are accepted. Any other lookup is
    /// computed afresh.
    /// </summary>
    private sealed class CarriedLookups
    {
        /// <summary>Beyond this many changed sentences, carrying is not worth checking (a paste, a reordering).</summary>
        private const int MaxWindow = 200;

        private readonly ClaimIndex _previous;
        /// <summary>This version's signatures in reading order.</summary>
        private readonly ClaimSignature[] _current;
        private readonly int _windowStart, _oldWindowEnd, _newWindowEnd;
        private readonly HashSet<string> _touched;

        private CarriedLookups(ClaimIndex previous, ClaimSignature[] current, int windowStart, int oldWindowEnd, int newWindowEnd, HashSet<string> touched)
        {
            _previous = previous;
            _current = current;
            _windowStart = windowStart;
            _oldWindowEnd = oldWindowEnd;
            _newWindowEnd = newWindowEnd;
            _touched = touched;
        }

        public static CarriedLookups? Between(ClaimIndex previous, ClaimIndex current)
        {
            ClaimSignature[] before = previous._ordered, after = current._ordered;
            int prefix = 0, shorter = Math.Min(before.Length, after.Length);
            while (prefix < shorter && SameSentence(before[prefix], after[prefix])) prefix++;
            int suffix = 0;
            while (suffix < shorter - prefix && SameSentence(before[^(suffix + 1)], after[^(suffix + 1)])) suffix++;
            int oldEnd = before.Length - suffix, newEnd = after.Length - suffix;
            if (oldEnd - prefix > MaxWindow || newEnd - prefix > MaxWindow) return null;
            var touched = new HashSet<string>(StringComparer.Ordinal);
            if (oldEnd - prefix == newEnd - prefix)
            {
                for (int i = prefix; i < oldEnd; i++) Touch(before[i], after[i], touched);
            }
            else
            {
                for (int i = prefix; i < oldEnd; i++) touched.UnionWith(before[i].DistinctStems);
                for (int i = prefix; i < newEnd; i++) touched.UnionWith(after[i].DistinctStems);
            }
            return new CarriedLookups(previous, after, prefix, oldEnd, newEnd, touched);
        }

        /// <summary>The stems touched by editing sentence <paramref name="before"/> into <paramref name="after"/>.</summary>
        private static void Touch(ClaimSignature before, ClaimSignature after, HashSet<string> touched)
        {
            if (!ClaimSignature.DifferOnlyInUnsharedStems(before, after))
            {
                touched.UnionWith(before.DistinctStems);
                touched.UnionWith(after.DistinctStems);
                return;
            }
            foreach (var stem in before.DistinctStems) if (!after.HasStem(stem)) touched.Add(stem);
            foreach (var stem in after.DistinctStems) if (!before.HasStem(stem)) touched.Add(stem);
        }

        private static bool SameSentence(ClaimSignature a, ClaimSignature b) => ReferenceEquals(a.Sentence.Memo, b.Sentence.Memo);

        /// <summary>The previous version's answer for <paramref name="sig"/>, in this version's signatures; null when it may differ or was never asked.</summary>
        public IReadOnlyList<ClaimSignature>? Carry(ClaimSignature sig, Func<ClaimIndex, IReadOnlyList<ClaimSignature>?[]> memoOf)
        {
            int position = sig.Position;
            if (position >= _windowStart && position < _newWindowEnd) return null;
            foreach (var stem in sig.DistinctStems)
                if (_touched.Contains(stem)) return null;
            int old = position < _windowStart ? position : position - _newWindowEnd + _oldWindowEnd;
            if (Volatile.Read(ref memoOf(_previous)[old]) is not { } found) return null;
            if (found.Count == 0) return found;
            var moved = new ClaimSignature[found.Count];
            for (int i = 0; i < found.Count; i++)
            {
                // A sentence found in the window stands at the same place (the window kept its length); any other where it was, or shifted.
                int p = found[i].Position;
                moved[i] = _current[p < _windowStart ? p : p - _oldWindowEnd + _newWindowEnd];
            }
            return moved;
        }
    }
}
