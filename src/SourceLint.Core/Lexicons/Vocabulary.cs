using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SourceLint.Core.Analysis;
using SourceLint.Core.Claims;
using SourceLint.Core.Recognizers.Attribution;
using SourceLint.Core.Recognizers.Figures;

namespace SourceLint.Core.Lexicons;

/// <summary>
/// The spellings met so far, each a <see cref="WordForm"/> with its traits under one lexicon set. The
/// tokenizer looks a token up by its characters (no string is made for a known spelling), so a token
/// costs one hash probe instead of a substring, a lower-case copy and a probe per recognizer list.
/// Bounded like the stem cache: past <see cref="Limit"/> spellings new ones are made but not kept.
/// Safe to share across threads (lock-free reads; a lost race only makes a duplicate form).
/// </summary>
public sealed class Vocabulary
{
    private const int Limit = 200_000;

    private readonly LexiconSet _lexicons;
    private readonly SpellingTable _forms = new();

    internal Vocabulary(LexiconSet lexicons)
    {
        _lexicons = lexicons;
    }

    /// <summary>
    /// The forms of one-character ASCII spellings (punctuation, digits, "a", "I": a fifth of a draft's tokens)
    /// by character, so they cost an array read instead of a hash probe. Filled from the table, so the
    /// forms are the same ones; a race only writes the same form twice.
    /// </summary>
    private readonly WordForm?[] _singleAscii = new WordForm?[128];

    /// <summary>The form spelled <paramref name="text"/>; <paramref name="kind"/> is what the tokenizer made of it (the spelling decides it).</summary>
    public WordForm Get(ReadOnlySpan<char> text, TokenKind kind) => Get(text, KeyOf(text), kind);

    /// <summary>What <see cref="Get(ReadOnlySpan{char}, SpellingKey, TokenKind)"/> looks a spelling up by (the tokenizer computes all of a sentence's keys first).</summary>
    internal static SpellingKey KeyOf(ReadOnlySpan<char> text) => text.Length == 1 && text[0] < 128 ? default : new SpellingKey(text);

    /// <summary>
    /// <see cref="KeyOf(ReadOnlySpan{char})"/> of the spelling <c>text[start..(start + length)]</c>, read from the text
    /// around it: when eight characters from <paramref name="start"/> fit in <paramref name="text"/>, the head is taken
    /// with one vector load whatever the spelling's length (the same key, without a loop over its characters).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per token, in the tokenizer's scanning loop
    internal static SpellingKey KeyOf(string text, int start, int length)
    {
        if (length == 1 && text[start] < 128) return default;
        return start + 8 <= text.Length && Vector128.IsHardwareAccelerated
            ? new SpellingKey(text.AsSpan(start, length), text.AsSpan(start, 8))
            : new SpellingKey(text.AsSpan(start, length));
    }

    /// <summary>As <see cref="Get(ReadOnlySpan{char}, TokenKind)"/>, with the key <see cref="KeyOf"/> gave for <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per token, in the tokenizer's lookup loop
    internal WordForm Get(ReadOnlySpan<char> text, in SpellingKey key, TokenKind kind)
    {
        if (text.Length == 1 && text[0] < 128) return _singleAscii[text[0]] ??= Lookup(text, new SpellingKey(text), kind);
        return Lookup(text, key, kind);
    }

    private WordForm Lookup(ReadOnlySpan<char> text, in SpellingKey key, TokenKind kind) =>
        _forms.Find(text, key) ?? Add(new string(text), key, kind);

    private WordForm Add(string text, in SpellingKey key, TokenKind kind)
    {
        string lower = HasUpper(text) ? text.ToLowerInvariant() : text;
        // Share the lower-case string with its own form, so phrase comparisons meet the same string.
        if (!ReferenceEquals(lower, text) && _forms.Find(lower, new SpellingKey(lower)) is { } known) lower = known.Text;
        var form = new WordForm(this, text, lower, kind, TraitsOf(kind, text, lower), PhraseStartsOf(lower));
        return _forms.GetOrAdd(form, key, Limit);
    }

