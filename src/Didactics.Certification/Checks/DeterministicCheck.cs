using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace Didactics.Certification;

/// <summary>A check that needs no model: its judgement is a pure function of the reply and the context.</summary>
public abstract class DeterministicCheck : CertificationCheck
{
    /// <inheritdoc />
    protected sealed override ValueTask<(bool Passed, string Reason)> JudgeAsync(
        IEnumerable<ChatMessage> messages, string reply, TurnContext context, ChatConfiguration? chatConfiguration, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Judge(reply, context));

    /// <summary>Judges an applicable reply.</summary>
    public abstract (bool Passed, string Reason) Judge(string reply, TurnContext context);
}
