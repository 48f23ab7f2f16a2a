using SourceLint.Core.Text;

namespace SourceLint.Core.Documents;

/// <summary>
/// One paragraph of prose (a heading, paragraph, list item or blockquote paragraph) as plain text,
/// with every character mapped back to its offset in the source file. Markup, code and URLs are
/// already gone; inline code becomes a space so it never glues words together.
/// </summary>
public sealed class ProseBlock
{
    private readonly SourceMap _sourceOffsets;
    /// <summary>Added to every offset of <see cref="_sourceOffsets"/>: a block moved by an edit before it shares its map (<see cref="ShiftedBy"/>).</summary>
    private readonly int _shift;

    internal ProseBlock(int index, ProseScope scope, string text, SourceMap sourceOffsets, IReadOnlyList<TextSpan> links, TextSpan sourceSpan, int shift = 0)
    {
        Index = index;
        Scope = scope;
        Text = text;
        _sourceOffsets = sourceOffsets;
        Links = links;
        SourceSpan = sourceSpan;
        _shift = shift;
    }

    /// <summary>
    /// The block read from a paragraph directly under the document (no list, quote or other container
    /// around it): the one kind of block <see cref="IncrementalMarkdownReader"/> re-reads on its own.
    /// </summary>
    internal bool IsTopLevelParagraph { get; set; }

    /// <summary>The same block, <paramref name="delta"/> characters further on in the file (an edit before it added or removed text).</summary>
    internal ProseBlock ShiftedBy(int delta) => delta == 0 ? this :
        new(Index, Scope, Text, _sourceOffsets, Links, new TextSpan(SourceSpan.Start + delta, SourceSpan.End + delta), _shift + delta)
        {
            IsTopLevelParagraph = IsTopLevelParagraph,
        };

    /// <summary>Position of the block in the draft's reading order (0 = first).</summary>
    public int Index { get; }
    public ProseScope Scope { get; internal set; }
    public string Text { get; }
    /// <summary>Spans (in <see cref="Text"/>) of link text and footnote references: in Markdown a link on a claim is a source.</summary>
    public IReadOnlyList<TextSpan> Links { get; }
    /// <summary>The block's extent in the source file.</summary>
    public TextSpan SourceSpan { get; }

    /// <summary>Source offset of the character at <paramref name="proseOffset"/>.</summary>
    public int ToSource(int proseOffset)
    {
        if (_sourceOffsets.IsEmpty || Text.Length == 0) return SourceSpan.Start;
        if (proseOffset >= Text.Length) return _sourceOffsets[Text.Length - 1] + _shift + 1;
        return _sourceOffsets[Math.Max(proseOffset, 0)] + _shift;
    }

    /// <summary>Source span of a prose span: from its first character to just after its last one.</summary>
    public TextSpan ToSource(TextSpan prose)
    {
        if (prose.IsEmpty) { int at = ToSource(prose.Start); return new TextSpan(at, at); }
        int start = ToSource(prose.Start);
        int end = ToSource(prose.End - 1) + 1;
        return TextSpan.FromBounds(start, end);
    }
}
