namespace SourceLint.Core.Claims.Stemming;

/// <summary>Interim suffix stripper; replaced by the full Porter2 stemmer.</summary>
public static class Porter2Stemmer
{
    public static string Stem(string word)
    {
        string w = word.ToLowerInvariant();
        if (w.Length <= 3) return w;
        foreach (var suffix in new[] { "ing", "ed", "ies", "es", "s", "ly" })
        {
            if (w.EndsWith(suffix) && w.Length - suffix.Length >= 3)
            {
                w = w[..^suffix.Length];
                if (suffix == "ies") w += "y";
                break;
            }
        }
        if (w.EndsWith('e')) w = w[..^1];
        if (w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z')) w = w[..^1];
        return w;
    }
}
