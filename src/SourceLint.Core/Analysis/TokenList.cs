using System.Collections;

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

    internal TokenList(Token[] items, int[]? wordIndexes = null)
    {
        _items = items;
        _wordIndexes = wordIndexes;
    }

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
