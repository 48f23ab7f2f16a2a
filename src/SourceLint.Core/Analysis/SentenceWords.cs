using System.Collections;

namespace SourceLint.Core.Analysis;

/// <summary>
/// A sentence's words (its word tokens, numbers and marks left out), lower-cased, read in place from the
/// tokens: word <c>w</c> is token <see cref="TokenIndex"/>(w). The recognizers match phrase lexicons on
/// it for every sentence; a string array of the words per sentence was a tenth of the analysis's
/// allocation, and each of its entries is already the token's <see cref="Token.Lower"/>.
/// A struct, so a phrase matcher generic over it reads the words without an interface call.
/// </summary>
internal readonly struct SentenceWords : IReadOnlyList<string>
{
    private readonly TokenList _tokens;
    private readonly int[] _tokenIndexes;

    public SentenceWords(TokenList tokens, int[] tokenIndexes)
    {
        _tokens = tokens;
        _tokenIndexes = tokenIndexes;
    }

    public int Count => _tokenIndexes.Length;
    public string this[int w] => _tokens[_tokenIndexes[w]].Lower;
    /// <summary>The index in the sentence's tokens of word <paramref name="w"/>.</summary>
    public int TokenIndex(int w) => _tokenIndexes[w];
    /// <summary>The word form of word <paramref name="w"/>.</summary>
    public Lexicons.WordForm Form(int w) => _tokens[_tokenIndexes[w]].Form;

    public IEnumerator<string> GetEnumerator()
    {
        for (int w = 0; w < Count; w++) yield return this[w];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
