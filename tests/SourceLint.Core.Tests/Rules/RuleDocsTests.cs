using System.Text.RegularExpressions;
using FluentAssertions;
using SourceLint.Core.Rules;
using Xunit;

namespace SourceLint.Core.Tests.Rules;

/// <summary>Every rule in the registry has its documentation page, and the page names it correctly.</summary>
public class RuleDocsTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleRegistry.All) data.Add(rule.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_page_titled_with_its_id_and_name(string id)
    {
        var rule = RuleRegistry.Find(id)!;
        var page = PagePath(rule);
        File.Exists(page).Should().BeTrue($"{rule.Id} {rule.Name} needs a documentation page at docs/rules/{rule.Id}.md");

        var title = File.ReadLines(page).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "";
        title.Should().StartWith("# ", "the first line of the page is its title");
        title.Should().Contain(rule.Id).And.Contain(rule.Name);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_states_the_rules_default_severity(string id)
    {
        var rule = RuleRegistry.Find(id)!;
        var page = PagePath(rule);
        File.Exists(page).Should().BeTrue();
        var severityLine = File.ReadLines(page).FirstOrDefault(l => l.StartsWith("| Default severity", StringComparison.Ordinal));
        severityLine.Should().NotBeNull("the page's table gives the default severity");
        var cell = severityLine!.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[1];
        cell.Should().StartWith(rule.DefaultSeverity.ToString().ToLowerInvariant());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_shows_how_to_suppress_and_configure_the_rule(string id)
    {
        var rule = RuleRegistry.Find(id)!;
        var text = File.ReadAllText(PagePath(rule));
        text.Should().Contain($"sourcelint-disable").And.Contain(rule.Id);
        text.Should().Contain("```yaml").And.Contain($"{rule.Id}:");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_examples_behave_as_the_page_says(string id)
    {
        var rule = RuleRegistry.Find(id)!;
        var examples = Examples(File.ReadAllText(PagePath(rule)));
        examples.Should().Contain(e => e.Flagged, "the page shows a flagged example");
        var engine = new LintEngine();
        foreach (var (flagged, draft) in examples)
        {
            var raised = engine.Lint(draft, "example.md").Diagnostics.Where(d => d.Rule.Id == rule.Id).ToList();
            if (flagged) raised.Should().NotBeEmpty($"the page shows this as flagged by {rule.Id}:\n{draft}");
            else raised.Should().BeEmpty($"the page shows this as clean for {rule.Id}:\n{draft}");
        }
    }

    /// <summary>The Markdown code blocks of the page's Examples section, each under its "Flagged" or "Clean" label.
    /// A paragraph holding only "…" stands for omitted story text and is dropped.</summary>
    private static List<(bool Flagged, string Draft)> Examples(string page)
    {
        var start = page.IndexOf("## Examples", StringComparison.Ordinal);
        var end = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = page[start..(end < 0 ? page.Length : end)].Replace("\r\n", "\n");
        var examples = new List<(bool, string)>();
        bool? flagged = null;
        foreach (Match m in Regex.Matches(section, @"^(Flagged|Clean)\b[^\n]*|^```markdown\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            if (m.Groups[1].Success) flagged = m.Groups[1].Value == "Flagged";
            else if (flagged is { } f) examples.Add((f, m.Groups[2].Value.Replace("…\n\n", "")));
        }
        return examples;
    }

    [Fact]
    public void Index_lists_every_rule_with_a_link_to_its_page()
    {
        var index = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "rules", "README.md"));
        foreach (var rule in RuleRegistry.All)
            index.Should().Contain($"[{rule.Id}]({rule.Id}.md) | {rule.Name} |");
    }

    [Fact]
    public void Every_page_belongs_to_a_known_rule()
    {
        var pages = Directory.GetFiles(Path.Combine(RepoRoot(), "docs", "rules"), "SL*.md").Select(Path.GetFileNameWithoutExtension);
        pages.Should().OnlyContain(p => RuleRegistry.Find(p!) != null, "a page for a rule that no longer exists misleads readers");
    }

    private static string PagePath(RuleDescriptor rule) => Path.Combine(RepoRoot(), "docs", "rules", rule.Id + ".md");

    /// <summary>The folder holding SourceLint.sln, found by walking up from the test binaries.</summary>
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SourceLint.sln"))) return dir.FullName;
        throw new InvalidOperationException($"SourceLint.sln not found above {AppContext.BaseDirectory}");
    }
}
