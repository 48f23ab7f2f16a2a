using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceLint.Core.Text;

namespace SourceLint.Core.Documents;

/// <summary>
/// Reads a Markdown draft with Markdig and keeps only prose: headings, paragraphs, list items and
/// blockquotes. Code, HTML, front matter, link URLs and image alt text are not prose.
/// </summary>
public static class MarkdownDraftReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UseFootnotes()
        .Build();

    /// <summary>Markdig recurses per nesting level; beyond this we stop descending (the rest is not prose we can judge).</summary>
    private const int MaxDepth = 64;

    public static Draft Read(string path, SourceText source)
    {
        var document = Markdown.Parse(source.Text, Pipeline);
        var blocks = new List<ProseBlock>();
        var comments = new List<TextSpan>();
        FrontMatter? frontMatter = null;
        var walker = new Walker(source.Text, 0, 0, blocks, comments);

        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock yaml)
            {
                frontMatter = FrontMatterReader.Read(source, yaml.Span.Start, yaml.Span.End + 1);
                continue;
            }
            walker.Visit(block, ProseScope.Body, 0);
        }

        AssignHeadlineAndLede(blocks, frontMatter);
        return new Draft(path, source, blocks, frontMatter, comments);
    }

    private static void AssignHeadlineAndLede(List<ProseBlock> blocks, FrontMatter? frontMatter)
    {
        int firstBody = 0;
        if (frontMatter?.Title is { } title && frontMatter.TitleSpan is { } titleSpan)
        {
            // The front-matter title is the headline: a prose block of its own, placed first.
            var builder = new ProseBuilder();
            builder.Append(title, titleSpan.Start, contiguous: title.Length == titleSpan.Length);
            var headline = builder.Build(-1, ProseScope.Headline, titleSpan);
            if (headline is not null) { blocks.Insert(0, headline); firstBody = 1; }
        }
        else
        {
            int h1 = blocks.FindIndex(b => b.Scope == ProseScope.Headline);
            if (h1 >= 0) firstBody = h1 + 1;
        }
        // Only the first level-1 heading is the headline; later ones are subheadings.
        bool seenHeadline = false;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Scope != ProseScope.Headline) continue;
            if (seenHeadline) blocks[i].Scope = ProseScope.Subheading;
            seenHeadline = true;
        }
        for (int i = firstBody; i < blocks.Count; i++)
        {
            if (blocks[i].Scope == ProseScope.Body) { blocks[i].Scope = ProseScope.Lede; break; }
            if (blocks[i].Scope is ProseScope.Subheading or ProseScope.Headline) continue;
            break;
        }
    }

    /// <summary>
    /// Reads one top-level paragraph's lines on their own (<paramref name="start"/> to <paramref name="end"/> of
    /// <paramref name="source"/>, whole lines), as <see cref="IncrementalMarkdownReader"/> does after an edit inside
    /// it: the prose block, standing at <paramref name="index"/> with <paramref name="scope"/>, and the HTML
    /// comments inside it; null unless Markdig reads those lines as exactly one paragraph covering them all
    /// (anything else means the edit changed the block structure, and the caller reads the whole draft).
    /// </summary>
    internal static ProseBlock? ReadParagraph(SourceText source, int start, int end, int index, ProseScope scope, List<TextSpan> comments)
    {
        string lines = source.Text[start..end];
        var document = Markdown.Parse(lines, Pipeline);
        if (document.Count != 1 || document[0] is not ParagraphBlock paragraph || paragraph.Inline is null) return null;
        // The paragraph must run from the first line to the last: a line that became blank would end it early.
        if (paragraph.Line != 0 || source.GetPosition(start + paragraph.Span.End).Line != source.GetPosition(Math.Max(start, end - 1)).Line) return null;
        var blocks = new List<ProseBlock>(1);
        new Walker(lines, start, index, blocks, comments).Visit(paragraph, ProseScope.Body, 0);
        if (blocks.Count != 1) return null; // no prose left: one block fewer, so every later block's index changes
        blocks[0].Scope = scope;
        return blocks[0];
    }

    /// <param name="text">The text Markdig parsed.</param>
    /// <param name="offset">Where <paramref name="text"/> starts in the draft: added to every position Markdig gives.</param>
    /// <param name="firstIndex">The index of the first block read.</param>
    private sealed class Walker(string text, int offset, int firstIndex, List<ProseBlock> blocks, List<TextSpan> comments)
    {
        public void Visit(Block block, ProseScope scope, int depth)
        {
            if (depth > MaxDepth) return;
            switch (block)
            {
                case HeadingBlock heading:
                    AddLeaf(heading, heading.Level == 1 ? ProseScope.Headline : ProseScope.Subheading);
                    break;
                case ParagraphBlock paragraph:
                    AddLeaf(paragraph, scope, topLevel: depth == 0);
                    break;
                case HtmlBlock html:
                    comments.Add(new TextSpan(offset + html.Span.Start, offset + html.Span.End + 1));
                    break;
                case FootnoteGroup:
                case CodeBlock:
                case ThematicBreakBlock:
                case LinkReferenceDefinitionGroup:
                    break;
                case QuoteBlock quote:
                    foreach (var child in quote) Visit(child, ProseScope.Blockquote, depth + 1);
                    break;
                case ListItemBlock item:
                    foreach (var child in item) Visit(child, scope == ProseScope.Blockquote ? scope : ProseScope.ListItem, depth + 1);
                    break;
                case ContainerBlock container when container.GetType().Name != "Table":
                    foreach (var child in container) Visit(child, scope, depth + 1);
                    break;
            }
        }

        /// <summary>The leaf block being read, in <see cref="text"/>'s coordinates: where its inlines must map.</summary>
        private int leafStart, leafEnd;

        private void AddLeaf(LeafBlock leaf, ProseScope scope, bool topLevel = false)
        {
            if (leaf.Inline is null) return;
            // Sized for the paragraph's source, so the text does not grow chunk by chunk.
            var builder = new ProseBuilder(leaf.Span.Length + 1);
            leafStart = leaf.Span.Start;
            leafEnd = Math.Min(text.Length, leaf.Span.End + 1);
            AppendInlines(builder, leaf.Inline, 0);
            var block = builder.Build(firstIndex + blocks.Count, scope, new TextSpan(offset + leaf.Span.Start, offset + leaf.Span.End + 1));
            if (block is null) return;
            block.IsTopLevelParagraph = topLevel;
            blocks.Add(block);
        }

        private void AppendInlines(ProseBuilder builder, ContainerInline container, int depth)
        {
            if (depth > MaxDepth) return;
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        AppendSlice(builder, literal.Content, offset + literal.Span.Start, offset + literal.Span.End + 1);
                        break;
                    case HtmlEntityInline entity:
                        builder.Append(entity.Transcoded.ToString(), offset + entity.Span.Start, contiguous: false);
                        break;
                    case CodeInline code:
                        builder.AppendBreak(offset + code.Span.Start);
                        break;
                    case HtmlInline html:
                        comments.Add(new TextSpan(offset + html.Span.Start, offset + html.Span.End + 1));
                        builder.AppendBreak(offset + html.Span.Start);
                        break;
                    case LineBreakInline lineBreak:
                        builder.AppendBreak(offset + lineBreak.Span.Start);
                        break;
                    case FootnoteLink or AutolinkInline:
                        builder.AddLink(builder.Length, builder.Length);
                        break;
                    case LinkInline link when link.IsImage:
                        builder.AppendBreak(offset + link.Span.Start);
                        break;
                    case LinkInline link:
                        int start = builder.Length;
                        AppendInlines(builder, link, depth + 1);
                        builder.AddLink(start, builder.Length);
                        break;
                    case ContainerInline nested:
                        AppendInlines(builder, nested, depth + 1);
                        break;
                }
            }
        }

        private void AppendSlice(ProseBuilder builder, Markdig.Helpers.StringSlice slice, int spanStart, int spanEnd)
        {
            if (slice.Length <= 0) return;
            if (ReferenceEquals(slice.Text, text))
            {
                builder.AppendRun(slice.Text, slice.Start, slice.Length, offset + slice.Start);
                return;
            }
            // A slice of another string (Markdig's own copy). For a heading whose '#' a tab follows, the copy is
            // the line with the tab expanded and the inline's span counts in the copy, not in the file: such a
            // span lies outside the heading or holds other text. The words are then looked up in the heading's
            // own source, and failing that pinned to its start, so that nothing maps outside the block.
            var content = slice.AsSpan();
            if (!SpanHolds(content, spanStart - offset, spanEnd - offset))
            {
                int found = text.AsSpan(leafStart, leafEnd - leafStart).IndexOf(content, StringComparison.Ordinal);
                if (found >= 0) { builder.AppendRun(text, leafStart + found, content.Length, offset + leafStart + found); return; }
                if (spanStart - offset < leafStart || spanEnd - offset > leafEnd)
                {
                    builder.Append(slice.ToString(), offset + leafStart, contiguous: false);
                    return;
                }
            }
            // Otherwise (an escape or entity Markdig rewrote in its copy): the characters map to the inline's
            // span, consecutively up to the span's last character, and any beyond it to that last character.
            int last = Math.Max(spanStart, spanEnd - 1);
            int consecutive = Math.Min(slice.Length, last - spanStart + 1);
            builder.AppendRun(slice.Text, slice.Start, consecutive, spanStart);
            for (int i = slice.Start + consecutive; i <= slice.End; i++) builder.Append(slice.Text[i], last);
        }

        /// <summary>The span [from, to) of <see cref="text"/> lies inside the current leaf and starts with these characters.</summary>
        private bool SpanHolds(ReadOnlySpan<char> content, int from, int to) =>
            from >= leafStart && to <= leafEnd && from <= to && text.AsSpan(from, Math.Min(content.Length, leafEnd - from)).SequenceEqual(content);
    }
}
