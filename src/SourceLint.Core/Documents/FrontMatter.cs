using SourceLint.Core.Text;

namespace SourceLint.Core.Documents;

/// <summary>The YAML front matter of a Markdown draft, kept as text with its position.</summary>
public sealed record FrontMatter(string Yaml, TextSpan SourceSpan, int FirstLine)
{
    /// <summary>The draft's title, when the front matter has a top-level <c>title:</c>.</summary>
    public string? Title { get; init; }
    /// <summary>Source span of the title's value.</summary>
    public TextSpan? TitleSpan { get; init; }
}
