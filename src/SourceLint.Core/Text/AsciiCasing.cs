namespace SourceLint.Core.Text;

/// <summary>Lower-casing of short spans, mostly ASCII, as <see cref="MemoryExtensions.ToLowerInvariant"/> does it.</summary>
internal static class AsciiCasing
{
    /// <summary>
    /// <paramref name="source"/> lower-cased (invariant culture) into <paramref name="destination"/>, which is at least as long.
    /// ASCII text, nearly all of what is asked (the word before a period, the words before a quote), is lowered in the
    /// loop itself; the general routine cost a few hundred instructions per call on words of a few letters. Anything
    /// else goes to the general routine whole, so the result is always the same.
    /// </summary>
    public static void ToLowerInvariant(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int k = 0; k < source.Length; k++)
        {
            char c = source[k];
            if (c >= 128)
            {
                source.ToLowerInvariant(destination);
                return;
            }
            destination[k] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }
    }
}
