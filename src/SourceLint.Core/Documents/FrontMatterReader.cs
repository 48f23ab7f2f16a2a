using SourceLint.Core.Text;

namespace SourceLint.Core.Documents;

/// <summary>Finds the YAML between the front matter fences and its top-level title.</summary>
internal static class FrontMatterReader
{
    public static FrontMatter Read(SourceText source, int start, int end)
    {
        end = Math.Min(end, source.Length);
        var first = source.GetPosition(start);
        var last = source.GetPosition(Math.Max(start, end - 1));
        // Lines strictly between the opening and the closing fence.
        int bodyStart = first.Line + 1 <= last.Line ? source.GetLineStart(first.Line + 1) : end;
        int bodyEnd = last.Line > first.Line ? source.GetLineStart(last.Line) : end;
        if (bodyEnd < bodyStart) bodyEnd = bodyStart;
        string yaml = source.Text[bodyStart..bodyEnd];
        string? title = null;
        TextSpan? titleSpan = null;
        for (int line = first.Line + 1; line < last.Line; line++)
        {
            string text = source.GetLineText(line);
            if (!text.StartsWith("title:", StringComparison.Ordinal)) continue;
            int valueStart = "title:".Length;
            while (valueStart < text.Length && text[valueStart] == ' ') valueStart++;
            int valueEnd = text.Length;
            while (valueEnd > valueStart && char.IsWhiteSpace(text[valueEnd - 1])) valueEnd--;
            if (valueEnd - valueStart >= 2 && (text[valueStart] is '"' or '\'') && text[valueEnd - 1] == text[valueStart])
            {
                valueStart++; valueEnd--;
            }
            if (valueEnd <= valueStart) break;
            title = text[valueStart..valueEnd];
            int lineStart = source.GetLineStart(line);
            titleSpan = new TextSpan(lineStart + valueStart, lineStart + valueEnd);
            break;
        }
        return new FrontMatter(yaml, new TextSpan(start, end), first.Line + 1) { Title = title, TitleSpan = titleSpan };
    }
}