    /// <summary>What a slot compares a spelling by, computed once per lookup.</summary>
    internal readonly struct SpellingKey
    {
        public SpellingKey(ReadOnlySpan<char> text)
        {
            ulong head = 0;
            bool latin1 = true;
            int n = Math.Min(text.Length, 8);
            for (int k = 0; k < n; k++)
            {
                char c = text[k];
                latin1 &= c <= 0xFF;
                head |= (ulong)(byte)c << (8 * k);
            }
            this = new SpellingKey(text, head, latin1);
        }

        /// <summary>
        /// The same key, its head read from <paramref name="window"/>: the eight characters from the spelling's start,
        /// which run past a shorter spelling into the text after it (masked off here).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // one call per token
        public SpellingKey(ReadOnlySpan<char> text, ReadOnlySpan<char> window)
        {
            var chars = Vector128.Create(MemoryMarshal.Cast<char, ushort>(window));
            // Narrow keeps each character's low byte; the high bytes, narrowed the same way, must be 0 for Latin-1.
            ulong low = Vector128.Narrow(chars, chars).AsUInt64().ToScalar();
            var highs = Vector128.ShiftRightLogical(chars, 8);
            ulong high = Vector128.Narrow(highs, highs).AsUInt64().ToScalar();
            ulong spelling = text.Length >= 8 ? ulong.MaxValue : (1UL << (8 * text.Length)) - 1;
            this = new SpellingKey(text, low & spelling, (high & spelling) == 0);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private SpellingKey(ReadOnlySpan<char> text, ulong head, bool latin1)
        {
            Head = head;
            // Low bit: the head is the whole spelling (at most eight characters, all Latin-1), so equal
            // heads and lengths mean equal spellings.
            bool whole = latin1 && text.Length <= 8;
            Shape = text.Length << 1 | (whole ? 1 : 0);
            // A spelling the head holds whole (most words) is hashed from the head by one multiplication with this
            // process's random odd multiplier; string hashing (Marvin) over the characters again was a tenth of
            // the tokenizer's work. The random multiplier keeps the table's probes short whatever the words.
            int hash = whole ? (int)((head * HeadMultiplier + (ulong)text.Length) >> 32) : string.GetHashCode(text);
            Hash = hash == 0 ? 1 : hash; // 0 marks an empty slot
        }

        private static readonly ulong HeadMultiplier = (ulong)Random.Shared.NextInt64() | 1;

        public int Hash { get; }
        public int Shape { get; }
        public ulong Head { get; }
    }

    /// <summary>
    /// The forms by spelling: open addressing with linear probing. The tokenizer looks up every token here,
    /// mostly words met before, and on a large vocabulary each step of a lookup is a cache miss: the concurrent
    /// dictionary this replaces read a bucket, a node, the node's key and the form, one after the other. A slot
    /// holds the spelling's hash, its length and its first eight characters (their low bytes) beside the form,
    /// so a spelling of up to eight Latin-1 characters (most words) is matched in the slot alone, and the
    /// tokenizer's lookups of successive tokens do not wait on each other's form; a longer one is compared
    /// with the form's text. Lock-free reads: a slot's fields are written before its
    /// hash (a reader that sees the hash sees them), and a full table is replaced by a larger copy, never
    /// rehashed in place. Writers take a lock.
    /// <para>
    /// A slot holds its form's index in <see cref="_forms"/>, not the form: the table (megabytes, on the
    /// large-object heap) then holds no references, so the collector never scans it. With the forms in the
    /// slots, every new spelling marked a card somewhere in the table, and each young collection scanned those
    /// cards again (5.9% of an archive run's instructions); appended in order, new forms share a few cards.
    /// </para>
    /// </summary>
    private sealed class SpellingTable
    {
        private struct Slot
        {
            /// <summary>The spelling's hash, never 0; 0 marks an empty slot.</summary>
            public int Hash;
            /// <summary><see cref="SpellingKey.Shape"/>: the length, and whether <see cref="Head"/> holds the whole spelling.</summary>
            public int Shape;
            public ulong Head;
            /// <summary>Where the form stands in <see cref="_forms"/>.</summary>
            public int Form;
        }

        private Slot[] _slots = new Slot[4096];
        /// <summary>The forms in the order they were kept; a full array is replaced by a larger copy.</summary>
        private WordForm[] _forms = new WordForm[2048];
        private int _count;
        private readonly Lock _writing = new();

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // into Get: a call per token cost more than the probe itself
        public WordForm? Find(ReadOnlySpan<char> text, in SpellingKey key)
        {
            var slots = Volatile.Read(ref _slots);
            int mask = slots.Length - 1;
            for (int i = key.Hash & mask; ; i = (i + 1) & mask)
            {
                ref var slot = ref slots[i];
                int h = Volatile.Read(ref slot.Hash);
                if (h == 0) return null;
                if (h != key.Hash || slot.Shape != key.Shape || slot.Head != key.Head) continue;
                // Read after the hash: the forms array that holds this slot's form was published before it.
                var form = Volatile.Read(ref _forms)[slot.Form];
                if ((key.Shape & 1) != 0 || text.SequenceEqual(form.Text)) return form;
            }
        }

        /// <summary>The form already kept for its spelling, or <paramref name="form"/>, kept unless the table holds <paramref name="limit"/> spellings.</summary>
        public WordForm GetOrAdd(WordForm form, in SpellingKey key, int limit)
        {
            lock (_writing)
            {
                if (Find(form.Text, key) is { } known) return known;
                if (_count >= limit) return form;
                var slots = _slots;
                if ((_count + 1) * 2 > slots.Length)
                {
                    // Half full at most, so probes stay short; readers keep the old table until the new one is complete.
                    var larger = new Slot[slots.Length * 2];
                    foreach (var slot in slots)
                        if (slot.Hash != 0) Insert(larger, slot);
                    Volatile.Write(ref _slots, larger);
                    slots = larger;
                }
                var forms = _forms;
                if (_count == forms.Length)
                {
                    Array.Resize(ref forms, forms.Length * 2);
                    Volatile.Write(ref _forms, forms);
                }
                forms[_count] = form;
                Insert(slots, new Slot { Hash = key.Hash, Shape = key.Shape, Head = key.Head, Form = _count });
                _count++;
                return form;
            }
        }

        private static void Insert(Slot[] slots, Slot slot)
        {
            int mask = slots.Length - 1;
            int i = slot.Hash & mask;
            while (slots[i].Hash != 0) i = (i + 1) & mask;
            slots[i].Shape = slot.Shape;
            slots[i].Head = slot.Head;
            slots[i].Form = slot.Form;
            Volatile.Write(ref slots[i].Hash, slot.Hash); // last: a reader that sees the hash sees the rest
        }
    }

    /// <summary>Only a capital makes a lower-case copy (as the token always did: a word without one is its own lower form).</summary>
    private static bool HasUpper(string s)
    {
        foreach (char c in s) if (char.IsUpper(c)) return true;
        return false;
    }

    /// <summary>The same questions the recognizers asked of every token, asked once per spelling.</summary>
    internal WordTraits TraitsOf(TokenKind kind, string text, string lower)
    {
        var traits = WordTraits.None;
        if (ContentWords.IsContentWord(_lexicons, kind, text, lower)) traits |= WordTraits.Content;
        if (_lexicons.ReportingVerbs.Contains(lower)) traits |= WordTraits.ReportingVerb;
        if (_lexicons.ShowingVerbs.Contains(lower)) traits |= WordTraits.ShowingVerb;
        if (_lexicons.DocumentSources.Contains(lower)) traits |= WordTraits.DocumentSource;
        if (_lexicons.StatisticalPredicates.Contains(lower)) traits |= WordTraits.StatisticalPredicate;
        if (FigureRecognizer.IsCasualtyWord(lower)) traits |= WordTraits.CasualtyWord;
        if (FigureRecognizer.MayStartSpelledFigure(_lexicons, lower)) traits |= WordTraits.NumberWord;
        if ((traits & WordTraits.ReportingVerb) != 0 || AttributionRecognizer.MayStartReportingCue(lower)) traits |= WordTraits.ReportingCue;
        if (AttributionRecognizer.MayStartAccordingCue(lower)) traits |= WordTraits.AccordingCue;
        if (AttributionRecognizer.MayStartWeaselCue(lower)) traits |= WordTraits.WeaselCue;
        if (lower is "it" or "they") traits |= WordTraits.DocumentPronoun;
        // Built-in word lists the attribution recognizer asks of nearly every word of a sentence with a quote or a cue.
        if (SpeechNounAttribution.IsSpeechNoun(lower)) traits |= WordTraits.SpeechNoun;
        if (SpeakerLeadIn.EndsSubject.Contains(lower)) traits |= WordTraits.EndsLeadInSubject;
        if (NounPhrases.Determiners.Contains(lower)) traits |= WordTraits.Determiner;
        if (NounPhrases.Pronouns.Contains(lower)) traits |= WordTraits.Pronoun;
        if (NounPhrases.Stops.Contains(lower)) traits |= WordTraits.PhraseStop;
        return traits;
    }

    private uint PhraseStartsOf(string lower)
    {
        uint bits = 0;
        foreach (var matcher in _lexicons.AllPhrases)
            if (matcher.StartsPhrase(lower)) bits |= matcher.Bit;
        return bits;
    }
}
