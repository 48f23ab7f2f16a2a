namespace SourceLint.Cli.Output;

/// <summary>The review page's inline style and script (no external assets: the page must work offline, from a CI artifact).</summary>
public static class HtmlAssets
{
    public const string Css = """

        :root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --hint: #2e7d32; font-family: system-ui, sans-serif; }
        body { margin: 0; color: #1d1d1f; background: #f6f5f2; }
        header { padding: 12px 24px; background: #fff; border-bottom: 1px solid #ddd; position: sticky; top: 0; z-index: 2; }
        h1 { font-size: 20px; margin: 0 0 4px; }
        .summary { margin: 0 0 8px; color: #555; }
        fieldset { display: inline-block; border: 1px solid #ddd; margin: 0 8px 4px 0; padding: 4px 8px; }
        legend { font-size: 12px; color: #666; }
        label { margin-right: 10px; font-size: 14px; }
        nav ul { margin: 4px 0 0; padding-left: 18px; font-size: 14px; }
        section.draft-file { padding: 8px 24px 24px; }
        h2 { font-size: 16px; font-family: ui-monospace, monospace; }
        .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 2fr); gap: 24px; align-items: start; }
        article.draft { background: #fff; padding: 16px 20px; border: 1px solid #ddd; font-family: Georgia, serif; font-size: 17px; line-height: 1.55; }
        .line { display: grid; grid-template-columns: 3em 1fr; }
        .line.blank { height: 0.6em; }
        .line.blank .ln { visibility: hidden; }
        .line.heading .tx { font-weight: bold; font-size: 1.25em; }
        .line.quote .tx { border-left: 3px solid #ccc; padding-left: 8px; color: #444; }
        .ln { color: #aaa; font: 12px ui-monospace, monospace; padding-top: 4px; user-select: none; }
        .tx { white-space: pre-wrap; overflow-wrap: anywhere; }
        mark.finding { background: transparent; color: inherit; border-bottom: 3px solid; cursor: help; }
        mark.sev-error { background: #fde7e7; border-color: var(--error); }
        mark.sev-warning { background: #fff1d6; border-color: var(--warning); }
        mark.sev-info { background: #e3effd; border-color: var(--info); }
        mark.sev-hint { background: #e6f4e7; border-color: var(--hint); }
        mark.finding.off { background: transparent; border-bottom-color: transparent; }
        mark.finding.focus { outline: 2px solid #333; }
        aside { background: #fff; border: 1px solid #ddd; padding: 8px 16px; font-size: 14px; position: sticky; top: 140px; max-height: calc(100vh - 160px); overflow: auto; }
        aside h3 { font-size: 15px; margin: 12px 0 6px; }
        .rule-group h4 { margin: 10px 0 2px; font-size: 14px; }
        .rule-summary { margin: 0 0 4px; color: #666; font-size: 13px; }
        .count { background: #eee; border-radius: 8px; padding: 0 6px; font-weight: normal; }
        h5 { margin: 4px 0; font-size: 12px; text-transform: uppercase; }
        h5.sev-error { color: var(--error); } h5.sev-warning { color: var(--warning); } h5.sev-info { color: var(--info); } h5.sev-hint { color: var(--hint); }
        li.item { margin-bottom: 4px; }
        li.item.hidden, .rule-group.hidden { display: none; }
        .kind { font-size: 11px; text-transform: uppercase; color: #666; border: 1px solid #ccc; border-radius: 3px; padding: 0 3px; }
        .errors li { color: var(--error); }
        .none { color: #666; }
        @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } aside { position: static; max-height: none; } }

        """;

    /// <summary>
    /// Filters: unticking a severity or a rule hides its items and un-highlights its marks (a mark shared by
    /// several findings stays lit while any of them is shown). <c>#hide=SL104,info</c> in the address
    /// presets the filters, so a link can open the page already filtered.
    /// </summary>
    public const string Script = """

        (function () {
          var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input'));
          function hidden(kind) {
            return boxes.filter(function (b) { return b.dataset.filter === kind && !b.checked; }).map(function (b) { return b.value; });
          }
          function shown(rule, severity, hr, hs) { return hr.indexOf(rule) < 0 && hs.indexOf(severity) < 0; }
          function apply() {
            var hr = hidden('rule'), hs = hidden('severity');
            document.querySelectorAll('li.item').forEach(function (li) {
              li.classList.toggle('hidden', !shown(li.dataset.rule, li.dataset.severity, hr, hs));
            });
            document.querySelectorAll('.rule-group').forEach(function (g) {
              g.classList.toggle('hidden', g.querySelectorAll('li.item:not(.hidden)').length === 0);
            });
            document.querySelectorAll('mark.finding').forEach(function (m) {
              var any = m.dataset.tags.split(' ').some(function (t) { var p = t.split(':'); return shown(p[0], p[1], hr, hs); });
              m.classList.toggle('off', !any);
            });
          }
          var match = /(?:^#|&)hide=([^&]*)/.exec(location.hash);
          if (match) {
            var preset = decodeURIComponent(match[1]).split(',');
            boxes.forEach(function (b) { if (preset.indexOf(b.value) >= 0) b.checked = false; });
          }
          boxes.forEach(function (b) { b.addEventListener('change', apply); });
          document.querySelectorAll('li.item a').forEach(function (a) {
            a.addEventListener('click', function () {
              document.querySelectorAll('mark.focus').forEach(function (m) { m.classList.remove('focus'); });
              var id = a.getAttribute('href').slice(1);
              document.querySelectorAll('mark.finding').forEach(function (m) {
                if (m.dataset.findings.split(' ').indexOf(id) >= 0) m.classList.add('focus');
              });
            });
          });
          apply();
        })();

        """;
}
