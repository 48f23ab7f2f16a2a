using System.Text.Json.Nodes;

namespace SourceLint.LanguageServer.Tests;

public sealed class FeatureTests
{
    private const string Uri = "file:///tmp/sourcelint-tests/features.md";

    [Fact]
    public async Task Symbols_always_hold_the_unattributed_group()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.Clean));
        var symbols = (await client.CallAsync("textDocument/documentSymbol", Drafts.Doc(Uri)))!.AsArray();
        var group = symbols.Single(s => (string?)s!["name"] == "Unattributed")!;
        group["children"]!.AsArray().Should().BeEmpty("the clean draft's figure is attributed");
    }

    [Fact]
    public async Task Symbols_group_figures_and_quotes_under_their_sources()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.SeedDraft));
        var symbols = (await client.CallAsync("textDocument/documentSymbol", Drafts.Doc(Uri)))!.AsArray().Select(s => s!.AsObject()).ToList();
        var unattributed = symbols.Single(s => (string?)s["name"] == "Unattributed")["children"]!.AsArray();
        unattributed.Should().Contain(c => ((string)c!["name"]!).Contains("More than 30 soldiers"));
        unattributed.Should().Contain(c => ((string)c!["name"]!).Contains("Many men fought"));
        var reuters = symbols.Where(s => ((string)s["name"]!).Contains("Reuters")).ToList();
        reuters.Should().NotBeEmpty();
        reuters.SelectMany(s => s["children"]!.AsArray()).Should().Contain(c => ((string)c!["name"]!).Contains("dozens of militants"));
        foreach (var s in symbols)
            foreach (var child in s["children"]!.AsArray())
                ((int)child!["range"]!["start"]!["line"]!).Should().BeGreaterThanOrEqualTo((int)s["range"]!["start"]!["line"]!, "a parent's range contains its children");
        var sources = (await client.CallAsync("sourcelint/sources", Drafts.Doc(Uri)))!;
        sources["sources"]!.AsArray().Count.Should().Be(symbols.Count - 1);
        sources["unattributed"]!.AsArray().Count.Should().Be(unattributed.Count);
    }

    [Fact]
    public async Task Code_lens_sits_on_the_headline_line_and_counts()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, "\n\n" + Drafts.Clean));
        var lenses = (await client.CallAsync("textDocument/codeLens", Drafts.Doc(Uri)))!.AsArray();
        var lens = lenses.Should().ContainSingle().Subject!;
        ((int)lens["range"]!["start"]!["line"]!).Should().Be(2, "the heading moved down two lines");
        ((string)lens["command"]!["title"]!).Should().MatchRegex(@"^\d+ figures? · \d+ quotes? · \d+ unattributed · \d+ unnamed sources?$");
    }

    [Fact]
    public async Task Sources_request_returns_the_report_for_the_current_version()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.Clean, 4));
        var result = (await client.CallAsync("sourcelint/sources", Drafts.Doc(Uri)))!;
        ((string)result["uri"]!).Should().Be(Uri);
        ((int)result["version"]!).Should().Be(4);
        result["sources"]!.AsArray().Should().NotBeNull();
        result["unattributed"]!.AsArray().Should().NotBeNull();
        var missing = await client.CallAsync("sourcelint/sources", Drafts.Doc("file:///tmp/not-open.md"));
        missing.Should().BeNull();
    }

    [RulesLandedFact]
    public async Task Hover_explains_the_sentence_and_the_rule_under_the_cursor()
    {
        string text = Drafts.SeedDraft;
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, text));
        // Line 5 of the seed draft: "More than 30 soldiers were killed in Sunday's attack, …" (SL101).
        var hover = (await client.CallAsync("textDocument/hover", Drafts.Position(Uri, 4, 5)))!;
        ((string)hover["contents"]!["kind"]!).Should().Be("markdown");
        string value = (string)hover["contents"]!["value"]!;
        value.Should().Contain("SL101").And.Contain("unattributed-figure").And.Contain("docs/rules/SL101.md");
        value.Should().Contain("More than 30 soldiers");
        // On an attributed sentence the hover names the source.
        var attributed = (await client.CallAsync("textDocument/hover", Drafts.Position(Uri, 14, 5)))!;
        ((string)attributed["contents"]!["value"]!).Should().Contain("Reuters");
    }

    [Fact]
    public async Task Hover_outside_any_sentence_is_null()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, "\n\n\n"));
        var hover = await client.CallAsync("textDocument/hover", Drafts.Position(Uri, 1, 0));
        hover.Should().BeNull();
    }
}
