using System.Buffers;
using System.Collections.Frozen;
using SourceLint.Core.Text;

namespace SourceLint.Core.Sentences;

/// <summary>
/// Splits a paragraph's prose into sentences at '.', '!' and '?' followed by a space and a new
/// sentence, aware of abbreviations (Gen, Dr, Mr, U.S., No.), decimals (3.5%), initials (J. K.)
/// and quotations that end in ." or ,".
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>The abbreviations (lower case), looked up by characters: the word before every period used to be cut out and lower-cased as two strings.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;

    public SentenceSplitter(FrozenSet<string> abbreviations) => _abbreviations = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The marks that may end a sentence: the split jumps from one to the next (a vectorized search) instead of testing every character.</summary>
    private static readonly SearchValues<char> Terminals = SearchValues.Create(".!?…");

    public List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        int start = 0;
        int n = text.Length;
        for (int i = 0; i < n; i++)
        {
            int skip = text.AsSpan(i).IndexOfAny(Terminals);
            if (skip < 0) break;
            i += skip;
            char c = text[i];
            // Swallow runs of terminal punctuation and closing quotes/brackets: ?!  ."  .”  .)
            int end = i + 1;
            while (end < n && (text[end] is '.' or '!' or '?' || IsClosingMark(text[end]))) end++;
            if (end >= n) break;
            if (!char.IsWhiteSpace(text[end])) continue;
            int next = end;
            while (next < n && char.IsWhiteSpace(text[next])) next++;
            if (next >= n) break;
            if (!StartsSentence(text, next)) continue;
            if (c == '.' && !IsSentenceFinalPeriod(text, i)) continue;
            sentences.Add(Trim(text, start, end));
            start = next;
            i = next - 1;
        }
        if (start < n)
        {
            var last = Trim(text, start, n);
            if (!last.IsEmpty) sentences.Add(last);
        }
        return sentences;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    private static bool IsClosingMark(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    /// <summary>A new sentence opens with a capital, a digit, an opening quote or bracket.</summary>
    private static bool StartsSentence(string text, int at)
    {
        char c = text[at];
        if (char.IsUpper(c) || char.IsDigit(c)) return true;
        if (c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '£' or '$' or '€' or '-' or '–' or '—')
            return at + 1 < text.Length && (char.IsUpper(text[at + 1]) || char.IsDigit(text[at + 1]) || text[at + 1] is '.' or '…');
        return false;
    }

    /// <summary>A period ends the sentence unless it closes an abbreviation, an initial or a decimal.</summary>
    private bool IsSentenceFinalPeriod(string text, int dot)
    {
        int wordEnd = dot;
        int wordStart = dot;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        if (wordStart == wordEnd) return true;
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        // A single capital letter is an initial ("J. K. Rowling"), unless a lone pronoun "I".
        if (word.Length == 1 && char.IsUpper(word[0]) && word[0] != 'I') return false;
        // Dotted abbreviations: U.S., U.N., e.g., a.m.
        if (word.Contains('.'))
        {
            if (IsAbbreviation(word)) return FollowedByOwnSentence(text, dot);
            if (IsInitialsOnly(word)) return FollowedByOwnSentence(text, dot);
            return true;
        }
        if (IsAbbreviation(word))
        {
            // "No." and "St." are abbreviations only before a number or a name; at the end of a sentence "no." is a word.
            if (word is "no" or "No" or "NO") return !NextIsNumber(text, dot);
            return false;
        }
        return true;
    }

    /// <summary>The word, lower-cased (invariant culture), is in the abbreviations lexicon.</summary>
    private bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        AsciiCasing.ToLowerInvariant(word, lower);
        return _abbreviations.Contains(lower);
    }

    /// <summary>Every piece between the dots is at most one character ("U.S", "J.K"): no two non-dots stand side by side.</summary>
    private static bool IsInitialsOnly(ReadOnlySpan<char> word)
    {
        for (int k = 1; k < word.Length; k++)
            if (word[k] != '.' && word[k - 1] != '.') return false;
        return true;
    }

    /// <summary>After "U.S." a sentence may still end: "…in the U.S. The …" is taken as a boundary when a common sentence opener follows.</summary>
    private static bool FollowedByOwnSentence(string text, int dot)
    {
        int at = dot + 1;
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        int end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var next = text.AsSpan(at, end - at);
        return next is "The" or "It" or "He" or "She" or "They" or "We" or "But" or "And" or "In" or "A" or "This" or "That" or "There" or "I";
    }

    private static bool NextIsNumber(string text, int dot)
    {
        int at = dot + 1;
        while (at < text.Length && text[at] == ' ') at++;
        return at < text.Length && char.IsDigit(text[at]);
    }
}
