using System.Collections;
using SourceLint.Core.Lexicons;

namespace SourceLint.Core.Analysis;

/// <summary>
/// A sentence's tokens, read-only. A sealed class over an array rather than an <see cref="IReadOnlyList{T}"/>:
/// the recognizers read <c>tokens[i]</c> and <see cref="Count"/> for every token of every sentence, and through
/// the interface each read was an interface call (the Native AOT build cannot devirtualize it) plus the list's
/// own checks; here both are inlined array reads. It is still an <see cref="IReadOnlyList{T}"/> for callers that
/// take one, and its enumerator is a struct, so a <c>foreach</c> allocates nothing.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly Token[] _items;
    private int[]? _wordIndexes;
    /// <summary>What the tokenizer saw of the sentence as a whole (<see cref="FormSummary"/>); the default (no owner) when nobody summed it up.</summary>
    private readonly FormSummary _summary;

    internal TokenList(Token[] items, int[]? wordIndexes = null, FormSummary summary = default)
    {
        _items = items;
        _wordIndexes = wordIndexes;
        _summary = summary;
    }

    /// <summary>
    /// Some token may have <paramref name="trait"/> as the lexicon set owning <paramref name="vocabulary"/> answers it
    /// (<see cref="Lexicons.LexiconSet.Has"/>, or a form's own traits when the forms are that vocabulary's). False only
    /// when every form came from that vocabulary and none has the trait: then a recognizer that looks for the trait
    /// token by token would find nothing, and can pass the sentence over without reading its tokens.
    /// </summary>
    internal bool MayHave(WordTraits trait, Vocabulary vocabulary) =>
        !ReferenceEquals(_summary.Owner, vocabulary) || (_summary.Traits & trait) != 0;

    /// <summary>
    /// Some word may start a phrase of <paramref name="phrases"/> (<see cref="PhraseMatcher.MatchAt(in SentenceWords, int)"/>
    /// may match): false only when no form of the matcher's vocabulary has its bit.
    /// </summary>
    internal bool MayStartPhrase(PhraseMatcher phrases) =>
        phrases.Owner is null || !ReferenceEquals(_summary.Owner, phrases.Owner) || (_summary.PhraseStarts & phrases.Bit) != 0;

    /// <summary>
    /// As <see cref="MayHave"/> for a trait that only a built-in word list decides (the same under every lexicon set, such as
    /// <see cref="WordTraits.EndsLeadInSubject"/>): any vocabulary's forms answer it alike.
    /// </summary>
    internal bool MayHaveBuiltIn(WordTraits trait) => _summary.Owner is null || (_summary.Traits & trait) != 0;

    /// <summary>Some token may be of <paramref name="kind"/>: false only when the tokenizer saw none.</summary>
    internal bool MayHaveKind(TokenKind kind) => _summary.Owner is null || (_summary.Kinds & (1 << (int)kind)) != 0;

    public int Count => _items.Length;
    public Token this[int index] => _items[index];

    /// <summary>
    /// Token <paramref name="index"/> starts where the token before it ends, with no space between: the point of "U.S." or
    /// "Ms.", the hyphen of "R-Texas" or "28-year-old", the slash of "9/11" (a spaced dash opens an aside instead).
    /// </summary>
    internal bool TouchesPrevious(int index) => index > 0 && _items[index].Span.Start == _items[index - 1].Span.End;

    /// <summary>
    /// The index of each word token (numbers and marks left out), sized to the words. The tokenizer passes it in, made
    /// while each token's form was at hand: made afterwards it read every token's form again, a cache miss for the
    /// rarer words.
    /// </summary>
    internal int[] WordIndexes => _wordIndexes ??= IndexWords(_items);

    private static int[] IndexWords(Token[] items)
    {
        int count = 0;
        foreach (var token in items)
            if (token.IsWord) count++;
        var map = new int[count];
        for (int i = 0, w = 0; w < count; i++)
            if (items[i].IsWord) map[w++] = i;
        return map;
    }

    public Enumerator GetEnumerator() => new(_items);
    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => ((IEnumerable<Token>)_items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public struct Enumerator
    {
        private readonly Token[] _items;
        private int _index;

        internal Enumerator(Token[] items)
        {
            _items = items;
            _index = -1;
        }

        public readonly Token Current => _items[_index];
        public bool MoveNext() => ++_index < _items.Length;
    }
}

/// <summary>
/// The union, over a sentence's tokens, of what their forms say: the traits, the phrase lexicons a word starts, the
/// kinds; with the vocabulary all the forms came from. The tokenizer sums it up while it has each form at hand, and
/// recognizers that look for something rare (a document source, "according to", a number) skip the sentences that
/// cannot hold it instead of testing every token of every sentence.
/// </summary>
internal readonly record struct FormSummary(Vocabulary? Owner, WordTraits Traits, uint PhraseStarts, int Kinds);
