using System.Text;

namespace SourceLint.Cli.Files;

/// <summary>Reads a draft strictly as UTF-8: a file that is not is reported, never guessed at.</summary>
public static class DraftFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or an error message naming what is wrong.</summary>
    public static (string? Text, string? Error) Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot read file: " + e.Message);
        }
        try
        {
            string text = StrictUtf8.GetString(bytes);
            return (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, null);
        }
        catch (DecoderFallbackException e)
        {
            int index = e.Index >= 0 ? e.Index : 0;
            int line = 1;
            for (int i = 0; i < index && i < bytes.Length; i++) if (bytes[i] == '\n') line++;
            return (null, $"line {line}: not valid UTF-8 (byte offset {index}); save the draft as UTF-8");
        }
    }
}
