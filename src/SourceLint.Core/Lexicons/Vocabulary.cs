using System.Collections.Concurrent;
using SourceLint.Core.Analysis;
using SourceLint.Core.Claims;
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
    private readonly ConcurrentDictionary<string, WordForm> _forms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _count;

    internal Vocabulary(LexiconSet lexicons)
    {
        _lexicons = lexicons;
        _bySpan = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The forms of one-character ASCII spellings (punctuation, digits, "a", "I": a fifth of a draft's tokens)
    /// by character, so they cost an array read instead of a hash probe. Filled from the dictionary, so the
    /// forms are the same ones; a race only writes the same form twice.
    /// </summary>
    private readonly WordForm?[] _singleAscii = new WordForm?[128];

    /// <summary>The form spelled <paramref name="text"/>; <paramref name="kind"/> is what the tokenizer made of it (the spelling decides it).</summary>
    public WordForm Get(ReadOnlySpan<char> text, TokenKind kind)
    {
        if (text.Length == 1 && text[0] < 128) return _singleAscii[text[0]] ??= Lookup(text, kind);
        return Lookup(text, kind);
    }

    private WordForm Lookup(ReadOnlySpan<char> text, TokenKind kind) =>
        _bySpan.TryGetValue(text, out var form) ? form : Add(new string(text), kind);

    private WordForm Add(string text, TokenKind kind)
    {
        string lower = HasUpper(text) ? text.ToLowerInvariant() : text;
        // Share the lower-case string with its own form, so phrase comparisons meet the same string.
        if (!ReferenceEquals(lower, text) && _forms.TryGetValue(lower, out var known)) lower = known.Text;
        var form = new WordForm(this, text, lower, kind, TraitsOf(kind, text, lower), PhraseStartsOf(lower));
        if (Volatile.Read(ref _count) >= Limit) return form;
        var kept = _forms.GetOrAdd(text, form);
        if (ReferenceEquals(kept, form)) Interlocked.Increment(ref _count);
        return kept;
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
