using FluentAssertions;
using SourceLint.Cli.Files;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Check;

/// <summary>The parallel checker: reports in the order given, and the source model only when a format shows it.</summary>
public sealed class DraftCheckerTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Reports_come_back_in_the_order_of_the_list_and_carry_sources_only_when_asked()
    {
        var drafts = Enumerable.Range(0, 12)
            .Select(i => _dir.File($"d{i:00}.md", $"# Story {i}\n\nMore than {30 + i} soldiers were killed, the army said.\n"))
            .Reverse().ToList();

        var plain = new DraftChecker(null).CheckAll(drafts);
        var withSources = new DraftChecker(null) { WithSources = true }.CheckAll(drafts);

        plain.Select(r => r.Path).Should().Equal(drafts);
        plain.Should().OnlyContain(r => r.Sources == null);
        withSources.Select(r => r.Path).Should().Equal(drafts);
        withSources.Should().OnlyContain(r => r.Sources != null && r.Sources.Sources.Any(s => s.Name == "the army"));
        withSources.Select(r => r.Diagnostics.Count).Should().Equal(plain.Select(r => r.Diagnostics.Count));
    }
}
