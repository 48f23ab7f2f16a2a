using SourceLint.Core.Text;

namespace SourceLint.Core.Documents;

/// <summary>A draft read into prose blocks: what the recognizers and rules see.</summary>
public sealed class Draft
{
    internal Draft(string path, SourceText source, IReadOnlyList<ProseBlock> blocks, FrontMatter? frontMatter, IReadOnlyList<TextSpan> commentSpans)
    {
        Path = path;
        Source = source;
        Blocks = blocks;
        FrontMatter = frontMatter;
        CommentSpans = commentSpans;
    }

    public string Path { get; }
    public SourceText Source { get; }
    public IReadOnlyList<ProseBlock> Blocks { get; }
    public FrontMatter? FrontMatter { get; }
    /// <summary>Source spans of HTML comments (Markdown) where suppression comments may stand.</summary>
    public IReadOnlyList<TextSpan> CommentSpans { get; }

    public ProseBlock? Headline => Blocks.FirstOrDefault(b => b.Scope == ProseScope.Headline);

    public static bool IsMarkdownPath(string path)
    {
        string ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        return ext is ".md" or ".markdown" or ".mdown" or ".mkd";
    }
}
