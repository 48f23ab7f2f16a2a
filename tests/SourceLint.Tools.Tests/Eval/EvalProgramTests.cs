using FluentAssertions;
using SourceLint.Eval;
using Xunit;

namespace SourceLint.Tools.Tests.Eval;

public class EvalProgramTests
{
    [Fact]
    public void Exits_2_with_a_clear_message_when_the_corpus_folder_is_missing()
    {
        var (code, stdout, stderr) = Run("--corpus", "/nonexistent/sourcelint-corpus");
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("corpus folder not found: /nonexistent/sourcelint-corpus").And.Contain("--corpus DIR");
    }

    [Fact]
    public void Names_the_missing_parts_of_an_incomplete_corpus_folder()
    {
        using var dir = new TempFolder();
        dir.Write("bbc-news/business/001.txt", "Headline\n\nBody.");
        var (code, _, stderr) = Run("--corpus", dir.Path);
        code.Should().Be(2);
        stderr.Should().Contain("missing").And.Contain("gum-wikinews").And.Contain("polnear");
    }

    [Theory]
    [InlineData("--bogus", "unknown argument '--bogus'")]
    [InlineData("--top", "--top needs a value")]
    [InlineData("--top=3", "unknown argument '--top=3'")]
    [InlineData("--top -1", "--top needs a whole number of 0 or more, not '-1'")]
    [InlineData("--rules SL999", "unknown rule 'SL999'")]
    public void Rejects_bad_arguments_with_exit_2(string args, string message)
    {
        var (code, _, stderr) = Run(args.Split(' '));
        code.Should().Be(2);
        stderr.Should().Contain(message);
    }

    [Fact]
    public void Accepts_rules_by_id_or_name_in_registry_order()
    {
        var (options, error) = EvalOptions.Parse(["--rules", "unattributed-quote, SL101,SL102", "--top", "3", "--check"]);
        error.Should().BeNull();
        options!.Rules.Select(r => r.Id).Should().Equal("SL101", "SL102");
        options.Top.Should().Be(3);
        options.Check.Should().BeTrue();
    }

    [Fact]
    public void Runs_over_a_small_corpus_and_prints_every_section()
    {
        using var dir = new TempFolder();
        dir.Write("bbc-news/business/001.txt", "Shares rise\n\nShares rose 5% on Monday, \"a very good day for us\", he said.\n");
        dir.Write("bbc-news/business/002.txt", "Shares rise\n\nShares rose 5% on Monday, \"a very good day for us\", he said.\n");
        dir.Write("gum-wikinews/index.tsv", "doc\ttype\nGUM_news_a\tnews\n");
        dir.Write("gum-wikinews/text/GUM_news_a.txt", "Title\n\nDateline\n\nThe council met on Tuesday.");
        var text = "Title\n\nSmith said \"we will win this race easily\" on Monday.";
        dir.Write("polnear/train/text/p_2016-01-01_a.txt", text);
        var start = text.IndexOf("we will", StringComparison.Ordinal);
        dir.Write("polnear/train/attributions/p_2016-01-01_a_abcd.ann",
            $"T1\tContent {start} {start + 28}\twe will win this race easily\nT2\tSource 7 12\tSmith\nE1\tAttribution:T1 Content:T1 Source:T2\n");

        var (code, stdout, stderr) = Run("--corpus", dir.Path, "--top", "3");

        stderr.Should().BeEmpty();
        code.Should().Be(0);
        stdout.Should().Contain("== bbc-news").And.Contain("2 files, 1 byte-identical duplicates skipped")
            .And.Contain("files 1 · words 15").And.Contain("direct quotes of 4+ words 1");
        stdout.Should().Contain("== gum-wikinews").And.Contain("gum-wikinews (news articles): warnings per 1,000 words");
        stdout.Should().Contain("== polnear").And.MatchRegex(@"inside a human-marked attribution[^\n]*\s1\s+\(100\.0% of quotes\)");
        stdout.Should().Contain("SL101  unattributed-figure").And.Contain("SL304  hedged-verified-claim");
        stdout.Should().Contain("== targets");
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = EvalProgram.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
