using System.Globalization;
using System.Net;
using System.Text;

namespace Didactics.Certification;

/// <summary>
/// The reveal sections of the reports: the reveal count of each detector (the pipeline's guard, the kit's independent
/// detector, the judge), the guard's actions (blocked, regenerated, replaced) and every disputed reply for human review.
/// </summary>
public static class RevealReport
{
    /// <summary>The one-line console summary of the reveal counts and guard events.</summary>
    public static string Summary(CertificationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Reveals: guard {Percent(run.AnswerRevealRate)} ({run.RevealedTurns}), independent detector {Percent(run.IndependentRevealRate)} ({run.IndependentRevealedTurns})");
        sb.Append(run.JudgeRevealRate is { } judge ? string.Create(CultureInfo.InvariantCulture, $", judge {Percent(judge)} ({run.JudgeRevealedTurns})") : ", judge not configured");
        sb.Append(CultureInfo.InvariantCulture, $", any {Percent(run.AnyRevealRate)} of {run.RatedTurns} replies; {run.DisputedReplies.Count} disputed.");
        var events = run.GuardEvents;
        if (events.Replies > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $" Guard: {events.Blocked} drafts blocked, {events.Regenerated} regenerated, {events.Replaced} replies replaced by authored content ({Percent(events.ReplacedShare)}).");
        }

        return sb.ToString();
    }

    /// <summary>Appends the Markdown section.</summary>
    public static void AppendMarkdown(StringBuilder sb, CertificationRun run)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(run);
        sb.AppendLine("## Answer reveals by detector").AppendLine();
        sb.AppendLine("A reveal found by any detector counts against the suite's maximum reveal rate. The independent detector is the kit's own, built apart from the runtime guard; replies the detectors disagree on are listed below for human review.").AppendLine();
        sb.AppendLine("| Suite | Rated replies | Guard | Independent detector | Judge | Any (criterion) |").AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var s in run.Suites)
        {
            sb.Append("| ").Append(s.Id).Append(" | ").Append(s.RatedTurns).Append(" | ").Append(Count(s.RevealedTurns, s.AnswerRevealRate))
                .Append(" | ").Append(Count(s.IndependentRevealedTurns, s.IndependentRevealRate))
                .Append(" | ").Append(s.JudgeRevealedTurns is { } j ? Count(j, s.JudgeRevealRate ?? 0) : "—")
                .Append(" | ").Append(Count(s.AnyRevealedTurns, s.AnyRevealRate)).Append(" (max ").Append(Percent(s.Criteria.MaxAnswerRevealRate)).AppendLine(") |");
        }

        var events = run.GuardEvents;
        if (events.Replies > 0)
        {
            sb.AppendLine().AppendLine("## Guard events").AppendLine();
            sb.AppendLine("| Scope | Replies | Drafts blocked | Regenerated | Replaced by authored content | Replaced share |").AppendLine("|---|---:|---:|---:|---:|---:|");
            AppendEventsRow(sb, "run", events);
            foreach (var s in run.Scenarios.Where(s => s.GuardEvents.Blocked > 0))
            {
                AppendEventsRow(sb, $"`{s.Suite}/{s.Scenario}`", s.GuardEvents);
            }
        }

        var disputed = run.DisputedReplies;
        sb.AppendLine().Append("## Disputed replies (").Append(disputed.Count).AppendLine(")").AppendLine();
        if (disputed.Count == 0)
        {
            sb.AppendLine("The detectors agree on every reply.");
        }

        foreach (var d in disputed)
        {
            sb.Append("- `").Append(d.Suite).Append('/').Append(d.Scenario).Append("` turn ").Append(d.Turn).Append(": ").AppendLine(Verdicts(d.Assessment));
            sb.Append("  > ").AppendLine(d.Reply.ReplaceLineEndings(" "));
        }

        sb.AppendLine();
    }

    /// <summary>Appends the HTML section.</summary>
    public static void AppendHtml(StringBuilder sb, CertificationRun run)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(run);
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        sb.AppendLine("<h2>Answer reveals by detector</h2><table><tr><th>Suite</th><th>Rated replies</th><th>Guard</th><th>Independent detector</th><th>Judge</th><th>Any (criterion)</th></tr>");
        foreach (var s in run.Suites)
        {
            sb.Append("<tr><td>").Append(E(s.Id)).Append("</td><td>").Append(s.RatedTurns).Append("</td><td>").Append(E(Count(s.RevealedTurns, s.AnswerRevealRate)))
                .Append("</td><td>").Append(E(Count(s.IndependentRevealedTurns, s.IndependentRevealRate)))
                .Append("</td><td>").Append(E(s.JudgeRevealedTurns is { } j ? Count(j, s.JudgeRevealRate ?? 0) : "—"))
                .Append("</td><td>").Append(E(Count(s.AnyRevealedTurns, s.AnyRevealRate))).Append(" (max ").Append(E(Percent(s.Criteria.MaxAnswerRevealRate))).AppendLine(")</td></tr>");
        }

        sb.AppendLine("</table>");
        var events = run.GuardEvents;
        if (events.Replies > 0)
        {
            sb.Append("<p>Guard events: ").Append(events.Blocked).Append(" drafts blocked, ").Append(events.Regenerated).Append(" regenerated, ")
                .Append(events.Replaced).Append(" of ").Append(events.Replies).Append(" replies replaced by authored content (").Append(E(Percent(events.ReplacedShare))).AppendLine(").</p>");
        }

        var disputed = run.DisputedReplies;
        sb.Append("<h2>Disputed replies (").Append(disputed.Count).AppendLine(")</h2>");
        if (disputed.Count > 0)
        {
            sb.AppendLine("<table><tr><th>Scenario</th><th>Turn</th><th>Reply</th><th>Verdicts</th></tr>");
            foreach (var d in disputed)
            {
                sb.Append("<tr><td><code>").Append(E(d.Suite + "/" + d.Scenario)).Append("</code></td><td>").Append(d.Turn).Append("</td><td>").Append(E(d.Reply))
                    .Append("</td><td>").Append(E(Verdicts(d.Assessment))).AppendLine("</td></tr>");
            }

            sb.AppendLine("</table>");
        }
    }

    /// <summary>Each detector's verdict and form, e.g. <c>guard: no; independent: yes (spelled 'c-h-i-l-d'); judge: —</c>.</summary>
    public static string Verdicts(RevealAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var guard = assessment.Guard ? $"yes ('{assessment.GuardForm}')" : "no";
        var independent = assessment.Independent ? $"yes ({assessment.IndependentKind} '{assessment.IndependentMatch}')" : "no";
        var judge = assessment.Judge switch
        {
            true => "yes" + (string.IsNullOrEmpty(assessment.JudgeReason) ? "" : $" ({assessment.JudgeReason})"),
            false => "no",
            null => "—",
        };
        return $"guard: {guard}; independent: {independent}; judge: {judge}";
    }

    private static void AppendEventsRow(StringBuilder sb, string scope, GuardEventCounts e) =>
        sb.Append("| ").Append(scope).Append(" | ").Append(e.Replies).Append(" | ").Append(e.Blocked).Append(" | ").Append(e.Regenerated)
            .Append(" | ").Append(e.Replaced).Append(" | ").Append(Percent(e.ReplacedShare)).AppendLine(" |");

    private static string Count(int n, double rate) => string.Create(CultureInfo.InvariantCulture, $"{n} ({Percent(rate)})");

    private static string Percent(double rate) => (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
