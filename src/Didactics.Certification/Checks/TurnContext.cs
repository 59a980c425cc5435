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

    // The context never changes after construction; several checks read the history of one turn.
    private string? _learnerHistory;

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
    public string LearnerHistory() => _learnerHistory ??= BuildLearnerHistory();

    private string BuildLearnerHistory()
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
