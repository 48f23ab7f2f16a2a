using FluentAssertions;
using SourceLint.Core.Recognizers.Quotes;

namespace SourceLint.Core.Tests.Recognizers;

public class QuoteScannerTests
{
    private static List<string> Inner(string text) => QuoteScanner.Scan(text, false).Select(q => q.InnerText).ToList();

    [Fact]
    public void Curly_and_straight_double_quotes_are_found()
    {
        Inner("She said it “reacted vigorously” and \"withdrew quickly\".").Should().Equal("reacted vigorously", "withdrew quickly");
    }

    [Fact]
    public void British_single_quotes_are_told_from_apostrophes()
    {
        Inner("Mali’s army said the soldiers’ families were ‘safe and well’ on Monday.").Should().Equal("safe and well");
        Inner("The minister's aide called it 'a disgrace to the nation' yesterday.").Should().Equal("a disgrace to the nation");
        Inner("It's the army's view that they don't know.").Should().BeEmpty();
    }

    [Fact]
    public void A_name_in_title_case_closes_at_its_final_s()
    {
        // Not a plural possessive running on to the next apostrophe: the quote is the name.
        Inner("Six players joined the newly formed 'Valley Rovers' rugby side that year, and the Rovers' ground opened in May.")
            .Should().Equal("Valley Rovers");
        Inner("He said 'the farmers' union will fight this' on Monday.").Should().Equal("the farmers' union will fight this");
    }

    [Fact]
    public void The_quote_span_includes_its_marks_and_counts_words()
    {
        var q = QuoteScanner.Scan("He said: “Many men fought to the end.”", false).Single();
        q.Span.Start.Should().Be(9);
        q.WordCount.Should().Be(6);
        q.IsScareQuote.Should().BeFalse();
    }

    [Fact]
    public void An_unclosed_quote_continues_into_the_next_paragraph()
    {
        var first = QuoteScanner.Scan("“We lost every violin in one night.", false).Single();
        first.ContinuesToNextParagraph.Should().BeTrue();
        var next = QuoteScanner.Scan("“We cannot thank people enough.”", true).Single();
        next.ContinuesPreviousParagraph.Should().BeTrue();
    }

    [Fact]
    public void Paragraphs_run_together_in_one_line_stay_one_quotation()
    {
        Inner("He admitted: \"I agree with Greg. \"I would have loved to see it sooner.\" Then he left.")
            .Should().Equal("I agree with Greg. \"I would have loved to see it sooner.");
    }

    [Fact]
    public void Titles_and_defined_terms_are_marked()
    {
        QuoteScanner.Scan("The documentary “Nine Days Underground” was shown.", false).Single().IsTitleOrTerm.Should().BeTrue();
        QuoteScanner.Scan("So-called “buy now, pay later” loans are popular.", false).Single().IsTitleOrTerm.Should().BeTrue();
        QuoteScanner.Scan("She called it “a betrayal of every nurse”.", false).Single().IsTitleOrTerm.Should().BeFalse();
    }

    [Theory]
    [InlineData("The right to sell in the future, known as a “put option”, was part of the deal.")]
    [InlineData("The old quarter, once known as the “capital of the revolution”, fell in May.")]
    [InlineData("They have equipment in the lab nicknamed the ‘Nickinator’.")]
    public void A_term_introduced_with_its_article_is_a_defined_term(string sentence)
    {
        QuoteScanner.Scan(sentence, false).Single().IsTitleOrTerm.Should().BeTrue();
    }

    [Fact]
    public void A_quote_named_by_a_work_noun_before_it_is_a_title()
    {
        QuoteScanner.Scan("The study “Who Makes the Tea” found little change.", false).Single().IsTitleOrTerm.Should().BeTrue();
        QuoteScanner.Scan("Her second book, “Rivers of Slate,” sold well.", false).Single().IsTitleOrTerm.Should().BeTrue();
        // A lower-case sentence after "study," is somebody's words, not a title.
        QuoteScanner.Scan("In the study, “most people had never been asked to give.”", false).Single().IsTitleOrTerm.Should().BeFalse();
    }

