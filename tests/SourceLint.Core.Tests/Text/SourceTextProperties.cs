using CsCheck;
using FluentAssertions;
using SourceLint.Core.Text;

namespace SourceLint.Core.Tests.Text;

/// <summary>The line map (searched for with IndexOfAny) gives the lines a character-by-character reading gives.</summary>
public class SourceTextProperties
{
    /// <summary>The reading SourceText used to do: a line ends after '\n', after '\r' alone, or after "\r\n".</summary>
    private static List<int> ReferenceLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (text[i] == '\n') starts.Add(i + 1);
        }
        return starts;
    }

    [Fact]
    public void Line_starts_are_those_of_a_character_by_character_reading() =>
        Gen.OneOf<string>("\r", "\n", "\r\n", "\n\r", "a", "bc", "\uFEFF", " ").Array[0, 60].Select(parts => string.Concat(parts)).Sample(text =>
        {
            var source = new SourceText(text);
            var expected = ReferenceLineStarts(source.Text);
            source.LineCount.Should().Be(expected.Count);
            for (int line = 0; line < expected.Count; line++) source.GetLineStart(line).Should().Be(expected[line]);
        }, iter: 2000);
}
