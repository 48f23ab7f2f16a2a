using System.Xml;
using SourceLint.Core.Diagnostics;

namespace SourceLint.Cli.Output;

/// <summary>
/// JUnit XML for CI dashboards: one test suite per draft, one test case per finding (a failure at warning
/// or above; information and hints pass with their message in system-out), an error case for a file that
/// could not be checked, and one passing case for a clean draft so every file shows up.
/// </summary>
public sealed class JUnitReporter : IReporter
{
    public void Write(TextWriter writer, RunReport report)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new System.Text.UTF8Encoding(false) };
        using var sw = new StringWriter();
        using (var xml = XmlWriter.Create(sw, settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "sourcelint");
            xml.WriteAttributeString("tests", report.Files.Sum(Cases).ToString());
            xml.WriteAttributeString("failures", report.Files.Sum(Failures).ToString());
            xml.WriteAttributeString("errors", report.Files.Sum(f => f.Errors.Count).ToString());
            foreach (var file in report.Files) WriteSuite(xml, file);
            xml.WriteEndElement();
        }
        // StringWriter reports UTF-16; the file is written as UTF-8, so say so.
        writer.WriteLine(sw.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\""));
    }

    private static int Failures(FileReport f) => f.Diagnostics.Count(d => d.Severity >= Severity.Warning);
    private static int Cases(FileReport f) => Math.Max(1, f.Diagnostics.Count + f.Errors.Count);

    private static void WriteSuite(XmlWriter xml, FileReport file)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", Clean(file.Path));
        xml.WriteAttributeString("tests", Cases(file).ToString());
        xml.WriteAttributeString("failures", Failures(file).ToString());
        xml.WriteAttributeString("errors", file.Errors.Count.ToString());
        foreach (var d in file.Diagnostics)
        {
            string where = $"{file.Path}:{d.Range.Start.Line + 1}:{d.Range.Start.Column + 1}";
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", Clean(file.Path));
            xml.WriteAttributeString("name", $"{d.Id} {d.Name} at {d.Range.Start.Line + 1}:{d.Range.Start.Column + 1}");
            string body = $"{where}: {SeverityNames.Word(d.Severity)} {d.Id} {d.Name}: {d.Message}\n{d.Rule.HelpUri}";
            if (d.Severity >= Severity.Warning)
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", Clean(d.Message));
                xml.WriteAttributeString("type", SeverityNames.Word(d.Severity));
                xml.WriteString(Clean(body));
                xml.WriteEndElement();
            }
            else
            {
                xml.WriteElementString("system-out", Clean(body));
            }
            xml.WriteEndElement();
        }
        foreach (var e in file.Errors)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", Clean(file.Path));
            xml.WriteAttributeString("name", "check");
            xml.WriteStartElement("error");
            xml.WriteAttributeString("message", Clean(e));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        if (file.Diagnostics.Count == 0 && file.Errors.Count == 0)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", Clean(file.Path));
            xml.WriteAttributeString("name", "no findings");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>XML 1.0 cannot hold most control characters or lone surrogates, even escaped: drop them rather than fail.</summary>
    private static string Clean(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[++i]); continue; }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') continue;
            if (c < 0x20 && c is not ('\t' or '\n' or '\r')) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
