using FluentAssertions;
using SourceLint.Core.Analysis;
using SourceLint.Core.Documents;

namespace SourceLint.Core.Tests.Documents;

/// <summary>Every prose character maps back to where it stands in the file, so a diagnostic lands on its words.</summary>
public class MarkdownDraftReaderTests
{
    private static readonly LintEngine Engine = new();

    [Theory]
    [InlineData("#\t said Reuters\n", "a tab after the '#' at the file's start")]
    [InlineData("Lede.\n\n#\t said Reuters\n", "a tab after the '#'")]
    [InlineData("Lede.\n\n#\tsaid Reuters\n", "a tab straight after the '#'")]
    [InlineData("Lede.\n\n# \tsaid Reuters\n", "a space and a tab")]
    [InlineData("Lede.\n\n##\t30 soldiers were killed\n", "a subheading")]
    [InlineData("Lede.\n\n  #\t said\tReuters #\t\n", "an indented heading with a closing sequence")]
    [InlineData("Lede.\n\n#\t said *Reuters* today\n", "emphasis after the tab")]
    public void Heading_words_map_to_their_place_in_the_file(string text, string because)
    {
        var draft = Engine.Lint(text, "draft.md").Analysis.Draft;
        var heading = draft.Blocks.Single(b => b.Scope is ProseScope.Headline or ProseScope.Subheading);
        heading.Text.Should().NotBeEmpty();
        for (int i = 0; i < heading.Text.Length; i++)
        {
            if (!char.IsLetterOrDigit(heading.Text[i])) continue;
            int at = heading.ToSource(i);
            at.Should().BeInRange(heading.SourceSpan.Start, heading.SourceSpan.End - 1, because);
            text[at].Should().Be(heading.Text[i], $"{because}: character {i} of \"{heading.Text}\"");
        }
    }
}
