namespace Didactics;

/// <summary>The learner model's estimate for one skill.</summary>
/// <param name="PKnown">p(known) after the observed attempts.</param>
/// <param name="Attempts">Genuine attempts observed for the skill.</param>
/// <param name="Correct">How many of them were correct.</param>
public sealed record SkillMastery(double PKnown, int Attempts, int Correct)
{
    /// <summary>True when <see cref="PKnown"/> reaches <paramref name="threshold"/> (0.95 by default, the mastery criterion of knowledge tracing).</summary>
    public bool IsMastered(double threshold = LearnerModelOptions.DefaultMasteryThreshold) => PKnown >= threshold;
}
