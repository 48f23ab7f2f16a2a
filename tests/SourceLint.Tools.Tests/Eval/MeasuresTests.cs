using FluentAssertions;
using SourceLint.Eval.Measures;
using Xunit;

namespace SourceLint.Tools.Tests.Eval;

public class MeasuresTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("More than 30 soldiers were killed.", 6)]
    [InlineData("Prices rose 3.5% — the most since 2008 !", 7)]
    [InlineData("line one\nline two\r\n\r\nthree", 5)]
    public void Counts_words_holding_a_letter_or_digit(string text, int words) =>
        WordCounter.Count(text).Should().Be(words);

    [Fact]
    public void Finds_curly_and_straight_quotes_of_four_words_or_more()
    {
        var text = "He said “we will rebuild the town” and \"we will not leave\" but \"no way\" and “not now”.";
        var quotes = QuoteFinder.Find(text);
        quotes.Select(q => text[q.Start..q.End]).Should().Equal("“we will rebuild the town”", "\"we will not leave\"");
        quotes.Select(q => q.Words).Should().Equal(5, 4);
    }

    [Fact]
    public void Ignores_apostrophes_and_single_quotes()
    {
        QuoteFinder.Find("The army's 'tactical retreat' wasn't what the minister's aides had called it at all.").Should().BeEmpty();
    }

    [Fact]
    public void Pairs_straight_quotes_within_a_line_only()
    {
        var text = "She said \"this opening quote never closes on its line\nand \"this one is a full quote\" here";
        var quotes = QuoteFinder.Find(text);
        quotes.Select(q => text[q.Start..q.End]).Should().Equal("\"this one is a full quote\"");
    }

    [Fact]
    public void Measures_a_multi_paragraph_quote_by_its_closing_paragraph()
    {
        var text = "“First paragraph of a long quote\n\n“Second paragraph that closes the quote here.”";
        var quotes = QuoteFinder.Find(text);
        quotes.Should().ContainSingle();
        text[quotes[0].Start..quotes[0].End].Should().StartWith("“Second");
    }

    [Theory]
    [InlineData("More than 30 soldiers", "more than # soldiers")]
    [InlineData("More  than\n40 soldiers", "more than # soldiers")]
    [InlineData("£2,500.50 deal", "£# deal")]
    [InlineData("in 2004, the", "in #, the")]
    [InlineData("“It’s over,” she said", "\"it's over,\" she said")]
    public void Normalises_flagged_phrases(string flagged, string phrase) =>
        PhraseNormalizer.Normalize(flagged).Should().Be(phrase);

    [Fact]
    public void Cuts_long_phrases()
    {
        var phrase = PhraseNormalizer.Normalize(new string('a', 200));
        phrase.Should().HaveLength(PhraseNormalizer.MaxLength + 1).And.EndWith("…");
    }
}
