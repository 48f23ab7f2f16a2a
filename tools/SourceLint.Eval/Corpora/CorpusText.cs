using System.Text;

namespace SourceLint.Eval.Corpora;

/// <summary>
/// Decodes corpus files: strict UTF-8 first, so that a bad byte is noticed, then Latin-1 for files that
/// are not UTF-8 (BBC's sport/199.txt holds a Latin-1 pound sign), with a note saying so.
/// </summary>
internal static class CorpusText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/>, and a note when it had to be read leniently.</summary>
    public static (string Text, string? Note) Decode(byte[] bytes, string relativePath)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? $" at byte {e.Index + start}" : "";
            var bad = e.BytesUnknown is { Length: > 0 } b ? $" (0x{b[0]:X2})" : "";
            return (Encoding.Latin1.GetString(bytes, start, bytes.Length - start),
                $"{relativePath}: not valid UTF-8{bad}{offset}; read as Latin-1");
        }
    }
}
