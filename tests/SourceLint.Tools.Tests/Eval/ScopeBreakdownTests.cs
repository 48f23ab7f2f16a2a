using FluentAssertions;
using SourceLint.Core;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Rules;
using SourceLint.Eval.Measures;
using Xunit;

namespace SourceLint.Tools.Tests.Eval;

/// <summary>The evaluation's account of where SL101/SL102 warnings stand against rules.md's attribution scope,
/// on the engine's own findings for small drafts.</summary>
public class ScopeBreakdownTests
{
    private static readonly LintEngine Engine = new();

    private static ScopeClass? ClassOf(string draft, string ruleId, string flagged)
    {
        var lint = Engine.Lint(draft, "draft.txt");
        var d = lint.Diagnostics.Single(x => x.Rule.Id == ruleId && x.Severity >= Severity.Warning && x.FlaggedText.Contains(flagged, StringComparison.Ordinal));
        return ScopeBreakdown.Classify(lint, d);
    }

    [Fact]
    public void A_bare_figure_after_an_attributed_sentence_of_its_paragraph()
    {
        const string draft = "Retail sales slow\n\nThe figures were published on Tuesday, the ONS said. Retail sales fell 2.4% in March.\n";
        ClassOf(draft, RuleRegistry.SL101.Id, "2.4%").Should().Be(ScopeClass.AfterAttributedSentence);
    }

    [Fact]
    public void A_quote_paragraph_right_after_the_speakers_paragraph()
    {
        const string draft = "Council vote\n\nThe council will vote again next month, its leader Jane Smith said.\n\n" +
                             "\"We have listened to every resident who wrote to us.\"\n";
        ClassOf(draft, RuleRegistry.SL102.Id, "We have listened").Should().Be(ScopeClass.OpensParagraphAfterAttributedOne);
    }

    [Fact]
    public void A_bare_figure_with_no_source_in_reach()
    {
        const string draft = "Retail sales slow\n\nThe high street had a hard winter.\n\nRetail sales fell 2.4% in March.\n";
        ClassOf(draft, RuleRegistry.SL101.Id, "2.4%").Should().Be(ScopeClass.NoSourceNearby);
    }
}
