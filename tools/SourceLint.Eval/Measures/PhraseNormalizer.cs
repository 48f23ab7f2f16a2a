using System.Text;

namespace SourceLint.Eval.Measures;

/// <summary>
/// Folds a diagnostic's flagged text into a phrase to count: lower case, one space between words, straight
/// quotes and apostrophes, digits as '#' (so "more than 30 soldiers" and "more than 40 soldiers" add up),
/// cut to a readable length.
/// </summary>
internal static class PhraseNormalizer
{
    public const int MaxLength = 70;

    public static string Normalize(string flagged)
    {
        var sb = new StringBuilder(Math.Min(flagged.Length, MaxLength + 1));
        var pendingSpace = false;
        var lastWasDigit = false;
        for (var i = 0; i < flagged.Length; i++)
        {
            var raw = flagged[i];
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = sb.Length > 0;
                lastWasDigit = false;
                continue;
            }
            var c = raw switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2018' or '\u2019' or '\u201A' => '\'',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsDigit(c))
            {
                if (lastWasDigit && !pendingSpace) continue; // a run of digits becomes one '#'
                c = '#';
                lastWasDigit = true;
            }
            else if (c is ',' or '.' && lastWasDigit && i + 1 < flagged.Length && char.IsDigit(flagged[i + 1]))
            {
                continue; // 2,500 and 3.5 read as one number
            }
            else lastWasDigit = false;

            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
            if (sb.Length > MaxLength) break;
        }
        if (sb.Length > MaxLength)
        {
            sb.Length = MaxLength;
            sb.Append('…');
        }
        return sb.ToString();
    }
}
