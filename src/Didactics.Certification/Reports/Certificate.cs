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