    [Fact]
    public void A_quoted_phrase_modifying_a_kind_noun_is_a_label()
    {
        QuoteScanner.Scan("The “Give an Hour This Winter” campaign starts today.", false).Single().IsTitleOrTerm.Should().BeTrue();
        QuoteScanner.Scan("The ruling gave “protected food name” status to the cheese.", false).Single().IsTitleOrTerm.Should().BeTrue();
        // A quote closed by its own punctuation is a statement, whatever word follows.
        QuoteScanner.Scan("“We will keep going,” campaign leaders said.", false).Single().IsTitleOrTerm.Should().BeFalse();
        QuoteScanner.Scan("They issued a “stocks are running dangerously low” warning.", false).Single().IsTitleOrTerm.Should().BeFalse();
    }

    [Fact]
    public void A_title_keeps_its_own_mark_or_the_comma_that_follows_it()
    {
        QuoteScanner.Scan("She starred in “Planet of the Apes,” the network said.", false).Single().IsTitleOrTerm.Should().BeTrue();
        QuoteScanner.Scan("He once appeared in “Oh Brother, Not Again!” on stage.", false).Single().IsTitleOrTerm.Should().BeTrue();
        QuoteScanner.Scan("The movie, “13 Hours in Aberdyfi,” opens on Friday.", false).Single().IsTitleOrTerm.Should().BeTrue();
        QuoteScanner.Scan("When she used the words, “we are not going anywhere,” the hall cheered.", false).Single().IsTitleOrTerm.Should().BeTrue();
        // Short words alone before the comma are a sentence, not a title.
        QuoteScanner.Scan("“No, I did not do it,” he told the court.", false).Single().IsTitleOrTerm.Should().BeFalse();
        QuoteScanner.Scan("“We will not be moved,” the tenants said.", false).Single().IsTitleOrTerm.Should().BeFalse();
        QuoteScanner.Scan("“Oh, my God,” she shouted.", false).Single().IsTitleOrTerm.Should().BeFalse();
    }

    [Theory]
    [InlineData("Kristen Wilkins, curator of “Andy Warhol: Photographs and Prints from the University Collection” at the university.", true)]
    [InlineData("He has watched “Dancing with the Stars” since it began.", true)]
    [InlineData("She read “Journey into the Interior” twice.", true)]
    // Title case only: a sentence with the same words in lower case is somebody's words.
    [InlineData("She said it was “photographs and prints from the collection” at the university.", false)]
    [InlineData("Tonight the channel shows “Gone with the Wind” again.", true)]
    public void Title_case_keeps_short_prepositions_in_lower_case(string sentence, bool title)
    {
        QuoteScanner.Scan(sentence, false).Single().IsTitleOrTerm.Should().Be(title);
    }

    [Fact]
    public void Mixed_marks_placed_like_a_close_close_the_quote()
    {
        Inner("\"We were never told,” said Alun Roberts. Then he left.").Should().Equal("We were never told,");
        Inner("“Apparently not,“ he said. “Nobody came.”").Should().Equal("Apparently not,", "Nobody came.");
        // A curly opening mark before a word still opens a quote.
        Inner("She called it “a “test” of nerve”.").Should().NotBeEmpty();
        // A straight mark after the quote's own closing punctuation closes a curly quote: '“…," she said'.
        Inner("“Our roads are crumbling,\" she said. “Nobody came.”").Should().Equal("Our roads are crumbling,", "Nobody came.");
        // After a word it is a straight quote inside the curly one, and the curly quote runs on.
        Inner("“He told me \"no\" twice,” she said.").Should().Equal("He told me \"no\" twice,");
    }

    [Fact]
    public void The_apostrophe_of_an_elided_year_opens_no_quote()
    {
        Inner("He grew up in the 1970s and '80s, when the ferry ran daily. He calls it 'the best place to grow up.'")
            .Should().Equal("the best place to grow up.");
        Inner("The class of \u201898 meets on Friday.").Should().BeEmpty();
        // A quote may open with a number: only the decade's "'80s" is an elided year.
        Inner("\u201820 years ago we had nothing\u2019, he said.").Should().Equal("20 years ago we had nothing");
    }

    [Fact]
    public void A_title_closing_its_sentence_keeps_the_point_inside_and_stays_a_title()
    {
        var titled = QuoteScanner.Scan("She appeared on \"The Late Show with Stephen Colbert.\"", false);
        titled.Should().ContainSingle().Which.IsTitleOrTerm.Should().BeTrue();
        // Mid-sentence, a point inside the marks ends no title: this is somebody's sentence.
        var spoken = QuoteScanner.Scan("He said \"the boat will not sail tonight.\" and left.", false);
        spoken.Should().ContainSingle().Which.IsTitleOrTerm.Should().BeFalse();
    }
}
