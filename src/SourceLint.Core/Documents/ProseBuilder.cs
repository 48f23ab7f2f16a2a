using System.Text;
using SourceLint.Core.Text;

namespace SourceLint.Core.Documents;

/// <summary>Accumulates prose characters together with the source offset each one came from.</summary>
internal sealed class ProseBuilder
{
    private readonly StringBuilder _text;
    private readonly SourceMapBuilder _map = new();
    private readonly List<TextSpan> _links = new();

    public ProseBuilder() : this(16) { }

    /// <summary>A builder sized for about <paramref name="capacity"/> characters (a paragraph's source length), so it need not grow.</summary>
    public ProseBuilder(int capacity) => _text = new StringBuilder(capacity);

    public int Length => _text.Length;

    public void Append(char c, int sourceOffset)
    {
        // Line breaks and tabs inside a paragraph are just spaces to the sentence splitter.
        if (c == '\r' || c == '\n' || c == '\t') c = ' ';
        _text.Append(c);
        _map.Add(sourceOffset);
    }

    /// <summary>
    /// The source characters [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="source"/>,
    /// each mapped to its own offset: copied as one run unless a tab or line break needs turning into a space.
    /// </summary>
    public void AppendSource(string source, int start, int end) => AppendRun(source, start, end - start, start);

    /// <summary>
    /// <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>, mapped to
    /// consecutive source offsets from <paramref name="sourceStart"/>: as many <see cref="Append(char, int)"/>
    /// calls, but copied as one run unless a tab or line break needs turning into a space.
    /// </summary>
    public void AppendRun(string text, int start, int count, int sourceStart)
    {
        if (count <= 0) return;
        var run = text.AsSpan(start, count);
        if (run.IndexOfAny('\r', '\n', '\t') >= 0)
        {
            for (int k = 0; k < count; k++) Append(run[k], sourceStart + k);
            return;
        }
        _text.Append(run);
        _map.AddRun(sourceStart, count);
    }

    public void Append(string s, int sourceStart, bool contiguous)
    {
        for (int i = 0; i < s.Length; i++) Append(s[i], contiguous ? sourceStart + i : sourceStart);
    }

    /// <summary>A word break standing for something that is not prose (code, HTML, a line break).</summary>
    public void AppendBreak(int sourceOffset)
    {
        if (_text.Length > 0 && _text[^1] != ' ') Append(' ', sourceOffset);
    }

    public void AddLink(int proseStart, int proseEnd)
    {
        if (proseEnd > proseStart) _links.Add(new TextSpan(proseStart, proseEnd));
        else if (_text.Length > 0) _links.Add(new TextSpan(Math.Max(0, proseStart - 1), proseStart));
    }

    public ProseBlock? Build(int index, ProseScope scope, TextSpan sourceSpan)
    {
        // Trim surrounding whitespace so sentences start at the first real character.
        int start = 0, end = _text.Length;
        while (start < end && char.IsWhiteSpace(_text[start])) start++;
        while (end > start && char.IsWhiteSpace(_text[end - 1])) end--;
        if (end <= start) return null;
        string text = _text.ToString(start, end - start);
        var offsets = _map.Slice(start, end);
        return new ProseBlock(index, scope, text, offsets, LinksIn(start, text.Length), sourceSpan);
    }

    /// <summary>
    /// The block a builder would make of the source characters [<paramref name="start"/>, <paramref name="end"/>)
    /// appended as one run, cut straight from the source; null when the run holds a tab or line break (which
    /// the builder turns into spaces) or is blank. A reader's fast path for a paragraph that is one line of text.
    /// </summary>
    public static ProseBlock? FromSourceRun(string source, int start, int end, int index, ProseScope scope, TextSpan sourceSpan)
    {
        var run = source.AsSpan(start, end - start);
        if (run.IndexOfAny('\r', '\n', '\t') >= 0) return null;
        int from = start, to = end;
        while (from < to && char.IsWhiteSpace(source[from])) from++;
        while (to > from && char.IsWhiteSpace(source[to - 1])) to--;
        if (to <= from) return null;
        var map = new SourceMap([0], [from]);
        return new ProseBlock(index, scope, source.Substring(from, to - from), map, Array.Empty<TextSpan>(), sourceSpan);
    }

    /// <summary>The links re-based to the trimmed text; most paragraphs have none and share one empty list.</summary>
    private IReadOnlyList<TextSpan> LinksIn(int start, int length)
    {
        if (_links.Count == 0) return Array.Empty<TextSpan>();
        var links = new List<TextSpan>(_links.Count);
        foreach (var l in _links)
        {
            var rebased = TextSpan.FromBounds(Math.Max(l.Start - start, 0), Math.Min(l.End - start, length));
            if (rebased.End > 0 && rebased.Start < length) links.Add(rebased);
        }
        return links;
    }
}
