using SourceLint.Core.Text;

namespace SourceLint.Cli.Output;

/// <summary>
/// The flagged line as a terminal shows it: tabs expanded, and news paragraphs (often one 600-character
/// line) cut to a window around the finding so the caret underline stays on screen.
/// </summary>
public static class SourceExcerpt
{
    public const int MaxWidth = 100;
    private const int LeadIn = 30;

    /// <summary>The visible line and the caret underline for columns [start, end) of it.</summary>
    public static (string Line, string Carets) For(string line, int start, int end)
    {
        line = line.Replace('\t', ' ');
        start = Math.Clamp(start, 0, line.Length);
        end = Math.Clamp(Math.Max(end, start + 1), start, Math.Max(line.Length, start + 1));
        int from = 0, to = line.Length;
        if (line.Length > MaxWidth)
        {
            from = Math.Max(0, start - LeadIn);
            to = Math.Min(line.Length, from + MaxWidth);
            if (end > to) end = to;
        }
        string prefix = from > 0 ? "…" : "";
        string suffix = to < line.Length ? "…" : "";
        string visible = prefix + line[from..to] + suffix;
        int caretStart = prefix.Length + (start - from);
        int caretLength = Math.Max(1, end - start);
        return (visible, new string(' ', caretStart) + new string('^', caretLength));
    }

    /// <summary>The text of a 0-based line of a document, or null when it is out of range.</summary>
    public static string? Line(SourceText source, int line) =>
        line >= 0 && line < source.LineCount ? source.GetLineText(line) : null;
}
