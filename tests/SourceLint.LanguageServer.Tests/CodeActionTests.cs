using System.Text.Json.Nodes;
using SourceLint.Core;
using SourceLint.Core.Ledger;
using SourceLint.Core.Text;
using SourceLint.LanguageServer.Features;

namespace SourceLint.LanguageServer.Tests;

public sealed class CodeActionTests
{
    private const string Uri = "file:///tmp/sourcelint-tests/actions.md";

    private static LintResult Lint(string text, string path = "draft.md") => new LintEngine().Lint(text, path);

    private static string Apply(string text, Core.Diagnostics.TextEdit edit) =>
        text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];

    private static IReadOnlyList<LedgerEntry> LedgerAfter(string text, string claim, string status)
    {
        var before = Lint(text);
        string edited = Apply(text, LedgerEditor.Mark(new SourceText(text), before.Analysis.Draft.FrontMatter, claim, status));
        var after = Lint(edited);
        after.Problems.Should().BeEmpty($"the edited front matter must stay valid:\n{edited}");
        return after.Analysis.Ledger.Entries;
    }

    [Fact]
    public void Ledger_mark_creates_front_matter_when_absent()
    {
        var entries = LedgerAfter(Drafts.Clean, "More than 30 soldiers were killed", "verified");
        entries.Should().ContainSingle().Which.Should().Match<LedgerEntry>(e => e.Claim == "More than 30 soldiers were killed" && e.Status == LedgerStatus.Verified);
        var headline = Lint(Apply(Drafts.Clean, LedgerEditor.Mark(new SourceText(Drafts.Clean), null, "x", "verified"))).Analysis.Draft.Headline;
        headline.Should().NotBeNull("the draft's heading is still its headline");
    }

    [Fact]
    public void Ledger_mark_adds_the_section_to_front_matter_without_one()
    {
        const string text = "---\ntitle: Troops killed\n---\n\nMore than 30 soldiers were killed.\n";
        LedgerAfter(text, "soldiers killed: \"30\" # or more", "unverified")
            .Should().ContainSingle().Which.Claim.Should().Be("soldiers killed: \"30\" # or more");
        Lint(Apply(text, LedgerEditor.Mark(new SourceText(text), Lint(text).Analysis.Draft.FrontMatter, "a", "verified"))).Analysis.Draft.FrontMatter!.Title.Should().Be("Troops killed");
    }

    [Fact]
    public void Ledger_mark_adds_an_entry_to_an_existing_list_and_replaces_the_status_of_a_known_claim()
    {
        string valid = Drafts.MalformedLedger.Replace("status: maybe", "status: unverified  # check with AFP");
        var added = LedgerAfter(valid, "JNIM attacked the airport", "verified");
        added.Select(e => (e.Claim, e.Status)).Should().BeEquivalentTo([
            ("more than 30 soldiers killed", LedgerStatus.Unverified), ("JNIM attacked the airport", LedgerStatus.Verified)]);
        var replaced = LedgerAfter(valid, "More than 30 soldiers killed", "verified");
        replaced.Should().ContainSingle().Which.Status.Should().Be(LedgerStatus.Verified);
    }

    [Fact]
    public void Ledger_mark_fills_an_empty_claims_list()
    {
        const string text = "---\nsourcelint:\n  claims: []\n---\n\nBody.\n";
        LedgerAfter(text, "a claim", "verified").Should().ContainSingle();
    }

    [Fact]
    public void Suppression_comments_are_recognised_by_the_engine()
    {
        string text = Drafts.Clean;
        var outcome = Outcome(text);
        string withLine = Apply(text, CodeActionProvider.DisableLine(outcome.Source, 2, "SL101"));
        withLine.Split('\n')[2].Should().Be("<!-- sourcelint-disable-next-line SL101 -->");
        var relinted = Lint(withLine);
        relinted.Problems.Should().BeEmpty();
        relinted.Analysis.Draft.CommentSpans.Should().ContainSingle();
        string withFile = Apply(text, CodeActionProvider.DisableFile(outcome, "SL104"));
        withFile.Should().StartWith("<!-- sourcelint-disable-file SL104 -->\n# Troops");
        Lint(withFile).Analysis.Draft.Headline.Should().NotBeNull();

        string fm = "---\ntitle: T\n---\nBody.\n";
        Apply(fm, CodeActionProvider.DisableFile(Outcome(fm), "SL101")).Should().Be("---\ntitle: T\n---\n<!-- sourcelint-disable-file SL101 -->\nBody.\n");
        string txt = "Headline\n\nBody.";
        Apply(txt, CodeActionProvider.DisableFile(Outcome(txt, "d.txt"), "SL101")).Should().Be("Headline\n\nBody.\n\n<!-- sourcelint-disable-file SL101 -->\n");
    }

    private static Analysis.AnalysisOutcome Outcome(string text, string path = "d.md") =>
        new("file:///tmp/" + path, 1, new SourceText(text), Lint(text, path), [], Core.Documents.Draft.IsMarkdownPath(path));

    [RulesLandedFact]
    public async Task Every_code_action_on_the_seed_draft_applies_and_fixes_what_it_says()
    {
        string text = Drafts.SeedDraft;
        await using var client = await LspTestClient.StartAsync(pull: true);
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, text));
        var diagnostics = (await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri)))!["items"]!.AsArray()
            .Select(d => d!.AsObject()).Where(d => ((string)d["code"]!).StartsWith("SL")).ToList();
        diagnostics.Should().NotBeEmpty();
        int version = 1;
        foreach (var diagnostic in diagnostics)
        {
            string rule = (string)diagnostic["code"]!;
            var request = Drafts.Doc(Uri);
            request["range"] = diagnostic["range"]!.DeepClone();
            request["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()) };
            var actions = (await client.CallAsync("textDocument/codeAction", request))!.AsArray().Select(a => a!.AsObject()).ToList();
            actions.Should().Contain(a => (string)a["title"]! == $"Disable {rule} for this line");
            actions.Should().Contain(a => (string)a["title"]! == $"Disable {rule} for this file");
            if (rule is "SL101" or "SL201" or "SL202" or "SL303")
                actions.Should().Contain(a => ((string)a["title"]!).StartsWith("Mark as verified"));
            foreach (var action in actions.Where(a => (string?)a["kind"] == "quickfix"))
            {
                string title = (string)action["title"]!;
                string edited = Drafts.ApplyEdits(text, action["edit"]!["changes"]![Uri]!.AsArray());
                await client.NotifyAsync("textDocument/didChange", new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = ++version },
                    ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = edited }),
                });
                var after = (await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri)))!["items"]!.AsArray().Select(d => d!.AsObject()).ToList();
                after.Should().NotContain(d => (string?)d["code"] == "input" || (string?)d["code"] == "internal", $"'{title}' must leave a valid draft");
                edited.Should().NotBe(text, $"'{title}' must change the draft");
                string flagged = Flagged(text, diagnostic);
                bool placeholder = action["edit"]!["changes"]![Uri]!.AsArray().Any(e => ((string)e!["newText"]!).Contains('…'));
                // A fix that leaves a placeholder for the reporter ("according to …") cannot settle the finding yet.
                if (title.StartsWith("Disable") || (action["isPreferred"] is not null && !placeholder))
                    after.Where(d => (string?)d["code"] == rule).Select(d => Flagged(edited, d)).Should().NotContain(flagged, $"'{title}' should settle {rule}");
                if (title.EndsWith("for this file")) after.Should().NotContain(d => (string?)d["code"] == rule);
                if (title.StartsWith("Mark as"))
                    after.Should().NotContain(d => (string?)d["code"] == "SL203" && Flagged(edited, d).Length > 0 && edited.IndexOf(Flagged(edited, d)) < edited.IndexOf("\n---", 4) &&
                        !text.Contains(Flagged(edited, d)), $"'{title}' must write a claim the engine matches to its sentence");
            }
            // Back to the original text for the next diagnostic.
            await client.NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = ++version },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
            });
        }
    }

    private static string Flagged(string text, JsonObject diagnostic)
    {
        var source = new SourceText(text);
        var r = diagnostic["range"]!;
        int start = source.GetOffset((int)r["start"]!["line"]!, (int)r["start"]!["character"]!);
        int end = source.GetOffset((int)r["end"]!["line"]!, (int)r["end"]!["character"]!);
        return text[start..end];
    }
}
