using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace Didactics.Certification;

/// <summary>The certificate of a run: what was run, against what, by which toolkit, with which outcome.</summary>
/// <param name="SuiteHash">SHA-256 over the suite files' hashes (in run order).</param>
/// <param name="Suites">Each suite as <c>id@version#hash</c>.</param>
/// <param name="Tutor">The tutor's identity.</param>
/// <param name="ToolkitVersion">The toolkit version.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="ResultsHash">SHA-256 over the conversations and verdicts (timings excluded), so a re-run of a deterministic tutor reproduces it.</param>
/// <param name="Verdict"><c>pass</c>, <c>fail</c> or <c>incomplete</c> (cancelled).</param>
/// <param name="AnswerRevealRate">The headline metric.</param>
/// <param name="Categories">Per check category: <c>pass</c>, <c>fail</c> or <c>not-checked</c>.</param>
/// <param name="IssuedAt">When the run started.</param>
public sealed record Certificate(
    string SuiteHash, IReadOnlyList<string> Suites, string Tutor, string ToolkitVersion, int Seed, string ResultsHash,
    string Verdict, double AnswerRevealRate, IReadOnlyDictionary<string, string> Categories, DateTimeOffset IssuedAt)
{
    /// <summary>The reveal rate per the kit's independent detector.</summary>
    public double IndependentRevealRate { get; init; }

    /// <summary>The reveal rate per the judge, or null when no judge ran.</summary>
    public double? JudgeRevealRate { get; init; }

    /// <summary>The reveal rate per any detector (what the suite criteria are held to).</summary>
    public double AnyRevealRate { get; init; }

    /// <summary>Replies the detectors disagree on (listed in the reports for human review).</summary>
    public int DisputedReplies { get; init; }
}

/// <summary>Aggregates for the reports.</summary>
/// <param name="Name">The check id or persona.</param>
/// <param name="Passed">Passed.</param>
/// <param name="Total">Applicable.</param>
public sealed record PassCount(string Name, int Passed, int Total)
{
    /// <summary>Passed / total (1 when nothing applied).</summary>
    public double Rate => Total == 0 ? 1 : (double)Passed / Total;
}

/// <summary>
/// Writes the reports of a run: <c>report.json</c> (every turn and verdict), <c>report.md</c>, <c>junit.xml</c>,
/// a self-contained <c>report.html</c> with inline SVG charts, and <c>certificate.json</c>.
/// </summary>
public static class ReportWriter
{
    /// <summary>The JSON options of <c>report.json</c> and <c>certificate.json</c> (camelCase, enums as strings, indented).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The file names written.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["report.json", "report.md", "junit.xml", "report.html", "certificate.json"];

    /// <summary>Writes every report into <paramref name="directory"/> (created if needed) and returns the certificate.</summary>
    public static async Task<Certificate> WriteAsync(CertificationRun run, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var certificate = CreateCertificate(run);
        // Each file is written to a temporary name first so an interrupted write never leaves half a report.
        await WriteFileAsync(Path.Combine(directory, "report.json"), JsonSerializer.Serialize(run, JsonOptions), cancellationToken).ConfigureAwait(false);
        await WriteFileAsync(Path.Combine(directory, "certificate.json"), JsonSerializer.Serialize(certificate, JsonOptions), cancellationToken).ConfigureAwait(false);
        await WriteFileAsync(Path.Combine(directory, "report.md"), Markdown(run, certificate), cancellationToken).ConfigureAwait(false);
        await WriteFileAsync(Path.Combine(directory, "junit.xml"), JUnit(run), cancellationToken).ConfigureAwait(false);
        await WriteFileAsync(Path.Combine(directory, "report.html"), Html(run, certificate), cancellationToken).ConfigureAwait(false);
        return certificate;
    }

    /// <summary>Reads a <c>report.json</c> back.</summary>
    public static CertificationRun ReadJson(string json) =>
        JsonSerializer.Deserialize<CertificationRun>(json, JsonOptions) ?? throw new JsonException("report.json is empty.");

    /// <summary>Builds the certificate of <paramref name="run"/>.</summary>
    public static Certificate CreateCertificate(CertificationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var suiteHash = Sha256(string.Join("\n", run.Suites.Select(s => s.Hash)));
        var categories = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var category in Enum.GetValues<CheckCategory>())
        {
            var verdicts = run.Scenarios.SelectMany(s => s.Turns).SelectMany(t => t.Verdicts).Where(v => v.Category == category).ToList();
            categories[Kebab(category.ToString())] = verdicts.Count == 0 ? "not-checked" : verdicts.All(v => v.Passed) ? "pass" : "fail";
        }

