using FluentAssertions;
using SourceLint.Core.Analysis;

namespace SourceLint.Core.Tests.Recognizers;

/// <summary>Who an attribution names as the source: the speaker, not the outlet that carried the words nor the description beside a name.</summary>
public class AttributionRecognizerTests
{
    private static List<string> SourcesOf(string sentence)
    {
        var analysis = new LintEngine().Lint("# Harbour\n\n" + sentence + "\n", "draft.md").Analysis;
        return analysis.Sentences.Where(s => s.Text == sentence).SelectMany(s => s.Attributions).Where(a => !a.IsWeasel)
            .Select(a => a.SourceText).ToList();
    }

    [Theory]
    [InlineData("The Western Mail quoted harbour master Gethin Rowe as saying the sale was \"the best hope in years\".", "harbour master Gethin Rowe")]
    [InlineData("\"The board will meet again,\" the paper quoted a person close to the talks as saying.", "a person close to the talks")]
    [InlineData("The paper quoted Ms. Rhian Owen, the trust's chair, as saying the port was \"finally on the mend\".", "Ms. Rhian Owen")]
    [InlineData("Mr Rowe was quoted in the Cambrian News as saying the ferry \"will run all winter\".", "Mr Rowe")]
    [InlineData("Mr Rowe was quoted by the Cambrian News as saying the ferry \"will run all winter\".", "Mr Rowe")]
    public void The_one_quoted_as_saying_is_the_speaker(string sentence, string source)
    {
        SourcesOf(sentence).Should().Contain(source).And.NotContain(s => s.Contains("News") || s.Contains("paper") || s.Contains("Mail"));
    }

    [Theory]
    [InlineData("\"Nobody wanted this,\" Huw Price, a senior council adviser, said after the meeting.", "Huw Price")]
    [InlineData("Mr Price, the council's cabinet member for culture, said the building \"will be offered to groups first\".", "Mr Price")]
    [InlineData("Tomos Hale, a top adviser to the mayor, said the plan \"was never going to work\".", "Tomos Hale")]
    [InlineData("The council's leader, Mr Price, said the plan \"was never going to work\".", "Mr Price")]
    [InlineData("In Aberteifi, the town clerk, said the library \"had been loved for years\".", "the town clerk")]
    [InlineData("Carys O. Bevan, the trust's adviser on moorings and safety, said the fees \"were fair at last\".", "Carys O. Bevan")]
    public void An_apposition_does_not_take_the_names_place(string sentence, string source)
    {
        SourcesOf(sentence).Should().Equal(source);
    }

    [Theory]
    [InlineData("\"We were all so relieved,\" May wrote on the trust's website.", "May")]
    [InlineData("Sales at its harbour stores rose 12% over the summer, Next said.", "Next")]
    [InlineData("The plan \"will not survive the winter\", said Prime Minister Theresa May.", "Prime Minister Theresa May")]
    public void A_capitalised_name_that_is_also_a_function_word_is_still_a_name(string sentence, string source)
    {
        SourcesOf(sentence).Should().Equal(source);
    }

    [Theory]
    [InlineData("The harbour trust issued a statement saying 40 moorings would close.", "The harbour trust")]
    [InlineData("Cardigan Council has put out a report saying repairs will cost £4m.", "Cardigan Council")]
    [InlineData("The ferry company released a statement saying sailings \"will resume on Monday\".", "The ferry company")]
    [InlineData("The ferry company said in a statement that sailings would resume.", "The ferry company")]
    public void A_document_someone_issued_speaks_for_its_issuer(string sentence, string source)
    {
        SourcesOf(sentence).Should().Equal(source);
    }

    [Theory]
    [InlineData("Since the storm hit the United States, the ferry company has cut 300 jobs.")]
    [InlineData("The Harbour Regeneration Project has 40 staff on the quay.")]
    [InlineData("Pupils voted in the Y Vote Mock Elections run by the trust.")]
    public void A_capitalised_word_inside_a_name_is_no_reporting_verb(string sentence)
    {
        SourcesOf(sentence).Should().BeEmpty();
    }
}
