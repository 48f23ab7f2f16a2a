using System.Text.Json.Nodes;

namespace SourceLint.LanguageServer.Tests;

public sealed class DiagnosticsTests
{
    private const string Uri = "file:///tmp/sourcelint-tests/diag.md";

    [Fact]
    public async Task Pull_gives_full_then_unchanged_then_full_after_an_edit()
    {
        await using var client = await LspTestClient.StartAsync(pull: true);
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.MalformedLedger));
        var first = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri));
        ((string)first!["kind"]!).Should().Be("full");
        string resultId = (string)first["resultId"]!;
        var item = first["items"]!.AsArray().Single(d => (string?)d!["code"] == "input")!;
        ((string)item["source"]!).Should().Be("sourcelint");
        ((string)item["code"]!).Should().Be("input");
        ((string)item["message"]!).Should().Contain("maybe");

        var again = Drafts.Doc(Uri);
        again["previousResultId"] = resultId;
        var unchanged = await client.CallAsync("textDocument/diagnostic", again);
        ((string)unchanged!["kind"]!).Should().Be("unchanged");
        ((string)unchanged["resultId"]!).Should().Be(resultId);
        unchanged.AsObject().ContainsKey("items").Should().BeFalse();

        await client.NotifyAsync("textDocument/didChange", Drafts.Change(Uri, 2, Drafts.Edit(Drafts.Range(0, 0, 0, 0), "\n")));
        var afterEdit = Drafts.Doc(Uri);
        afterEdit["previousResultId"] = resultId;
        var full = await client.CallAsync("textDocument/diagnostic", afterEdit);
        ((string)full!["kind"]!).Should().Be("full");
        ((string)full["resultId"]!).Should().NotBe(resultId);

        // A pull client is never pushed to.
        await Task.Delay(300);
        client.Notifications("textDocument/publishDiagnostics").Should().BeEmpty();
    }

    [Fact]
    public async Task Workspace_pull_reports_every_open_draft()
    {
        await using var client = await LspTestClient.StartAsync(pull: true);
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.MalformedLedger));
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open("file:///tmp/sourcelint-tests/other.txt", "Headline\n\nBody text.\n", 7, "plaintext"));
        var report = await client.CallAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        var items = report!["items"]!.AsArray();
        items.Select(i => (string?)i!["uri"]).Should().BeEquivalentTo([Uri, "file:///tmp/sourcelint-tests/other.txt"]);
        var mine = items.Single(i => (string?)i!["uri"] == Uri)!;
        ((string)mine["kind"]!).Should().Be("full");
        ((int)mine["version"]!).Should().Be(1);
        mine["items"]!.AsArray().Should().ContainSingle(d => (string?)d!["code"] == "input");
        ((int)items.Single(i => (string?)i!["uri"] != Uri)!["version"]!).Should().Be(7);
    }

    [Fact]
    public async Task Push_is_versioned_and_cleared_on_close_for_clients_that_cannot_pull()
    {
        await using var client = await LspTestClient.StartAsync(pull: false);
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.MalformedLedger));
        var published = await client.WaitForPublishAsync(Uri, 1);
        published["params"]!["diagnostics"]!.AsArray().Should().ContainSingle(d => (string?)d!["code"] == "input");

        await client.NotifyAsync("textDocument/didChange", Drafts.Change(Uri, 2, Drafts.Edit(Drafts.Range(5, 14, 5, 19), "verified")));
        var second = await client.WaitForPublishAsync(Uri, 2);
        second["params"]!["diagnostics"]!.AsArray().Should().NotContain(d => (string?)d!["code"] == "input");

        await client.NotifyAsync("textDocument/didClose", Drafts.Doc(Uri));
        var cleared = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            n => (string?)n["params"]!["uri"] == Uri && n["params"]!["version"] is null);
        cleared["params"]!["diagnostics"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Rapid_edits_are_debounced_and_stale_analyses_never_published()
    {
        await using var client = await LspTestClient.StartAsync(pull: false, settings: new JsonObject { ["debounceMs"] = 300 });
        await client.WaitForSettingsAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.MalformedLedger));
        await client.WaitForPublishAsync(Uri, 1);
        for (int v = 2; v <= 6; v++)
            await client.NotifyAsync("textDocument/didChange", Drafts.Change(Uri, v, Drafts.Edit(Drafts.Range(8, 0, 8, 0), "x")));
        await client.WaitForPublishAsync(Uri, 6);
        await Task.Delay(200);
        var versions = client.Notifications("textDocument/publishDiagnostics").Select(n => (int?)n["params"]!["version"]).ToList();
        versions.Should().Equal(1, 6);
    }

    [Fact]
    public async Task After_edits_the_pushed_diagnostics_are_those_of_a_fresh_lint_of_the_text()
    {
        // The server re-recognizes only the paragraphs an edit changes (Core.Analysis.AnalysisCache); what
        // it publishes after each incremental edit must still be what a fresh lint of the same text gives.
        // An end-to-end check of the server's path; the cache's own cases (quote state, links, moved or
        // repeated paragraphs) are driven much harder by Core's AnalysisCacheTests.
        string text = Drafts.SeedDraft;
        await using var client = await LspTestClient.StartAsync(pull: false);
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, text));
        await client.WaitForPublishAsync(Uri, 1);
        (int Line, int Col, int EndCol, string Text)[] edits =
        [
            (4, 0, 0, "He said: “"),           // opens a quote that runs into the next paragraphs
            (2, 0, 0, "Officials said that "), // attributes the lede
            (4, 0, 10, ""),                    // and closes the quote again
            (6, 5, 6, ""),                     // deletes a character
            (8, 0, 0, "That figure could not be independently verified.\n\n"), // a new paragraph
            (10, -1, -1, " He added: “They fled"), // an open quote: the next paragraph, “Many men fought …”, continues it
            (14, 0, 0, "x"),                   // an edit further on
        ];
        for (int i = 0; i < edits.Length; i++)
        {
            var (line, col, endCol, insert) = edits[i];
            if (col < 0) col = endCol = text.Split('\n')[line].TrimEnd('\r').Length; // the end of the line
            var range = Drafts.Range(line, col, line, endCol);
            text = Drafts.ApplyEdits(text, new JsonArray(new JsonObject { ["range"] = range.DeepClone(), ["newText"] = insert }));
            await client.NotifyAsync("textDocument/didChange", Drafts.Change(Uri, i + 2, Drafts.Edit(range, insert)));
            var published = await client.WaitForPublishAsync(Uri, i + 2);
            var fresh = Features.DiagnosticConverter.Convert(Uri, new Core.Text.SourceText(text), new Core.LintEngine().Lint(text, "/tmp/sourcelint-tests/diag.md"), null);
            fresh.Should().NotBeEmpty();
            Normalised(published["params"]!["diagnostics"]!).Should().Be(
                System.Text.Json.JsonSerializer.Serialize(fresh, Protocol.LspJsonContext.Default.IReadOnlyListDiagnostic), $"after edit {i + 1}");
        }
    }

    [Fact]
    public async Task After_typing_and_deleting_characters_anywhere_the_pushed_diagnostics_are_those_of_a_fresh_lint()
    {
        // Keystrokes inside a paragraph are read incrementally (Core's IncrementalMarkdownReader) and carry the
        // claim lookups over; keystrokes elsewhere (headings, blank lines, Markdown markers) read the whole draft.
        // Either way what is published must be a fresh lint's answer. Seeded: the same keystrokes every run.
        var random = new Random(20261125);
        const string typed = "xe 3.,“”\"*_`#-[]<>!&";
        string text = Drafts.SeedDraft;
        await using var client = await LspTestClient.StartAsync(pull: false);
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, text));
        await client.WaitForPublishAsync(Uri, 1);
        for (int version = 2; version < 42; version++)
        {
            var lines = text.Split('\n');
            int line = random.Next(lines.Length);
            int length = lines[line].TrimEnd('\r').Length;
            int col = random.Next(length + 1);
            bool delete = col < length && random.Next(3) == 0;
            string insert = delete ? "" : typed[random.Next(typed.Length)].ToString();
            var range = Drafts.Range(line, col, line, delete ? col + 1 : col);
            text = Drafts.ApplyEdits(text, new JsonArray(new JsonObject { ["range"] = range.DeepClone(), ["newText"] = insert }));
            await client.NotifyAsync("textDocument/didChange", Drafts.Change(Uri, version, Drafts.Edit(range, insert)));
            var published = await client.WaitForPublishAsync(Uri, version);
            var fresh = Features.DiagnosticConverter.Convert(Uri, new Core.Text.SourceText(text), new Core.LintEngine().Lint(text, "/tmp/sourcelint-tests/diag.md"), null);
            Normalised(published["params"]!["diagnostics"]!).Should().Be(
                System.Text.Json.JsonSerializer.Serialize(fresh, Protocol.LspJsonContext.Default.IReadOnlyListDiagnostic), $"after keystroke {version - 1}");
        }
    }

    /// <summary>Published diagnostics as the server's own serializer writes them, to compare with a fresh list.</summary>
    private static string Normalised(JsonNode diagnostics) => System.Text.Json.JsonSerializer.Serialize(
        System.Text.Json.JsonSerializer.Deserialize(diagnostics.ToJsonString(), Protocol.LspJsonContext.Default.IReadOnlyListDiagnostic)!,
        Protocol.LspJsonContext.Default.IReadOnlyListDiagnostic);

    [RulesLandedFact]
    public async Task Seed_draft_diagnostics_carry_code_link_severity_and_ranges()
    {
        string text = Drafts.SeedDraft;
        await using var client = await LspTestClient.StartAsync(pull: true);
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, text));
        var report = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri));
        var items = report!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        var source = new Core.Text.SourceText(text);
        foreach (var line in File.ReadAllLines(Path.Combine(Drafts.SamplesDir, "seed-draft.expected.tsv")).Skip(1).Where(l => l.Length > 0))
        {
            var parts = line.Split('\t');
            int expectedLine = int.Parse(parts[0]) - 1;
            var match = items.FirstOrDefault(d => (string?)d["code"] == parts[1] && (int)d["range"]!["start"]!["line"]! == expectedLine);
            match.Should().NotBeNull($"{parts[1]} on line {parts[0]}");
            int start = source.GetOffset(expectedLine, (int)match!["range"]!["start"]!["character"]!);
            int end = source.GetOffset((int)match["range"]!["end"]!["line"]!, (int)match["range"]!["end"]!["character"]!);
            text[start..end].Should().Contain(parts[2]);
            ((string)match["codeDescription"]!["href"]!).Should().EndWith($"{parts[1]}.md");
            ((string)match["source"]!).Should().Be("sourcelint");
            ((int)match["severity"]!).Should().BeInRange(1, 4);
            match["data"]!["rule"]!.GetValue<string>().Should().Be(parts[1]);
        }
        var sl201 = items.FirstOrDefault(d => (string?)d["code"] == "SL201");
        sl201?["relatedInformation"]!.AsArray().Should().NotBeEmpty("SL201 points at where the claim is marked unverified");
    }
}
