using FluentAssertions;
using SourceLint.Core.Analysis;

namespace SourceLint.Core.Tests.Analysis;

public class SourceReportTests
{
    [Fact]
    public void Lists_each_source_with_what_it_backs_and_what_nothing_backs()
    {
        const string draft = """
            # Flood defences fail

            More than 200 homes were flooded, according to the Environment Agency.

            A local official said the barrier had failed. "We were not warned," he added.

            Repairs will cost £4m.
            """;
        var report = new LintEngine().Lint(draft, "draft.md").Sources;
        var agency = report.Sources.Should().ContainSingle(s => s.Name == "the Environment Agency").Subject;
        agency.Kind.Should().Be(SourceKind.Named);
        agency.Backs.Should().ContainSingle(b => b.Kind == BackedItemKind.Figure && b.Text == "More than 200 homes");
        var official = report.Sources.Should().ContainSingle(s => s.Name == "A local official").Subject;
        official.Kind.Should().Be(SourceKind.Unnamed);
        official.Backs.Should().ContainSingle(b => b.Kind == BackedItemKind.Quote, "\"he added\" is the official speaking again");
        report.Sources.Should().NotContain(s => s.Name == "he");
        report.Unattributed.Should().ContainSingle(b => b.Text == "£4m");
    }
}
