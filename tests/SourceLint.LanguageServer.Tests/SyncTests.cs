using System.Text.Json.Nodes;
using SourceLint.LanguageServer.Documents;
using SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Tests;

public sealed class SyncTests
{
    private const string Uri = "file:///tmp/sourcelint-tests/sync.md";

    [Fact]
    public void Incremental_edits_apply_in_order()
    {
        var doc = new DraftDocument(Uri, "markdown", 1, "one\ntwo\nthree\n");
        doc.Apply(2, [
            new TextDocumentContentChangeEvent("TWO") { Range = new Protocol.Range(new Position(1, 0), new Position(1, 3)) },
            new TextDocumentContentChangeEvent("0\n") { Range = new Protocol.Range(new Position(0, 0), new Position(0, 0)) },
        ]).Should().Be(0);
        doc.Text.Should().Be("0\none\nTWO\nthree\n");
        doc.Version.Should().Be(2);
    }

    [Fact]
    public void Out_of_range_positions_are_clamped_not_thrown()
    {
        var doc = new DraftDocument(Uri, "markdown", 1, "abc\ndef");
        doc.Apply(2, [new TextDocumentContentChangeEvent("!") { Range = new Protocol.Range(new Position(99, 5), new Position(120, 0)) }]).Should().BeGreaterThan(0);
        doc.Text.Should().Be("abc\ndef!");
        doc.Apply(3, [new TextDocumentContentChangeEvent("<") { Range = new Protocol.Range(new Position(-4, -1), new Position(0, 0)) }]).Should().BeGreaterThan(0);
        doc.Text.Should().Be("<abc\ndef!");
        // A character past the end of its line stops at that line's end.
        doc.Apply(4, [new TextDocumentContentChangeEvent("X") { Range = new Protocol.Range(new Position(0, 50), new Position(0, 60)) }]);
        doc.Text.Should().Be("<abcX\ndef!");
        // End before start: the range is read the right way round.
        doc.Apply(5, [new TextDocumentContentChangeEvent("") { Range = new Protocol.Range(new Position(0, 3), new Position(0, 1)) }]);
        doc.Text.Should().Be("<cX\ndef!");
        // No range: the whole text.
        doc.Apply(6, [new TextDocumentContentChangeEvent("fresh")]);
        doc.Text.Should().Be("fresh");
    }

    [Fact]
    public async Task Incremental_didChange_moves_and_removes_the_ledger_problem()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.MalformedLedger));
        var first = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri));
        var problem = first!["items"]!.AsArray().Single(d => (string?)d!["code"] == "input")!;
        ((int)problem["range"]!["start"]!["line"]!).Should().Be(5, "the bad status stands on line 6 (0-based 5)");
        ((int)problem["severity"]!).Should().Be(1, "input problems are errors");

        // Two comment lines inserted into the front matter push the entry down by two.
        await client.NotifyAsync("textDocument/didChange", Drafts.Change(Uri, 2, Drafts.Edit(Drafts.Range(2, 0, 2, 0), "# note\n# note\n")));
        var moved = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri));
        ((int)moved!["items"]!.AsArray().Single(d => (string?)d!["code"] == "input")!["range"]!["start"]!["line"]!).Should().Be(7);

        // Replace "maybe" (line 8, 0-based 7) with a valid status: the problem goes.
        await client.NotifyAsync("textDocument/didChange", Drafts.Change(Uri, 3, Drafts.Edit(Drafts.Range(7, 14, 7, 19), "unverified")));
        var fixedReport = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri));
        fixedReport!["items"]!.AsArray().Should().NotContain(d => (string?)d!["code"] == "input");
    }

    [Fact]
    public async Task Out_of_range_edits_over_the_protocol_are_logged_and_the_draft_stays_usable()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.Clean));
        await client.NotifyAsync("textDocument/didChange", Drafts.Change(Uri, 2, Drafts.Edit(Drafts.Range(500, 3, 900, 0), "\nAppended.\n")));
        await client.NotifyAsync("textDocument/didChange", Drafts.Change(Uri, 3, Drafts.Edit(Drafts.Range(-1, -1, -1, -1), "")));
        var report = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri));
        ((string)report!["kind"]!).Should().Be("full");
        await client.WaitForNotificationAsync("window/logMessage", n => ((string)n["params"]!["message"]!).Contains("clamped"));
        // A later edit relative to the clamped text still lands where it should: break the ledger-free draft's
        // front matter in at the top to prove the text is what we think.
        await client.NotifyAsync("textDocument/didChange", Drafts.Change(Uri, 4, Drafts.Edit(Drafts.Range(0, 0, 0, 0), "---\nsourcelint: [1\n---\n")));
        var broken = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri));
        broken!["items"]!.AsArray().Should().Contain(d => (string?)d!["code"] == "input");
    }
}
