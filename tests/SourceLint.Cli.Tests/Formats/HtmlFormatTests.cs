using System.Text.RegularExpressions;
using FluentAssertions;
using SourceLint.Cli.Output;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Formats;

/// <summary>The editor's review page: structure from the markup, then the real thing in headless chromium.</summary>
public sealed class HtmlFormatTests
{
    [Fact]
    public void The_page_is_self_contained_and_fetches_nothing()
    {
        string html = SampleRun.Render(new HtmlReporter());

        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().Contain("Content-Security-Policy").And.Contain("default-src 'none'");
        Regex.IsMatch(html, @"<(link|img|iframe)\b|\ssrc=|url\(", RegexOptions.IgnoreCase).Should().BeFalse("no external assets");
        Regex.Matches(html, "<script>").Count.Should().Be(1, "only the page's own inline script");
    }

    [Fact]
    public void Draft_text_and_messages_are_escaped()
    {
        string html = SampleRun.Render(new HtmlReporter());

        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().NotContain("<script>alert(1)</script>");
        html.Should().Contain("with &lt;b&gt;markup&lt;/b&gt;").And.NotContain("<b>markup</b>");
        html.Should().Contain("50% &amp; more");
    }

    [Fact]
    public void Each_finding_is_highlighted_where_it_stands_and_listed_by_rule()
    {
        string html = SampleRun.Render(new HtmlReporter());

        html.Should().Contain("<mark class=\"finding sev-warning\" data-findings=\"f1-d1\" data-tags=\"SL101:warning\"");
        Regex.Matches(html, "<li class=\"item ").Count.Should().Be(5);
        Regex.Matches(html, "<div class=\"rule-group\" data-rule=\"(SL\\d+)\"").Select(m => m.Groups[1].Value)
            .Should().Equal("SL101", "SL102", "SL103", "SL104", "SL201");
        html.Should().Contain("Reuters").And.Contain("Backed by no source");
    }

    private static string WriteSamplePage(TempDir dir)
    {
        string path = dir.Combine("review.html");
        File.WriteAllText(path, SampleRun.Render(new HtmlReporter()));
        return path;
    }

    [ChromiumFact]
    public void Chromium_renders_every_finding_highlighted_and_runs_the_filters()
    {
        using var dir = new TempDir();
        string url = new Uri(WriteSamplePage(dir)).AbsoluteUri;

        string dom = Chromium.DumpDom(url);

        dom.Should().Contain("<h1>SourceLint review</h1>", "the page rendered");
        var marks = Regex.Matches(dom, "<mark class=\"(finding [^\"]*)\" data-findings=\"([^\"]*)\"[^>]*>([^<]*)</mark>");
        var findings = marks.SelectMany(m => m.Groups[2].Value.Split(' ')).Distinct().ToList();
        findings.Should().BeEquivalentTo(["f1-d1", "f1-d2", "f1-d3", "f1-d4", "f1-d5"]);
        marks.Single(m => m.Groups[2].Value == "f1-d1").Groups[3].Value.Should().Be("More than 30 soldiers");
        marks.Should().OnlyContain(m => !m.Groups[1].Value.Contains("off"), "every filter starts ticked");
        dom.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;", "draft text stays text in the browser");
        Regex.Matches(dom, "<script").Count.Should().Be(1);

        string filtered = Chromium.DumpDom(url + "#hide=SL104,error");

        var after = Regex.Matches(filtered, "<mark class=\"finding ([^\"]*)\" data-findings=\"([^\"]*)\"");
        after.Single(m => m.Groups[2].Value == "f1-d3").Groups[1].Value.Should().Contain("off", "SL104 is filtered out");
        after.Single(m => m.Groups[2].Value == "f1-d4").Groups[1].Value.Should().Contain("off", "errors are filtered out");
        after.Single(m => m.Groups[2].Value == "f1-d1").Groups[1].Value.Should().NotContain("off");
        Regex.IsMatch(filtered, "<li class=\"item sev-info hidden\" data-rule=\"SL104\"").Should().BeTrue("the SL104 item is hidden");
    }

    [ChromiumFact]
    public void Chromium_takes_a_screenshot_kept_as_an_artifact()
    {
        using var dir = new TempDir();
        string url = new Uri(WriteSamplePage(dir)).AbsoluteUri;
        string artifacts = Path.Combine(RepoPaths.Root, "artifacts");
        Directory.CreateDirectory(artifacts);
        string png = Path.Combine(artifacts, "cli-html-review.png");
        File.Delete(png);

        Chromium.Screenshot(url, png);

        File.Exists(png).Should().BeTrue();
        byte[] bytes = File.ReadAllBytes(png);
        bytes.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        bytes.Length.Should().BeGreaterThan(20_000, "a rendered page, not a blank one");
        File.Copy(dir.Combine("review.html"), Path.Combine(artifacts, "cli-html-review.html"), overwrite: true);
    }
}
