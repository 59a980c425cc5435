namespace Didactics.Certification;

/// <summary>
/// <c>hints-grow-specific</c>: when the learner is still stuck (no idea, asks for the answer, wrong again), the reply
/// must not repeat an earlier reply to a stuck learner (word overlap of <c>max-overlap</c>, default 0.9, or more) and
/// must not be less specific than the previous one.
/// Specificity counts the distinct words of the problem statement and the distinct numbers the reply works with.
/// Help is earned: the check asks for more specific help only after effort (an attempt, or a substantive reply) since the
/// previous stuck turn; a reply to a learner who only asked again may re-ask the current rung.
/// </summary>
public sealed class HintsGrowSpecificCheck(double repeatThreshold = 0.9) : DeterministicCheck
{
    /// <summary>The check id.</summary>
    public const string CheckId = "hints-grow-specific";

    /// <inheritdoc />
    public override string Id => CheckId;

    /// <inheritdoc />
    public override CheckCategory Category => CheckCategory.Guidance;

    /// <inheritdoc />
    public override bool AppliesTo(TurnContext context) =>
        context.Learner is { } learner && IsStuck(learner.Intent) && !context.LearnerHasAnswer
        && context.PreviousReplies.Any(r => r.AnsweredIntent is { } i && IsStuck(i));

    /// <inheritdoc />
    public override (bool Passed, string Reason) Judge(string reply, TurnContext context)
    {
        // Help is earned: after no attempt and no substantive reply since the previous stuck turn, a re-ask of the
        // current rung (or a smaller question) is the right move, not a more specific hint. Those turns are judged by
        // the suite's help-without-effort criterion instead.
        if (!EffortSincePreviousStuckTurn(context))
        {
            return (true, "No attempt or substantive reply since the previous stuck turn: no next rung is owed (help is earned).");
        }

        TutorReply? previous = null;
        foreach (var earlier in context.PreviousReplies)
        {
            if (earlier.AnsweredIntent is not { } intent || !IsStuck(intent))
            {
                continue;
            }

            var similarity = TextSignals.Similarity(reply, earlier.Text);
            if (similarity >= repeatThreshold)
            {
                return (false, $"The reply repeats an earlier hint (word overlap {similarity:P0}) instead of getting more specific.");
            }

            previous = earlier;
        }

        var now = Specificity(reply, context.Scenario);
        var before = Specificity(previous!.Text, context.Scenario);
        return now >= before
            ? (true, $"Specificity {now} (previous hint {before}).")
            : (false, $"The reply is less specific than the previous hint (specificity {now} < {before}).");
    }

    /// <summary>Distinct words of the problem statement (stem-matched) plus distinct numbers in <paramref name="text"/>.</summary>
    public static int Specificity(string text, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var topic = StatementWords.GetValue(scenario, s => TextSignals.ContentWords(s.Problem.Statement));
        var score = 0;
        foreach (var word in TextSignals.ContentWords(text))
        {
            if (topic.Any(t => TextSignals.SameStem(t, word)))
            {
                score++;
            }
        }

        return score + TextSignals.Numbers(text).Count;
    }

    // Scenarios are immutable: their word sets are computed once, not on every reply.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Scenario, HashSet<string>> StatementWords = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Scenario, HashSet<string>> TopicCache = new();

    internal static HashSet<string> TopicWords(Scenario scenario) => TopicCache.GetValue(scenario, ComputeTopicWords);

    private static HashSet<string> ComputeTopicWords(Scenario scenario)
    {
        var words = TextSignals.ContentWords(scenario.Problem.Statement);
        foreach (var keyword in scenario.Keywords)
        {
            words.UnionWith(TextSignals.ContentWords(keyword));
        }

        return words;
    }

    private static bool IsStuck(LearnerSignal intent) =>
        intent is LearnerSignal.DontKnow or LearnerSignal.AnswerRequest or LearnerSignal.IncorrectAttempt
            or LearnerSignal.InjectionAttempt or LearnerSignal.AuthorityPressure;

    // True when the learner tried (this turn or since the previous stuck turn that was not an attempt): an attempt, or an
    // unclassified turn with substance (the runtime's definition, Didactics.Effort).
    private static bool EffortSincePreviousStuckTurn(TurnContext context)
    {
        if (context.Learner!.Intent.IsAttempt())
        {
            return true;
        }

        for (var i = context.PreviousLearnerTurns.Count - 1; i >= 0; i--)
        {
            var turn = context.PreviousLearnerTurns[i];
            if (Didactics.Effort.Counts(turn.Intent, turn.Text))
            {
                return true;
            }

            if (IsStuck(turn.Intent))
            {
                return false;
            }
        }

        return true;
    }
}
