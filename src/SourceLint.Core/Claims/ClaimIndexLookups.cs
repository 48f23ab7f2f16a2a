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
    /// copies, so sameness is one reference compare), and the stems of every sentence inside the window on
    /// either side. A lookup for a sentence outside the window none of whose stems is one of those finds
    /// exactly what it found before, moved to the new positions: its stems' postings hold the same
    /// signatures in the same order (only their positions shifted, by the same amount), so the same nearest
    /// mentions are counted and the same ones accepted. Any other lookup is computed afresh.
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
            for (int i = prefix; i < oldEnd; i++) touched.UnionWith(before[i].DistinctStems);
            for (int i = prefix; i < newEnd; i++) touched.UnionWith(after[i].DistinctStems);
            return new CarriedLookups(previous, after, prefix, oldEnd, newEnd, touched);
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
                // Every sentence found shares a stem with sig, so none is in the window: it stands where it was, or shifted.
                int p = found[i].Position;
                moved[i] = _current[p < _windowStart ? p : p - _oldWindowEnd + _newWindowEnd];
            }
            return moved;
        }
    }
}
