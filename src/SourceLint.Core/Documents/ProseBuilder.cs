using System.Text;
using SourceLint.Core.Text;

namespace SourceLint.Core.Documents;

/// <summary>Accumulates prose characters together with the source offset each one came from.</summary>
internal sealed class ProseBuilder
{
    private readonly StringBuilder _text = new();
    private readonly SourceMapBuilder _map = new();
    private readonly List<TextSpan> _links = new();

    public int Length => _text.Length;

    public void Append(char c, int sourceOffset)
    {
        // Line breaks and tabs inside a paragraph are just spaces to the sentence splitter.
        if (c == '\r' || c == '\n' || c == '\t') c = ' ';
        _text.Append(c);
        _map.Add(sourceOffset);
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
        var links = _links
            .Select(l => TextSpan.FromBounds(Math.Max(l.Start - start, 0), Math.Min(l.End - start, text.Length)))
            .Where(l => l.End > 0 && l.Start < text.Length)
            .ToList();
        return new ProseBlock(index, scope, text, offsets, links, sourceSpan);
    }
}
