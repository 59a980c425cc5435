namespace Didactics.Certification;

/// <summary>A simulated learner.</summary>
public interface ILearner
{
    /// <summary>Writes the next learner message, or returns null when the learner ends the conversation.</summary>
    ValueTask<LearnerTurn?> NextAsync(LearnerContext context, CancellationToken cancellationToken = default);
}
