using System.Xml.Linq;
using FluentAssertions;
using SourceLint.Cli.Output;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Formats;

public sealed class JUnitFormatTests
{
    [Fact]
    public void One_suite_per_draft_with_a_failure_per_warning_and_an_error_per_unreadable_file()
    {
        var doc = XDocument.Parse(SampleRun.Render(new JUnitReporter()));
        var root = doc.Root!;

        root.Name.LocalName.Should().Be("testsuites");
        ((int)root.Attribute("failures")!).Should().Be(4);
        ((int)root.Attribute("errors")!).Should().Be(1);
        ((int)root.Attribute("tests")!).Should().Be(7);
        var suites = root.Elements("testsuite").ToList();
        suites.Select(s => (string)s.Attribute("name")!).Should().Equal("drafts/mali attack.md", "drafts/clean.txt", "drafts/bad.md");
        var cases = suites[0].Elements("testcase").ToList();
        cases.Should().HaveCount(5);
        cases[0].Attribute("name")!.Value.Should().Be("SL101 unattributed-figure at 3:1");
        cases[0].Element("failure")!.Attribute("type")!.Value.Should().Be("warning");
        cases.Single(c => c.Attribute("name")!.Value.StartsWith("SL104")).Element("failure").Should().BeNull("information does not fail the build");
        cases.Single(c => c.Attribute("name")!.Value.StartsWith("SL201")).Element("failure")!.Attribute("message")!.Value
            .Should().Contain("<b>markup</b>").And.Contain("\nnew line");
        suites[1].Elements("testcase").Single().Attribute("name")!.Value.Should().Be("no findings");
        suites[2].Element("testcase")!.Element("error")!.Attribute("message")!.Value.Should().Contain("not valid UTF-8");
    }

    [Fact]
    public void Control_characters_in_a_message_do_not_break_the_xml()
    {
        var d = SampleRun.Figure with { Message = "bell \u0007 and lone \ud800 surrogate" };
        string xml = SampleRun.Render(new JUnitReporter(), new RunReport([new FileReport("a.md", SampleRun.Text, [d], [])]));

        XDocument.Parse(xml).Descendants("failure").Single().Attribute("message")!.Value.Should().Be("bell  and lone  surrogate");
    }
}
