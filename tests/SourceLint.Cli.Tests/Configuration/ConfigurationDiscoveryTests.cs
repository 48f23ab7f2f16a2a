using FluentAssertions;
using SourceLint.Cli.Configuration;
using SourceLint.Cli.Tests.Support;
using SourceLint.Core.Configuration;
using SourceLint.Core.Rules;

namespace SourceLint.Cli.Tests.Configuration;

/// <summary>The run-wide lookup of each draft's <c>.sourcelint.yml</c>: the same answers as the per-draft search, asked once.</summary>
public sealed class ConfigurationDiscoveryTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Each_draft_gets_the_nearest_config_in_its_folder_or_above_as_the_per_draft_search_does()
    {
        string top = _dir.File(".sourcelint.yml", "rules:\n  SL104: off\n");
        string nested = _dir.File("desk/politics/.sourcelint.yml", "rules:\n  SL103: off\n");
        string[] drafts =
        [
            _dir.File("a.md", "x"),
            _dir.File("desk/b.md", "x"),
            _dir.File("desk/politics/c.md", "x"),
            _dir.File("desk/politics/2026/d.md", "x"),
            _dir.File("desk/sport/e.txt", "x"),
        ];
        var discovery = new ConfigurationDiscovery();

        drafts.Select(discovery.FindFor).Should().Equal(top, top, nested, nested, top);
        drafts.Select(ConfigurationLoader.FindFor).Should().Equal(top, top, nested, nested, top);
    }

    [Fact]
    public void A_config_is_parsed_once_for_all_the_drafts_under_it()
    {
        string config = _dir.File(".sourcelint.yml", "rules:\n  SL104: off\n");
        var discovery = new ConfigurationDiscovery();

        var first = discovery.Load(config);
        var second = discovery.Load(config);

        second.Should().BeSameAs(first);
        first.IsEnabled(RuleRegistry.All.Single(r => r.Id == "SL104")).Should().BeFalse();
    }

    [Fact]
    public void A_bad_config_is_an_error_for_every_draft_that_asks_for_it()
    {
        string config = _dir.File(".sourcelint.yml", "rules:\n  SL999: off\n");
        var discovery = new ConfigurationDiscovery();

        discovery.Invoking(d => d.Load(config)).Should().Throw<ConfigurationException>().Which.Message.Should().Contain("SL999");
        discovery.Invoking(d => d.Load(config)).Should().Throw<ConfigurationException>();
    }

    [Fact]
    public void YAML_the_parser_itself_chokes_on_is_a_configuration_error_not_a_crash()
    {
        // YamlDotNet's scanner throws InvalidOperationException (not YamlException) on a flow sequence opened inside a block one.
        string config = _dir.File(".sourcelint.yml", "lexicon:\n  hedges:\n    - claim: reportedly\n      status: unverified\n     [source: a statement\n    - claim: allegedly\n");

        new ConfigurationDiscovery().Invoking(d => d.Load(config)).Should().Throw<ConfigurationException>()
            .Which.Message.Should().Contain("not valid YAML");
    }
}
