using FluentAssertions;
using SourceLint.Core.Configuration;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Sentences;

namespace SourceLint.Core.Tests.Sentences;

public class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var splitter = new SentenceSplitter(LexiconSet.Create(LintConfiguration.Default).Abbreviations);
        return splitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();
    }

    [Fact]
    public void Titles_and_ranks_do_not_end_a_sentence()
    {
        Split("The commander, Gen. Michael Langley, spoke. Dr. Jones agreed.")
            .Should().Equal("The commander, Gen. Michael Langley, spoke.", "Dr. Jones agreed.");
        Split("During a press conference, Gen Michael Langley described the attacks. Officials agreed.")
            .Should().HaveCount(2);
    }

    [Fact]
    public void Dotted_abbreviations_stay_inside_the_sentence_unless_a_new_one_starts()
    {
        Split("Troops from the U.S. Army arrived on Monday. They left on Friday.")
            .Should().Equal("Troops from the U.S. Army arrived on Monday.", "They left on Friday.");
        Split("The money went to the U.S. The rest stayed in Europe.")
            .Should().Equal("The money went to the U.S.", "The rest stayed in Europe.");
    }

    [Fact]
    public void No_before_a_number_is_an_abbreviation()
    {
        Split("He lives at No. 10 Downing Street. She does not.")
            .Should().Equal("He lives at No. 10 Downing Street.", "She does not.");
    }

    [Fact]
    public void Decimals_and_initials_do_not_split()
    {
        Split("Unemployment rose to 3.5% in May. J. K. Rowling wrote the books.")
            .Should().Equal("Unemployment rose to 3.5% in May.", "J. K. Rowling wrote the books.");
    }

    [Fact]
    public void A_quote_ending_in_a_full_stop_ends_the_sentence_with_its_mark()
    {
        Split("\"We will fight on.\" The minister left.").Should().Equal("\"We will fight on.\"", "The minister left.");
        Split("“We will fight on.” The minister left.").Should().Equal("“We will fight on.”", "The minister left.");
    }

    [Fact]
    public void A_quote_ending_in_a_comma_continues_the_sentence()
    {
        Split("\"We will fight on,\" the minister said. He left.")
            .Should().Equal("\"We will fight on,\" the minister said.", "He left.");
    }

    [Fact]
    public void Question_and_exclamation_marks_end_sentences()
    {
        Split("Who said so? Nobody knows! It is unclear.").Should().HaveCount(3);
    }
}
