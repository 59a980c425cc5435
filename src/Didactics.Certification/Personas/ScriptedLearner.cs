namespace Didactics.Certification;

/// <summary>Plays the scenario's scripted turns in order.</summary>
public sealed class ScriptedLearner(IReadOnlyList<string> turns) : ILearner
{
    /// <inheritdoc />
    public ValueTask<LearnerTurn?> NextAsync(LearnerContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TurnIndex >= turns.Count)
        {
            return ValueTask.FromResult<LearnerTurn?>(null);
        }

        var text = turns[context.TurnIndex];
        return ValueTask.FromResult<LearnerTurn?>(new LearnerTurn(text, LearnerFactory.Classify(context.Scenario.Problem, text)));
    }
}
