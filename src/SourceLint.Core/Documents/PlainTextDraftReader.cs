using SourceLint.Core.Text;

namespace SourceLint.Core.Documents;

/// <summary>
/// Reads a plain-text draft: paragraphs are separated by blank lines; the first line is the
/// headline when a blank line follows it.
/// </summary>
public static class PlainTextDraftReader
{
    private static bool IsBlank(SourceText source, int line)
    {
        int end = source.GetLineEndWithoutBreak(line);
        for (int k = source.GetLineStart(line); k < end; k++) if (!char.IsWhiteSpace(source.Text[k])) return false;
        return true;
    }

    public static Draft Read(string path, SourceText source)
    {
        var blocks = new List<ProseBlock>();
        int line = 0;
        bool first = true;
        while (line < source.LineCount)
        {
            if (IsBlank(source, line)) { line++; continue; }
            int startLine = line;
            while (line < source.LineCount && !IsBlank(source, line)) line++;
            int endLine = line - 1;
            var span = new TextSpan(source.GetLineStart(startLine), source.GetLineEndWithoutBreak(endLine));
            bool isHeadline = first && startLine == endLine && line < source.LineCount;
            var scope = isHeadline ? ProseScope.Headline : ProseScope.Body;
            first = false;
            // Most paragraphs are one line: its text is the line itself, trimmed, with no builder to copy it through.
            if (startLine == endLine && ProseBuilder.FromSourceRun(source.Text, span.Start, span.End, blocks.Count, scope, span) is { } run)
            {
                blocks.Add(run);
                continue;
            }
            var builder = new ProseBuilder(source.GetLineEndWithoutBreak(endLine) - source.GetLineStart(startLine));
            for (int l = startLine; l <= endLine; l++)
            {
                int lineStart = source.GetLineStart(l);
                int lineEnd = source.GetLineEndWithoutBreak(l);
                builder.AppendSource(source.Text, lineStart, lineEnd);
                if (l < endLine) builder.Append(' ', source.GetLineEndWithoutBreak(l));
            }
            var block = builder.Build(blocks.Count, scope, span);
            if (block is not null) blocks.Add(block);
        }
        var lede = blocks.FirstOrDefault(b => b.Scope == ProseScope.Body);
        if (lede is not null) lede.Scope = ProseScope.Lede;
        return new Draft(path, source, blocks, null, Array.Empty<TextSpan>());
    }
}
