namespace SourceLint.Eval.Measures;

/// <summary>Counts words the way the rates "per 1,000 words" mean them: runs of non-space holding a letter or digit.</summary>
internal static class WordCounter
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        var hasLetterOrDigit = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && hasLetterOrDigit) words++;
                inWord = false;
                hasLetterOrDigit = false;
                continue;
            }
            inWord = true;
            hasLetterOrDigit |= char.IsLetterOrDigit(c);
        }
        if (inWord && hasLetterOrDigit) words++;
        return words;
    }
}
