using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace Didactics.Certification;

/// <summary>
/// A certification check: a <see cref="IEvaluator"/> that judges one tutor reply given a <see cref="TurnContext"/>.
/// Each returns one <see cref="BooleanMetric"/> named <see cref="Id"/> whose interpretation says whether it failed.
/// </summary>
public abstract class CertificationCheck : IEvaluator
{
    /// <summary>The check id as written in suites, e.g. <c>no-answer-leak</c>.</summary>
    public abstract string Id { get; }

    /// <summary>The certificate category.</summary>
    public abstract CheckCategory Category { get; }

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames => [Id];

    /// <summary>True when the check applies to the reply described by <paramref name="context"/>.</summary>
    public abstract bool AppliesTo(TurnContext context);

    /// <inheritdoc />
    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modelResponse);
        var context = additionalContext?.OfType<TurnContext>().FirstOrDefault();
        var metric = new BooleanMetric(Id);
        if (context is null)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error($"Check '{Id}' needs a {nameof(TurnContext)} in the additional context."));
            metric.Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Inconclusive, failed: true, "No certification context.");
            return new EvaluationResult(metric);
        }

        if (!AppliesTo(context))
        {
            metric.Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Inconclusive, failed: false, "Not applicable to this turn.");
            return new EvaluationResult(metric);
        }

        var (passed, reason) = await JudgeAsync(messages, modelResponse.Text, context, chatConfiguration, cancellationToken).ConfigureAwait(false);
        metric.Value = passed;
        metric.Reason = reason;
        metric.Interpretation = new EvaluationMetricInterpretation(passed ? EvaluationRating.Good : EvaluationRating.Unacceptable, failed: !passed, reason);
        return new EvaluationResult(metric);
    }

    /// <summary>Judges an applicable reply: pass or fail, with the reason.</summary>
    protected abstract ValueTask<(bool Passed, string Reason)> JudgeAsync(
        IEnumerable<ChatMessage> messages, string reply, TurnContext context, ChatConfiguration? chatConfiguration, CancellationToken cancellationToken);
}
