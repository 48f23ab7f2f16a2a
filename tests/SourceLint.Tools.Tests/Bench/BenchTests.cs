extern alias bench;

using FluentAssertions;
using Xunit;
using BenchFigure = bench::SourceLint.Bench.Harness.BenchFigure;
using BenchOptions = bench::SourceLint.Bench.BenchOptions;
using BenchProgram = bench::SourceLint.Bench.BenchProgram;
using CorpusDocument = bench::SourceLint.Eval.Corpora.CorpusDocument;
using DraftBuilder = bench::SourceLint.Bench.Drafts.DraftBuilder;
using Goal = bench::SourceLint.Bench.Harness.Goal;
using Sampler = bench::SourceLint.Bench.Harness.Sampler;

namespace SourceLint.Tools.Tests.Bench;

public class BenchTests
{
    private static readonly CorpusDocument[] Stories =
    [
        new("business/001.txt", "Shares rise\n\nShares rose 5% on Monday.\nTraders were pleased.\n"),
        new("business/002.txt", "Oil falls\n\nOil fell to $40 a barrel, its lowest for a year.\n"),
    ];

    [Fact]
    public void Builds_a_markdown_draft_of_at_least_the_words_asked_under_the_first_headline()
    {
        var draft = DraftBuilder.Build(Stories, 40);

        draft.Text.Should().StartWith("# Shares rise\n\nShares rose 5% on Monday.\n\nTraders were pleased.\n\nOil fell");
        draft.Text.Should().NotContain("Oil falls", "each story's own headline is left out");
        draft.Words.Should().BeGreaterThanOrEqualTo(40).And.BeLessThan(40 + 15, "it stops at the paragraph that reaches the count");
    }

    [Fact]
    public void Doubles_the_body_under_one_headline()
    {
        var draft = DraftBuilder.Build(Stories, 10);
        var doubled = DraftBuilder.Doubled(draft);

        var body = draft.Text["# Shares rise\n\n".Length..];
        doubled.Text.Should().Be("# Shares rise\n\n" + body + body);
        doubled.Words.Should().Be(draft.Words * 2 - 2, "the two-word headline is not doubled");
    }

    [Fact]
    public void Refuses_stories_without_body_text()
    {
        var act = () => DraftBuilder.Build([new CorpusDocument("x/001.txt", "Only a headline\n")], 10);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Takes_the_median_of_odd_and_even_samples()
    {
        Sampler.Median([TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(3)])
            .Should().Be(TimeSpan.FromMilliseconds(3));
        Sampler.Median([TimeSpan.FromMilliseconds(4), TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(100)])
            .Should().Be(TimeSpan.FromMilliseconds(3));
    }

    [Fact]
    public void Warms_up_and_times_each_action_the_requested_number_of_times()
    {
        int a = 0, b = 0;
        var samples = Sampler.TimeInterleaved(4, () => a++, () => b++);
        samples.Should().HaveCount(2);
        samples[0].Should().HaveCount(4);
        a.Should().Be(b).And.BeGreaterThanOrEqualTo(Sampler.MinWarmupRounds + 4);
    }

    [Theory]
    [InlineData(25.0, true, 20.0, true)]
    [InlineData(19.9, true, 20.0, false)]
    [InlineData(2.1, false, 2.1, true)]
    [InlineData(2.2, false, 2.1, false)]
    public void Judges_a_figure_against_its_target(double value, bool atLeast, double target, bool pass)
    {
        var figure = new BenchFigure("x", value, "x", atLeast ? Goal.AtLeast : Goal.AtMost, target);
        figure.Pass.Should().Be(pass);
        figure.ToString().Should().EndWith(pass ? "PASS" : "FAIL");
    }

    [Theory]
    [InlineData(new string[0], true, true)]
    [InlineData(new[] { "throughput" }, true, false)]
    [InlineData(new[] { "scaling", "--reps", "5" }, false, true)]
    [InlineData(new[] { "rules" }, false, false)]
    public void Parses_the_mode(string[] args, bool throughput, bool scaling)
    {
        var (options, error) = BenchOptions.Parse(args);
        error.Should().BeNull();
        options!.Throughput.Should().Be(throughput);
        options.Scaling.Should().Be(scaling);
        options.RuleCosts.Should().Be(args.Contains("rules"));
    }

    [Theory]
    [InlineData("fast", "unknown argument 'fast'")]
    [InlineData("--reps 2", "--reps needs a whole number of 3 or more")]
    [InlineData("scaling throughput", "one mode only")]
    public void Rejects_bad_arguments_with_exit_2(string args, string message)
    {
        var stderr = new StringWriter();
        BenchProgram.Run(args.Split(' '), new StringWriter(), stderr).Should().Be(2);
        stderr.ToString().Should().Contain(message);
    }

    [Fact]
    public void Exits_2_when_the_bbc_corpus_is_missing()
    {
        var stderr = new StringWriter();
        BenchProgram.Run(["--corpus", "/nonexistent/corpus"], new StringWriter(), stderr).Should().Be(2);
        stderr.ToString().Should().Contain("BBC corpus folder not found: /nonexistent/corpus/bbc-news");
    }
}
