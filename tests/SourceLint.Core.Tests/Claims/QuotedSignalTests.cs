using FluentAssertions;

namespace SourceLint.Core.Tests.Claims;

/// <summary>
/// An unverified signal inside a quote is the speaker's word, not the draft's. Found by the random-edit
/// property test (a quote mark toggled around "unverified"): SL201 then threw instead of linting.
/// </summary>
public class QuotedSignalTests
{
    private const string Draft = """
        # Soldiers killed in Sorba attack

        The army said 30 soldiers died, a figure the rebels called "unverified". That figure could not be independently verified.

        Rescuers said 30 soldiers died in Sunday's attack on the camp.

        30 soldiers died in the attack.
        """;

    [Fact]
    public void A_marker_with_a_quoted_signal_and_a_signal_in_the_next_sentence_reports_the_draft_s_own_signal()
    {
        var result = new LintEngine().Lint(Draft, "draft.md");

        var sl201 = result.Diagnostics.Where(d => d.Id == "SL201").ToList();
        sl201.Should().ContainSingle();
        sl201[0].Range.Start.Line.Should().Be(6);
        sl201[0].Message.Should().Contain("unverified");
        sl201[0].Related.Should().ContainSingle().Which.Message.Should().Contain("could not be independently verified");
    }

    [Fact]
    public void A_signal_only_inside_a_quote_marks_nothing()
    {
        const string quotedOnly = """
            # Soldiers killed in Sorba attack

            Rebels called the army's figure of 30 dead soldiers "unverified and unconfirmed", a spokesman said.

            30 soldiers died in the attack.
            """;
        var result = new LintEngine().Lint(quotedOnly, "draft.md");

        result.Diagnostics.Should().NotContain(d => d.Id == "SL201");
    }
}
