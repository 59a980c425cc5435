namespace Didactics;

/// <summary>Settings of the learner model that <see cref="LearnerStateUpdater"/> maintains.</summary>
public sealed class LearnerModelOptions
{
    /// <summary>The default mastery criterion, p(known) ≥ 0.95.</summary>
    public const double DefaultMasteryThreshold = 0.95;

    /// <summary>The knowledge-tracing parameters used for every skill without its own entry in <see cref="SkillParameters"/>.</summary>
    public BktParameters Bkt { get; set; } = BktParameters.Default;

    /// <summary>Per-skill parameters (e.g. fitted on a school's own data), by skill name.</summary>
    public IDictionary<string, BktParameters> SkillParameters { get; } = new Dictionary<string, BktParameters>(StringComparer.Ordinal);

    /// <summary>The p(known) at which a skill counts as mastered (default 0.95).</summary>
    public double MasteryThreshold { get; set; } = DefaultMasteryThreshold;

    /// <summary>
    /// The longest gap between two turns that counts as time on task (default 5 minutes): a learner who walks away
    /// for an hour has not worked for an hour.
    /// </summary>
    public TimeSpan IdleCutoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The share of directive-delegation turns at which a session counts as delegating (default 0.5).</summary>
    public double DelegationThreshold { get; set; } = 0.5;

    /// <summary>The learner turns needed before the delegation meter can flag a session (default 3), so one early "just tell me" does not.</summary>
    public int DelegationMinTurns { get; set; } = 3;

    /// <summary>The parameters for <paramref name="skill"/>.</summary>
    public BktParameters ParametersFor(string skill) => SkillParameters.TryGetValue(skill, out var p) ? p : Bkt;
}
