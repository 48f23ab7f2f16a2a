using FluentAssertions;
using SourceLint.Cli.Output;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Formats;

public sealed class GitHubFormatTests
{
    [Fact]
    public void Each_finding_is_one_workflow_command_with_its_range_and_title()
    {
        string[] lines = SampleRun.Render(new GitHubReporter()).TrimEnd().Split('\n');

        lines.Should().Contain("::warning file=drafts/mali attack.md,line=3,col=1,endLine=3,endColumn=22,title=SL101 unattributed-figure::" +
                               "the figure 'More than 30 soldiers' has no source: say who counted it");
        lines.Should().Contain(l => l.StartsWith("::notice file=drafts/mali attack.md,line=7,col=1,") && l.Contains("title=SL104 anonymous-source::"));
    }

    [Fact]
    public void Messages_and_properties_are_escaped_as_the_runner_expects()
    {
        string[] lines = SampleRun.Render(new GitHubReporter()).TrimEnd().Split('\n');
        string hostile = lines.Single(l => l.Contains("SL201"));

        hostile.Should().StartWith("::error ");
        hostile.Should().EndWith("::a claim with <b>markup</b>, 100%25 \"quotes\", a comma, a colon: and%0Anew line");
        GitHubReporter.Property("a:b,c%d\r\n").Should().Be("a%3Ab%2Cc%25d%0D%0A");
        GitHubReporter.Data("a:b,c%d\r\n").Should().Be("a:b,c%25d%0D%0A");
    }

    [Fact]
    public void A_file_that_could_not_be_checked_is_an_error_annotation()
    {
        string[] lines = SampleRun.Render(new GitHubReporter()).TrimEnd().Split('\n');

        lines.Should().Contain(l => l.StartsWith("::error file=drafts/bad.md,title=sourcelint::") && l.Contains("not valid UTF-8"));
    }
}
