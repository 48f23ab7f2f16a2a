namespace SourceLint.Core.Documents;

/// <summary>Where a piece of prose stands in the draft; rules choose the scopes they read.</summary>
public enum ProseScope
{
    Headline,
    Lede,
    Body,
    Subheading,
    Blockquote,
    ListItem,
}
