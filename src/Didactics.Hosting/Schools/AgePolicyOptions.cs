namespace Didactics.Hosting;

/// <summary>
/// The age and consent policy of a school. Under 13 never reaches a generative model; 13–15 only with recorded parental
/// consent (16 is the Dutch age of digital consent); 16 and over per <see cref="From16"/>. The first two rules are fixed.
/// </summary>
public sealed class AgePolicyOptions
{
    /// <summary>Whether a session must state the learner's age band (default true for a configured school).</summary>
    public bool RequireAgeBand { get; set; } = true;

    /// <summary>What learners of 16 and over get (default the school's model).</summary>
    public OlderLearnerModelUse From16 { get; set; }
}
