using SourceLint.Core.Text;

namespace SourceLint.Core.Documents;

/// <summary>
/// Reads a new version of a Markdown draft from the previous version's <see cref="Draft"/> when the edit
/// between them stays inside one line of a plain top-level paragraph: only that paragraph's lines go
/// through Markdig again, the blocks before it are kept and the blocks after it are moved by the edit's
/// length. Parsing a 10,000-word draft was the largest allocation of an edit in the language server.
/// <para>
/// The result must be the draft <see cref="MarkdownDraftReader.Read"/> gives for the new text, so every
/// condition below is one under which Markdig's reading of the other lines provably does not change;
/// anything else returns null and the caller reads the whole draft:
/// </para>
/// <list type="bullet">
/// <item>The edit (found by comparing the two texts) neither removes nor inserts a line break, nor splits or
/// joins a CRLF pair, so every line outside the edited one is unchanged, and no line's leading whitespace
/// changes (which decides indented code and whether a line continues an open list).</item>
/// <item>The edited line belongs to a paragraph directly under the document, with a blank line (or the
/// file's edge) before and after it: no lazy continuation, setext underline or link reference definition
/// can join it to a neighbour, and the blocks before it are read before it is.</item>
/// <item>Neither version of the paragraph has a '[': references and footnotes resolve against definitions
/// elsewhere in the draft, which a paragraph read on its own does not see.</item>
/// <item>Markdig reads the new lines on their own as exactly one paragraph covering them all, with prose
/// left in it (a block that vanished would change every later block's index).</item>
/// </list>
/// </summary>
internal static class IncrementalMarkdownReader
{
    public static Draft? TryRead(Draft previous, SourceText source)
    {
        string before = previous.Source.Text, after = source.Text;
        int prefix = before.AsSpan().CommonPrefixLength(after);
        if (prefix == before.Length && prefix == after.Length) return previous; // the same text: the same draft
        int suffix = CommonSuffixLength(before.AsSpan(prefix), after.AsSpan(prefix));
        var removed = before.AsSpan(prefix, before.Length - suffix - prefix);
        var inserted = after.AsSpan(prefix, after.Length - suffix - prefix);
        if (removed.IndexOfAny('\r', '\n') >= 0 || inserted.IndexOfAny('\r', '\n') >= 0) return null;
        if (SplitsOrJoinsCrLf(before, prefix, suffix)) return null;

        var old = previous.Source;
        int edited = BlockAt(previous.Blocks, old, prefix, before.Length - suffix);
        if (edited < 0) return null;
        var block = previous.Blocks[edited];
        int firstLine = old.GetPosition(block.SourceSpan.Start).Line;
        int lastLine = old.GetPosition(Math.Max(block.SourceSpan.Start, block.SourceSpan.End - 1)).Line;
        int start = old.GetLineStart(firstLine), end = old.GetLineEndWithoutBreak(lastLine);
        int delta = after.Length - before.Length;
        if (!IsBlankOrOutside(old, firstLine - 1) || !IsBlankOrOutside(old, lastLine + 1)) return null;
        if (!KeepsIndentation(old, before, after, prefix)) return null;
        if (before.AsSpan(start, end - start).Contains('[') || after.AsSpan(start, end + delta - start).Contains('[')) return null;

        var paragraphComments = new List<TextSpan>();
        var reread = MarkdownDraftReader.ReadParagraph(source, start, end + delta, block.Index, block.Scope, paragraphComments);
        if (reread is null) return null;

        var blocks = new List<ProseBlock>(previous.Blocks.Count);
        for (int i = 0; i < previous.Blocks.Count; i++)
            blocks.Add(i < edited ? previous.Blocks[i] : i == edited ? reread : previous.Blocks[i].ShiftedBy(delta));
        return new Draft(previous.Path, source, blocks, previous.FrontMatter, Comments(previous.CommentSpans, start, end, delta, paragraphComments));
    }

    /// <summary>
    /// The edit sits between a '\r' and a '\n': typing there turns one CRLF break into two breaks (CR, then LF),
    /// and deleting there joins a lone CR and an LF into one; either way lines appear or vanish although
    /// neither the removed nor the inserted text holds a break.
    /// </summary>
    private static bool SplitsOrJoinsCrLf(string before, int prefix, int suffix) =>
        prefix > 0 && before[prefix - 1] == '\r' && suffix > 0 && before[before.Length - suffix] == '\n';

    /// <summary>The index of the top-level paragraph whose lines hold the whole of [from, to) in the old text, or -1.</summary>
    private static int BlockAt(IReadOnlyList<ProseBlock> blocks, SourceText old, int from, int to)
    {
        int line = old.GetPosition(from).Line;
        if (old.GetPosition(to).Line != line) return -1;
        for (int i = 0; i < blocks.Count; i++)
        {
            var span = blocks[i].SourceSpan;
            if (old.GetPosition(span.Start).Line > line) return -1; // blocks stand in reading order: it was none of them
            if (old.GetPosition(Math.Max(span.Start, span.End - 1)).Line < line) continue;
            return blocks[i].IsTopLevelParagraph ? i : -1;
        }
        return -1;
    }

    private static bool IsBlankOrOutside(SourceText source, int line)
    {
        if (line < 0 || line >= source.LineCount) return true;
        int start = source.GetLineStart(line), end = source.GetLineEndWithoutBreak(line);
        return source.Text.AsSpan(start, end - start).IsWhiteSpace();
    }

    /// <summary>The edit starts after the edited line's leading whitespace and leaves as much of it as there was.</summary>
    private static bool KeepsIndentation(SourceText old, string before, string after, int editStart)
    {
        int lineStart = old.GetLineStart(old.GetPosition(editStart).Line);
        int indentation = LeadingWhitespace(before, lineStart);
        return editStart >= lineStart + indentation && LeadingWhitespace(after, lineStart) == indentation;
    }

    private static int LeadingWhitespace(string text, int lineStart)
    {
        int i = lineStart;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i - lineStart;
    }

    /// <summary>The draft's HTML comments: those before the paragraph, the re-read paragraph's own, those after it moved by the edit.</summary>
    private static List<TextSpan> Comments(IReadOnlyList<TextSpan> previous, int start, int end, int delta, List<TextSpan> paragraph)
    {
        var comments = new List<TextSpan>(previous.Count + paragraph.Count);
        foreach (var c in previous) if (c.Start < start) comments.Add(c);
        comments.AddRange(paragraph);
        foreach (var c in previous) if (c.Start >= end) comments.Add(new TextSpan(c.Start + delta, c.End + delta));
        return comments;
    }

    /// <summary>How many characters at the end of both spans are the same, compared a chunk at a time (most of a draft is).</summary>
    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        const int Chunk = 256;
        int n = Math.Min(a.Length, b.Length), k = 0;
        while (k + Chunk <= n && a.Slice(a.Length - k - Chunk, Chunk).SequenceEqual(b.Slice(b.Length - k - Chunk, Chunk))) k += Chunk;
        while (k < n && a[a.Length - 1 - k] == b[b.Length - 1 - k]) k++;
        return k;
    }
}
