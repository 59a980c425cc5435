namespace Didactics.Hosting;

/// <summary>The body of <c>POST /sessions</c>.</summary>
public sealed class StartSessionRequest
{
    /// <summary>The registered strategy name.</summary>
    public string? Strategy { get; set; }

    /// <summary>The id of a problem from <see cref="DidacticsHostingOptions.Problems"/>; give this or <see cref="Problem"/>.</summary>
    public string? ProblemId { get; set; }

    /// <summary>A problem given inline; give this or <see cref="ProblemId"/>.</summary>
    public ProblemInput? Problem { get; set; }

    /// <summary>The learner's pseudonym (letters, digits, <c>_ . -</c>; never a real name).</summary>
    public string? Learner { get; set; }

    /// <summary>The session language, e.g. <c>en</c> or <c>nl</c> (default: the problem's).</summary>
    public string? Language { get; set; }

    /// <summary>The learner's age band for schools (<c>under13</c>, <c>13-15</c>, <c>16+</c>); a token's <c>age_band</c> claim wins.</summary>
    public string? AgeBand { get; set; }

    /// <summary>Whether parental consent for a generative model is recorded (13–15); a token's <c>parental_consent</c> claim wins.</summary>
    public bool? ParentalConsent { get; set; }

    /// <summary>The learner's class (for the teacher view); a token's <c>class</c> claim wins.</summary>
    public string? Class { get; set; }
}