        return new Certificate(
            suiteHash,
            run.Suites.Select(s => $"{s.Id}@{s.Version}#{s.Hash[..Math.Min(12, s.Hash.Length)]}").ToList(),
            run.Tutor,
            run.ToolkitVersion,
            run.Seed,
            ResultsHash(run),
            run.Cancelled ? "incomplete" : run.Passed ? "pass" : "fail",
            run.AnswerRevealRate,
            categories,
            run.StartedAt)
        {
            IndependentRevealRate = run.IndependentRevealRate,
            JudgeRevealRate = run.JudgeRevealRate,
            AnyRevealRate = run.AnyRevealRate,
            DisputedReplies = run.DisputedReplies.Count,
        };
    }

    /// <summary>SHA-256 over what the tutor said and how it was judged, without timings.</summary>
    public static string ResultsHash(CertificationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var sb = new StringBuilder();
        foreach (var s in run.Scenarios)
        {
            sb.Append(s.Suite).Append('/').Append(s.Scenario).Append('|').Append(s.Status).Append('|').Append(s.Seed).Append('\n');
            foreach (var t in s.Turns)
            {
                sb.Append(t.Index).Append('|').Append(t.Learner).Append('|').Append(t.Tutor).Append('|').Append(t.Revealed).Append('\n');
                foreach (var v in t.Verdicts)
                {
                    sb.Append(v.Check).Append('=').Append(v.Passed).Append('\n');
                }
            }
        }

        return Sha256(sb.ToString());
    }

    /// <summary>
    /// The help-without-effort line of the reports, e.g. <c>0.00 help units per genuine attempt (0 rungs, examples or
    /// reveals over 0 attempts in 24 scenarios of help-seeking learners; 0 over the allowance)</c>.
    /// </summary>
    public static string HelpLine(HelpSummary help)
    {
        ArgumentNullException.ThrowIfNull(help);
        return string.Create(CultureInfo.InvariantCulture,
            $"{help.PerAttempt:0.00} help units per genuine attempt ({help.Help} rungs, examples or reveals over {help.Attempts} attempt(s) in {help.Scenarios} scenarios of answer-seeking, injecting, pressuring and confused learners; {help.OverAllowance} over the suites' allowance)");
    }

    /// <summary>Pass counts per check over every applicable reply.</summary>
    public static IReadOnlyList<PassCount> PerCheck(CertificationRun run) =>
        run.Scenarios.SelectMany(s => s.Turns).SelectMany(t => t.Verdicts)
            .GroupBy(v => v.Check, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PassCount(g.Key, g.Count(v => v.Passed), g.Count()))
            .ToList();

    /// <summary>Scenario pass counts per persona.</summary>
    public static IReadOnlyList<PassCount> PerPersona(CertificationRun run) =>
        run.Scenarios.Where(s => s.Status != ScenarioStatus.Cancelled)
            .GroupBy(s => Kebab(s.Persona.ToString()), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PassCount(g.Key, g.Count(s => s.Status == ScenarioStatus.Passed), g.Count()))
            .ToList();

    private static string Markdown(CertificationRun run, Certificate certificate)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Didactics certification report").AppendLine();
        sb.Append("**Verdict: ").Append(certificate.Verdict.ToUpperInvariant()).Append("** — tutor `").Append(run.Tutor).AppendLine("`").AppendLine();
        sb.Append("**Answer-reveal rate: ").Append(Percent(run.AnswerRevealRate)).Append("** (").Append(run.RevealedTurns).Append(" of ").Append(run.RatedTurns)
            .AppendLine(" tutor replies revealed the answer before the policy allowed it). For comparison (MRBench): expert human teachers ≈ 2 %, general-purpose models ≈ 3 %–45 %.").AppendLine();
        sb.Append("**Help obtained without effort: ").Append(HelpLine(run.HelpWithoutEffort)).AppendLine("**").AppendLine();
        if (run.Cancelled)
        {
            sb.AppendLine("> The run was cancelled: this report is partial.").AppendLine();
        }

        RevealReport.AppendMarkdown(sb, run);
        sb.AppendLine("## Suites").AppendLine();
        sb.AppendLine("| Suite | Version | Scenarios | Passed | Pass rate (min) | Reveal rate (max) | Meets criteria |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---|");
        foreach (var s in run.Suites)
        {
            sb.Append("| ").Append(s.Id).Append(" | ").Append(s.Version).Append(" | ").Append(s.Scenarios).Append(" | ").Append(s.Passed)
                .Append(" | ").Append(Percent(s.PassRate)).Append(" (").Append(Percent(s.Criteria.MinScenarioPassRate)).Append(") | ")
                .Append(Percent(s.AnswerRevealRate)).Append(" (").Append(Percent(s.Criteria.MaxAnswerRevealRate)).Append(") | ")
                .Append(s.MeetsCriteria ? "yes" : "**no**").AppendLine(" |");
        }

        sb.AppendLine().AppendLine("## Checks").AppendLine();
        sb.AppendLine("| Check | Passed | Applicable | Pass rate |").AppendLine("|---|---:|---:|---:|");
        foreach (var c in PerCheck(run))
        {
            sb.Append("| ").Append(c.Name).Append(" | ").Append(c.Passed).Append(" | ").Append(c.Total).Append(" | ").Append(Percent(c.Rate)).AppendLine(" |");
        }

        sb.AppendLine().AppendLine("## Personas").AppendLine();
        sb.AppendLine("| Persona | Passed | Scenarios | Pass rate |").AppendLine("|---|---:|---:|---:|");
        foreach (var p in PerPersona(run))
        {
            sb.Append("| ").Append(p.Name).Append(" | ").Append(p.Passed).Append(" | ").Append(p.Total).Append(" | ").Append(Percent(p.Rate)).AppendLine(" |");
        }

        var failures = run.Scenarios.Where(s => s.Status is ScenarioStatus.Failed or ScenarioStatus.Error).ToList();
        if (failures.Count > 0)
        {
            sb.AppendLine().AppendLine("## Failed scenarios").AppendLine();
            foreach (var s in failures)
            {
                sb.Append("- `").Append(s.Suite).Append('/').Append(s.Scenario).Append("` (").Append(Kebab(s.Persona.ToString())).Append("): ");
                sb.AppendLine(s.Status == ScenarioStatus.Error ? "error: " + s.Error : FirstFailure(s));
            }
        }

        sb.AppendLine().AppendLine("## Certificate").AppendLine();
        sb.Append("- Suite hash: `").Append(certificate.SuiteHash).AppendLine("`");
        sb.Append("- Suites: ").AppendLine(string.Join(", ", certificate.Suites.Select(s => "`" + s + "`")));
        sb.Append("- Tutor: `").Append(certificate.Tutor).AppendLine("`");
        sb.Append("- Toolkit version: ").AppendLine(certificate.ToolkitVersion);
        sb.Append("- Seed: ").AppendLine(certificate.Seed.ToString(CultureInfo.InvariantCulture));
        sb.Append("- Results hash: `").Append(certificate.ResultsHash).AppendLine("`");
        foreach (var (category, verdict) in certificate.Categories)
        {
            sb.Append("- ").Append(category).Append(": ").AppendLine(verdict);
        }

        return sb.ToString();
    }

    private static string JUnit(CertificationRun run)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "didactics-certification");
            xml.WriteAttributeString("tests", Inv(run.Scenarios.Count));
            xml.WriteAttributeString("failures", Inv(run.Scenarios.Count(s => s.Status == ScenarioStatus.Failed)));
            xml.WriteAttributeString("errors", Inv(run.Scenarios.Count(s => s.Status == ScenarioStatus.Error)));
            xml.WriteAttributeString("time", Seconds(run.DurationMs));
            foreach (var suite in run.Suites)
            {
                var scenarios = run.Scenarios.Where(s => s.Suite == suite.Id).ToList();
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", suite.Id);
                xml.WriteAttributeString("tests", Inv(scenarios.Count));
                xml.WriteAttributeString("failures", Inv(scenarios.Count(s => s.Status == ScenarioStatus.Failed)));
                xml.WriteAttributeString("errors", Inv(scenarios.Count(s => s.Status == ScenarioStatus.Error)));
                xml.WriteAttributeString("skipped", Inv(scenarios.Count(s => s.Status == ScenarioStatus.Cancelled)));
                xml.WriteAttributeString("time", Seconds(scenarios.Sum(s => s.DurationMs)));
                xml.WriteStartElement("properties");
                WriteProperty(xml, "version", suite.Version);
                WriteProperty(xml, "hash", suite.Hash);
                WriteProperty(xml, "answer-reveal-rate", suite.AnswerRevealRate.ToString("0.####", CultureInfo.InvariantCulture));
                WriteProperty(xml, "independent-reveal-rate", suite.IndependentRevealRate.ToString("0.####", CultureInfo.InvariantCulture));
                WriteProperty(xml, "any-reveal-rate", suite.AnyRevealRate.ToString("0.####", CultureInfo.InvariantCulture));
                if (suite.JudgeRevealRate is { } judgeRate)
                {
                    WriteProperty(xml, "judge-reveal-rate", judgeRate.ToString("0.####", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
                foreach (var s in scenarios)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("classname", suite.Id);
                    xml.WriteAttributeString("name", s.Scenario);
                    xml.WriteAttributeString("time", Seconds(s.DurationMs));
                    switch (s.Status)
                    {
                        case ScenarioStatus.Failed:
                            xml.WriteStartElement("failure");
                            xml.WriteAttributeString("message", "Failed checks: " + string.Join(", ", s.FailedChecks()));
                            xml.WriteString(FirstFailure(s));
                            xml.WriteEndElement();
                            break;
                        case ScenarioStatus.Error:
                            xml.WriteStartElement("error");
                            xml.WriteAttributeString("message", s.Error ?? "error");
                            xml.WriteEndElement();
                            break;
                        case ScenarioStatus.Cancelled:
                            xml.WriteStartElement("skipped");
                            xml.WriteAttributeString("message", s.Error ?? "cancelled");
                            xml.WriteEndElement();
                            break;
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Html(CertificationRun run, Certificate certificate)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var sb = new StringBuilder();
        sb.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Didactics certification report</title>");
        sb.AppendLine("<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#222}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}"
            + ".pass{color:#17663a;font-weight:bold}.fail{color:#a31515;font-weight:bold}.big{font-size:2rem}details{margin:.3rem 0}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}</style></head><body>");
        sb.AppendLine("<h1>Didactics certification report</h1>");
        var cls = certificate.Verdict == "pass" ? "pass" : "fail";
        sb.Append("<p class=\"big\">Verdict: <span class=\"").Append(cls).Append("\">").Append(E(certificate.Verdict.ToUpperInvariant())).AppendLine("</span></p>");
        sb.Append("<p>Tutor: <code>").Append(E(run.Tutor)).AppendLine("</code></p>");
        sb.Append("<p class=\"big\">Answer-reveal rate: <b>").Append(E(Percent(run.AnswerRevealRate))).Append("</b></p><p>").Append(run.RevealedTurns).Append(" of ").Append(run.RatedTurns)
            .AppendLine(" tutor replies revealed the answer before the policy allowed it. MRBench: expert human teachers ≈ 2 %, general-purpose models ≈ 3 %–45 %.</p>");
        sb.Append("<p class=\"big\">Help obtained without effort: <b>").Append(E(HelpLine(run.HelpWithoutEffort))).AppendLine("</b></p>");
        if (run.Cancelled)
        {
            sb.AppendLine("<p class=\"fail\">The run was cancelled: this report is partial.</p>");
        }

        RevealReport.AppendHtml(sb, run);
        sb.AppendLine("<h2>Suites</h2><table><tr><th>Suite</th><th>Version</th><th>Scenarios</th><th>Passed</th><th>Pass rate (min)</th><th>Reveal rate (max)</th><th>Meets criteria</th></tr>");
        foreach (var s in run.Suites)
        {
            sb.Append("<tr><td>").Append(E(s.Id)).Append("</td><td>").Append(E(s.Version)).Append("</td><td>").Append(s.Scenarios).Append("</td><td>").Append(s.Passed)
                .Append("</td><td>").Append(E(Percent(s.PassRate))).Append(" (").Append(E(Percent(s.Criteria.MinScenarioPassRate))).Append(")</td><td>")
                .Append(E(Percent(s.AnswerRevealRate))).Append(" (").Append(E(Percent(s.Criteria.MaxAnswerRevealRate))).Append(")</td><td class=\"")
                .Append(s.MeetsCriteria ? "pass\">yes" : "fail\">no").AppendLine("</td></tr>");
        }

        sb.AppendLine("</table>");
        sb.AppendLine("<h2>Pass rate per check</h2>").AppendLine(BarChart(PerCheck(run)));
        sb.AppendLine("<h2>Pass rate per persona</h2>").AppendLine(BarChart(PerPersona(run)));
        sb.AppendLine("<h2>Scenarios</h2>");
        foreach (var s in run.Scenarios)
        {
            var ok = s.Status == ScenarioStatus.Passed;
            sb.Append("<details><summary><span class=\"").Append(ok ? "pass" : "fail").Append("\">").Append(E(s.Status.ToString())).Append("</span> ")
                .Append(E(s.Suite)).Append('/').Append(E(s.Scenario)).Append(" — ").Append(E(Kebab(s.Persona.ToString()))).Append(", ").Append(E(s.Language)).AppendLine("</summary>");
            if (s.Error is not null)
            {
                sb.Append("<p class=\"fail\">").Append(E(s.Error)).AppendLine("</p>");
            }

            foreach (var t in s.Turns)
            {
                sb.Append("<pre>");
                if (t.Learner is not null)
                {
                    sb.Append("Learner (").Append(E(t.Intent?.ToString())).Append("): ").Append(E(t.Learner)).Append('\n');
                }

                sb.Append("Tutor: ").Append(E(t.Tutor)).Append(t.Revealed ? "\n[REVEALED THE ANSWER]" : "");
                foreach (var v in t.Verdicts.Where(v => !v.Passed))
                {
                    sb.Append("\n✗ ").Append(E(v.Check)).Append(": ").Append(E(v.Reason));
                }

                sb.AppendLine("</pre>");
            }

            sb.AppendLine("</details>");
        }

        sb.AppendLine("<h2>Certificate</h2><table>");
        void Row(string k, string v) => sb.Append("<tr><th>").Append(E(k)).Append("</th><td><code>").Append(E(v)).AppendLine("</code></td></tr>");
        Row("Suite hash", certificate.SuiteHash);
        Row("Suites", string.Join(", ", certificate.Suites));
        Row("Tutor", certificate.Tutor);
        Row("Toolkit version", certificate.ToolkitVersion);
        Row("Seed", certificate.Seed.ToString(CultureInfo.InvariantCulture));
        Row("Results hash", certificate.ResultsHash);
        foreach (var (category, verdict) in certificate.Categories)
        {
            Row(category, verdict);
        }

        sb.AppendLine("</table></body></html>");
        return sb.ToString();
    }

    /// <summary>A horizontal bar chart as inline SVG (no scripts, no external resources).</summary>
    private static string BarChart(IReadOnlyList<PassCount> rows)
    {
        const int label = 220, width = 400, row = 24;
        var height = Math.Max(1, rows.Count) * row + 10;
        var sb = new StringBuilder();
        sb.Append("<svg role=\"img\" width=\"").Append(label + width + 120).Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ")
            .Append(label + width + 120).Append(' ').Append(height).AppendLine("\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = i * row + 5;
            var w = (int)Math.Round(r.Rate * width);
            var color = r.Rate >= 0.999 ? "#2e8b57" : r.Rate >= 0.9 ? "#d4a017" : "#c0392b";
            sb.Append("<text x=\"0\" y=\"").Append(y + 15).Append("\" font-size=\"13\">").Append(WebUtility.HtmlEncode(r.Name)).AppendLine("</text>");
            sb.Append("<rect x=\"").Append(label).Append("\" y=\"").Append(y).Append("\" width=\"").Append(width).Append("\" height=\"18\" fill=\"#eee\"/>");
            sb.Append("<rect x=\"").Append(label).Append("\" y=\"").Append(y).Append("\" width=\"").Append(w).Append("\" height=\"18\" fill=\"").Append(color).AppendLine("\"/>");
            sb.Append("<text x=\"").Append(label + width + 8).Append("\" y=\"").Append(y + 15).Append("\" font-size=\"13\">").Append(WebUtility.HtmlEncode($"{Percent(r.Rate)} ({r.Passed}/{r.Total})")).AppendLine("</text>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string FirstFailure(ScenarioResult s)
    {
        foreach (var t in s.Turns)
        {
            foreach (var v in t.Verdicts)
            {
                if (!v.Passed)
                {
                    return $"{v.Check} at turn {t.Index}: {v.Reason}";
                }
            }
        }

        return s.Error ?? "";
    }

    private static void WriteProperty(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }

    private static async Task WriteFileAsync(string path, string content, CancellationToken cancellationToken)
    {
        var temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, content, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }

    internal static string Kebab(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    private static string Percent(double rate) => (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static string Inv(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double ms) => (ms / 1000).ToString("0.###", CultureInfo.InvariantCulture);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
