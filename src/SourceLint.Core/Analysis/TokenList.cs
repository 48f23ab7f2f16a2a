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

    internal TokenList(Token[] items) => _items = items;

    public int Count => _items.Length;
    public Token this[int index] => _items[index];

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
