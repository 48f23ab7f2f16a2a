using System.Security.Cryptography;
using System.Text;
using SourceLint.Core.Diagnostics;

namespace SourceLint.Cli.Output;

/// <summary>Stable identities for findings: rule + normalised flagged text + normalised sentence, never a line number.</summary>
public static class Fingerprints
{
    public static string Of(Diagnostic d, string? documentText = null)
    {
        string flagged = Normalise(d.FlaggedText);
        string sentence = documentText is not null && d.SentenceSpan.End <= documentText.Length
            ? Normalise(documentText.Substring(d.SentenceSpan.Start, d.SentenceSpan.Length))
            : "";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{d.Id}\n{flagged}\n{sentence}"));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }

    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c switch { '“' or '”' => '"', '‘' or '’' => '\'', _ => char.ToLowerInvariant(c) });
        }
        return sb.ToString();
    }
}
