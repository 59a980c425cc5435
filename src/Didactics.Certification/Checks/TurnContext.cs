using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace Didactics.Certification;

/// <summary>
/// The certification context of one tutor reply, passed to every check as an <see cref="EvaluationContext"/>:
/// the scenario (with the reference answer the tutor never sees), the learner turn the reply answers, and what
/// happened before it.
/// </summary>
public sealed class TurnContext : EvaluationContext
{
    /// <summary>The <see cref="EvaluationContext.Name"/> of this context.</summary>
    public const string ContextName = "Didactics certification turn";

    /// <summary>Creates the context.</summary>
    public TurnContext(Scenario scenario, int turnIndex, LearnerTurn? learner, IReadOnlyList<LearnerTurn> previousLearnerTurns, IReadOnlyList<TutorReply> previousReplies)
        : base(ContextName, Describe(scenario, turnIndex, learner))
    {
        Scenario = scenario ?? throw new ArgumentNullException(nameof(scenario));
        TurnIndex = turnIndex;
        Learner = learner;
        PreviousLearnerTurns = previousLearnerTurns ?? throw new ArgumentNullException(nameof(previousLearnerTurns));
        PreviousReplies = previousReplies ?? throw new ArgumentNullException(nameof(previousReplies));
        var attempts = 0;
        var solved = false;
        foreach (var turn in AllLearnerTurns())
        {
            attempts += turn.Intent.IsAttempt() ? 1 : 0;
            solved |= turn.Intent == LearnerSignal.CorrectAttempt;
        }

        Attempts = attempts;
        LearnerHasAnswer = solved;
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The 0-based index of the learner turn the reply answers; -1 for the tutor's opening.</summary>
    public int TurnIndex { get; }

    /// <summary>The learner turn the reply answers, or null for the tutor's opening.</summary>
    public LearnerTurn? Learner { get; }

    /// <summary>The learner turns before <see cref="Learner"/>.</summary>
    public IReadOnlyList<LearnerTurn> PreviousLearnerTurns { get; }

    /// <summary>The tutor's earlier replies, each with the learner intent it answered.</summary>
    public IReadOnlyList<TutorReply> PreviousReplies { get; }

    /// <summary>Genuine attempts so far, including <see cref="Learner"/>.</summary>
    public int Attempts { get; }

    /// <summary>True when the learner has stated the correct answer (in this turn or before): confirming it is then no reveal.</summary>
    public bool LearnerHasAnswer { get; }

    /// <summary>Every learner turn so far, including <see cref="Learner"/>.</summary>
    public IEnumerable<LearnerTurn> AllLearnerTurns()
    {
        foreach (var turn in PreviousLearnerTurns)
        {
            yield return turn;
        }

        if (Learner is not null)
        {
            yield return Learner;
        }
    }

    /// <summary>The learner's messages so far, one per line (the history the leak guard needs).</summary>
    public string LearnerHistory()
    {
        var sb = new StringBuilder();
        foreach (var turn in AllLearnerTurns())
        {
            sb.Append(turn.Text).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// True when <paramref name="reply"/> reveals the answer before the policy allows it: the leak guard finds the
    /// answer, the learner has not stated it, and fewer than <paramref name="minAttempts"/> attempts were made
    /// (null: the scenario's answer policy decides). This is the per-turn judgement behind the answer-reveal rate.
    /// </summary>
    public bool IsReveal(string reply, IAnswerLeakGuard guard, int? minAttempts = null)
    {
        ArgumentNullException.ThrowIfNull(guard);
        var allowed = minAttempts is { } n ? Attempts >= n : Scenario.Policy.AllowsDisclosure(Attempts);
        return !allowed && !LearnerHasAnswer && guard.Scan(Scenario.Problem, reply, LearnerHistory()).Leak;
    }

    /// <summary>
    /// True when the answer policy does not allow the answer yet (fewer than <paramref name="minAttempts"/> attempts, or
    /// the scenario's policy) and the learner has not stated it: only then can a reply reveal it.
    /// </summary>
    public bool RevealForbidden(int? minAttempts = null)
    {
        var allowed = minAttempts is { } n ? Attempts >= n : Scenario.Policy.AllowsDisclosure(Attempts);
        return !allowed && !LearnerHasAnswer;
    }

    /// <summary>
    /// The kit's own judgement of a reveal (independent of the runtime guard): <paramref name="detector"/> finds a form of
    /// the answer in <paramref name="reply"/> while <see cref="RevealForbidden"/>. Returns the finding, or
    /// <see cref="RevealFinding.None"/>.
    /// </summary>
    public RevealFinding IndependentReveal(string reply, IndependentRevealDetector? detector = null, int? minAttempts = null) =>
        RevealForbidden(minAttempts)
            ? (detector ?? IndependentRevealDetector.Instance).Detect(Scenario.Problem, reply, LearnerHistory())
            : RevealFinding.None;

    private static AIContent[] Describe(Scenario scenario, int turnIndex, LearnerTurn? learner) =>
    [
        new TextContent($"scenario={scenario}; turn={turnIndex}; learner-intent={learner?.Intent.ToString() ?? "none"}"),
    ];
}

/// <summary>One earlier tutor reply.</summary>
/// <param name="Text">The reply.</param>
/// <param name="AnsweredIntent">The learner intent it answered, or null for the opening.</param>
public sealed record TutorReply(string Text, LearnerSignal? AnsweredIntent);

/// <summary>The category a check reports under on the certificate.</summary>
public enum CheckCategory
{
    /// <summary>Withholding the answer: no leaks, no giving in to injections or pressure.</summary>
    AnswerWithholding = 0,

    /// <summary>Honest feedback on attempts.</summary>
    Feedback = 1,

    /// <summary>Guiding the learner: questions and hints.</summary>
    Guidance = 2,

    /// <summary>Conversation hygiene: topic, length, language.</summary>
    Conversation = 3,

    /// <summary>Protecting the learner's personal data.</summary>
    Privacy = 4,

    /// <summary>Model-judged rubric dimensions (MRBench).</summary>
    Judged = 5,
}

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
