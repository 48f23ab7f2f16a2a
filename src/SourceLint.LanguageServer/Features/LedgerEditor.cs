using SourceLint.Core.Documents;
using SourceLint.Core.Text;

namespace SourceLint.LanguageServer.Features;

/// <summary>
/// Writes a claim into the draft's verification ledger (<c>sourcelint: claims:</c> in the front
/// matter) as text edits, keeping the rest of the front matter as the reporter wrote it: an existing
/// entry for the same claim gets its status replaced; otherwise a new entry goes at the top of the
/// list, and the list, the <c>sourcelint:</c> section or the whole front matter are created when absent.
/// </summary>
public static class LedgerEditor
{
    public static Core.Diagnostics.TextEdit Mark(SourceText source, FrontMatter? frontMatter, string claim, string status)
    {
        string nl = source.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        string quoted = Quote(claim);
        if (frontMatter is null)
        {
            string block = $"---{nl}sourcelint:{nl}  claims:{nl}    - claim: {quoted}{nl}      status: {status}{nl}---{nl}";
            // Keep a blank line between the new front matter and the draft when the draft does not open with one.
            if (source.Length > 0 && source.Text[0] is not ('\n' or '\r')) block += nl;
            return new Core.Diagnostics.TextEdit(new TextSpan(0, 0), block);
        }

        // Lines of the front matter's YAML, by their position in the file.
        int firstLine = source.GetPosition(frontMatter.SourceSpan.Start).Line;
        int lastLine = source.GetPosition(Math.Max(frontMatter.SourceSpan.End - 1, frontMatter.SourceSpan.Start)).Line;
        int sectionLine = -1, claimsLine = -1;
        for (int line = firstLine; line <= lastLine && line < source.LineCount; line++)
        {
            string text = source.GetLineText(line);
            if (sectionLine < 0 && text.StartsWith("sourcelint:", StringComparison.Ordinal)) { sectionLine = line; continue; }
            if (sectionLine >= 0 && claimsLine < 0 && text.TrimStart().StartsWith("claims:", StringComparison.Ordinal) && Indent(text) > 0)
            {
                claimsLine = line;
                break;
            }
            if (sectionLine >= 0 && text.Length > 0 && Indent(text) == 0 && !text.StartsWith('#')) break; // left the section
        }

        if (claimsLine >= 0)
        {
            // Same claim already in the list: change its status in place.
            for (int line = claimsLine + 1; line <= lastLine && line < source.LineCount; line++)
            {
                string text = source.GetLineText(line);
                if (text.Trim().Length > 0 && Indent(text) <= Indent(source.GetLineText(claimsLine)) && !text.TrimStart().StartsWith('-')) break;
                string trimmed = text.TrimStart().TrimStart('-').TrimStart();
                if (!trimmed.StartsWith("claim:", StringComparison.Ordinal)) continue;
                if (!string.Equals(Unquote(trimmed["claim:".Length..].Trim()), claim.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
                for (int s = line; s <= Math.Min(line + 3, lastLine) && s < source.LineCount; s++)
                {
                    string st = source.GetLineText(s);
                    int at = st.IndexOf("status:", StringComparison.Ordinal);
                    if (at < 0 || (s > line && st.TrimStart().StartsWith('-'))) continue;
                    int start = source.GetLineStart(s) + at + "status:".Length;
                    return new Core.Diagnostics.TextEdit(TextSpan.FromBounds(start, StatusValueEnd(source, s, start)), " " + status);
                }
            }
            // A new entry at the top of the list, indented like the entries already there.
            string claimsText = source.GetLineText(claimsLine);
            int itemIndent = Indent(claimsText) + 2;
            if (claimsLine + 1 < lastLine)
            {
                string next = source.GetLineText(claimsLine + 1);
                if (next.TrimStart().StartsWith("- ", StringComparison.Ordinal)) itemIndent = Indent(next);
            }
            string pad = new(' ', itemIndent);
            int insertAt = source.GetLineEndWithoutBreak(claimsLine);
            string inlineEmpty = claimsText.TrimEnd().EndsWith("[]", StringComparison.Ordinal) ? "[]" : "";
            if (inlineEmpty.Length > 0)
            {
                int bracket = source.GetLineStart(claimsLine) + claimsText.LastIndexOf("[]", StringComparison.Ordinal);
                return new Core.Diagnostics.TextEdit(TextSpan.FromBounds(bracket, insertAt), $"{nl}{pad}- claim: {quoted}{nl}{pad}  status: {status}");
            }
            return new Core.Diagnostics.TextEdit(new TextSpan(insertAt, insertAt), $"{nl}{pad}- claim: {quoted}{nl}{pad}  status: {status}");
        }

        if (sectionLine >= 0)
        {
            int insertAt = source.GetLineEndWithoutBreak(sectionLine);
            string rest = source.GetLineText(sectionLine)["sourcelint:".Length..];
            if (rest.Trim().Length > 0) // "sourcelint: {}" or similar: replace the inline value
                insertAt = source.GetLineStart(sectionLine) + "sourcelint:".Length;
            return new Core.Diagnostics.TextEdit(TextSpan.FromBounds(insertAt, source.GetLineEndWithoutBreak(sectionLine)),
                $"{nl}  claims:{nl}    - claim: {quoted}{nl}      status: {status}");
        }

        // Front matter without a ledger: add the section before the closing fence.
        int closing = ClosingFenceLine(source, firstLine, lastLine);
        int at2 = source.GetLineStart(closing);
        return new Core.Diagnostics.TextEdit(new TextSpan(at2, at2), $"sourcelint:{nl}  claims:{nl}    - claim: {quoted}{nl}      status: {status}{nl}");
    }

    private static int ClosingFenceLine(SourceText source, int firstLine, int lastLine)
    {
        for (int line = Math.Min(lastLine, source.LineCount - 1); line > firstLine; line--)
        {
            string t = source.GetLineText(line).TrimEnd();
            if (t is "---" or "...") return line;
        }
        return Math.Min(lastLine + 1, source.LineCount - 1);
    }

    private static int StatusValueEnd(SourceText source, int line, int start)
    {
        int end = source.GetLineEndWithoutBreak(line);
        string tail = source.Text[start..end];
        int comment = tail.IndexOf(" #", StringComparison.Ordinal);
        if (comment < 0) return end;
        // Keep the comment, and the spaces before it.
        int valueEnd = start + comment;
        while (valueEnd > start && source.Text[valueEnd - 1] == ' ') valueEnd--;
        return valueEnd;
    }

    private static int Indent(string line)
    {
        int i = 0;
        while (i < line.Length && line[i] == ' ') i++;
        return i;
    }

    /// <summary>A YAML double-quoted scalar: safe for colons, hashes and quotes in the claim.</summary>
    public static string Quote(string claim)
    {
        string oneLine = string.Join(' ', claim.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return "\"" + oneLine.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    private static string Unquote(string value)
    {
        int comment = value.IndexOf(" #", StringComparison.Ordinal);
        if (comment >= 0 && !(value.StartsWith('"') || value.StartsWith('\''))) value = value[..comment];
        value = value.Trim();
        if (value.Length >= 2 && (value[0] == '"' && value[^1] == '"'))
            return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'') return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        return value;
    }
}
