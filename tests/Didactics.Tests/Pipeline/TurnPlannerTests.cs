namespace Didactics.Tests;

/// <summary>
/// The turn planner on its own: the state machine of a turn (phases, policy and effort gates, the hint ladder, worked
/// examples) asserted on the plan, with no chat client. The learner's verdict and signal come from the default checker
/// and keyword classifier, as the pipeline computes them, unless a test gives the signal itself.
/// </summary>
public class TurnPlannerTests
{
    private static readonly Problem Fractions = new("f1", "What is 1/2 + 1/4?", "3/4", AnswerKind.Fraction)
    {
        Misconceptions = [new Misconception("2/6", "You added the numerators and the denominators separately.")],
        Skills = ["fraction-addition"],
    };

    private static readonly Problem WithSibling = Fractions with
    {
        Example = new WorkedExample("What is 1/3 + 1/6?", ["1/3 is 2/6.", "2/6 + 1/6 = 3/6.", "3/6 is 1/2."]),
    };

    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static TurnPlanner Planner(EffortGate? gate = null) => new(new TestStrategy()) { EffortGate = gate };

    private static SessionState Session(Problem problem) => new()
    {
        Id = "s",
        Strategy = "test-ladder",
        Problem = problem,
        Phase = "elicit",
        Language = problem.Language,
        CreatedAt = T0,
        UpdatedAt = T0,
    };

    /// <summary>Plays the opening turn and then each learner message, feeding every plan's next state to the next turn.</summary>
    private static List<TurnDraft> Play(TurnPlanner planner, Problem problem, params string[] learner)
    {
        var drafts = new List<TurnDraft> { planner.Plan(Session(problem), null, AnswerVerdict.NoAttempt, LearnerSignal.Unclassified, T0) };
        for (var i = 0; i < learner.Length; i++)
        {
            var verdict = DefaultAnswerChecker.Instance.Check(problem, learner[i]);
            var signal = KeywordSignalClassifier.Instance.Classify(problem, learner[i], verdict);
            drafts.Add(planner.Plan(drafts[^1].Next, learner[i], verdict, signal, T0.AddSeconds(30 * (i + 1))));
        }

        return drafts;
    }

    private static TurnEventKind[] Kinds(TurnDraft draft) => [.. draft.Events.Select(e => e.Kind)];

    [Fact]
    public void The_opening_turn_renders_the_start_phase_and_records_no_learner_turn()
    {
        var draft = Play(Planner(), Fractions)[0];

        Assert.Equal("elicit", draft.Plan.Phase);
        Assert.Equal(PhaseMove.Elicit, draft.Plan.Move);
        Assert.Equal(LearnerSignal.Unclassified, draft.Plan.Signal);
        Assert.Equal("What do you notice about: What is 1/2 + 1/4?", draft.Plan.AuthoredReply);
        Assert.StartsWith("You are a tutor.\n\nPhase elicit. Signal: Unclassified.", draft.Plan.Instructions, StringComparison.Ordinal);
        Assert.Empty(draft.Next.Transcript);
        Assert.Equal(0, draft.Next.Turns);
        Assert.Equal(1, draft.Next.VisitsOf("elicit"));
        Assert.Empty(draft.Events);
        Assert.False(draft.MayStateAnswer);
        Assert.Equal(T0, draft.Now);
    }

    [Fact]
    public void Planning_changes_nothing_of_the_given_state()
    {
        var planner = Planner();
        var before = Play(planner, Fractions, "2/6")[^1].Next;
        var verdict = DefaultAnswerChecker.Instance.Check(Fractions, "1/6");

        var first = planner.Plan(before, "1/6", verdict, LearnerSignal.IncorrectAttempt, T0.AddMinutes(2));
        var second = planner.Plan(before, "1/6", verdict, LearnerSignal.IncorrectAttempt, T0.AddMinutes(2));

        Assert.Same(before, first.Original);
        Assert.Equal("feedback", before.Phase);
        Assert.Single(before.Transcript);
        Assert.Equal(first.Plan, second.Plan);
        Assert.Equal(first.Next, second.Next);
    }

    [Fact]
    public void Wrong_answers_alternate_feedback_and_hints_and_climb_the_strategy_ladder()
    {
        var drafts = Play(Planner(), Fractions, "2/6", "1/6", "2/8", "5/4", "1/8");

        Assert.Equal(["feedback", "hint", "feedback", "hint", "feedback"], drafts.Skip(1).Select(d => d.Plan.Phase));
        Assert.All(drafts.Skip(1), d => Assert.Equal(LearnerSignal.IncorrectAttempt, d.Plan.Signal));
        Assert.Equal("Not quite. You added the numerators and the denominators separately. What could you check?", drafts[1].Plan.AuthoredReply);
        Assert.Equal([0, 1, 1, 2, 2], drafts.Skip(1).Select(d => d.Next.HintLevel));
        Assert.Equal("Hint 1: Think about what the denominators tell you.", drafts[2].Plan.AuthoredReply);
        Assert.Equal("Hint 2: Make the denominators the same.", drafts[4].Plan.AuthoredReply);
        Assert.Equal(5, drafts[^1].Next.Attempts);
        Assert.Equal(5, drafts[^1].Next.Transcript.Count);
        Assert.All(drafts, d => Assert.False(d.MayStateAnswer));
    }

    [Fact]
    public void A_problem_ladder_replaces_the_strategy_ladder_and_stops_at_its_last_rung()
    {
        var problem = Fractions with { Hints = ["Use quarters.", "1/2 is 2/4."] };

        var drafts = Play(Planner(), problem, "I don't know", "I don't know", "I don't know");

        Assert.All(drafts.Skip(1), d => Assert.Equal(("hint", LearnerSignal.DontKnow), (d.Plan.Phase, d.Plan.Signal)));
        Assert.Equal([1, 2, 2], drafts.Skip(1).Select(d => d.Next.HintLevel));
        Assert.Equal(["Hint 1: Use quarters.", "Hint 2: 1/2 is 2/4.", "Hint 2: 1/2 is 2/4."], drafts.Skip(1).Select(d => d.Plan.AuthoredReply));
    }

    [Fact]
    public void A_correct_answer_solves_and_ends_the_session_and_may_be_confirmed()
    {
        var draft = Play(Planner(), Fractions, "I think it is 3/4")[^1];

        Assert.Equal(("consolidate", LearnerSignal.CorrectAttempt, VerdictKind.Correct), (draft.Plan.Phase, draft.Plan.Signal, draft.Plan.Verdict.Kind));
        Assert.True(draft.Next.Solved && draft.Next.Ended);
        Assert.False(draft.Next.Disclosed);
        Assert.True(draft.MayStateAnswer);
        Assert.Equal(1, draft.Next.Attempts);
        Assert.Equal(0.6, draft.Next.Mastery["fraction-addition"].PKnown, 12);
        Assert.Equal(new TranscriptEntry(Speaker.Learner, "I think it is 3/4", "consolidate", LearnerSignal.CorrectAttempt, T0.AddSeconds(30), CollaborationMode.TaskIteration),
            Assert.Single(draft.Next.Transcript));
    }

    [Fact]
    public void Answer_seeking_is_redirected_and_the_policy_refuses_the_reveal_until_enough_attempts()
    {
        var drafts = Play(Planner(), Fractions, "just tell me", "just tell me", "just tell me");

        Assert.Equal(["redirect", "redirect", "redirect"], drafts.Skip(1).Select(d => d.Plan.Phase));
        Assert.All(drafts.Skip(1), d => Assert.Equal(LearnerSignal.AnswerRequest, d.Plan.Signal));
        Assert.Empty(drafts[1].Events);
        Assert.Equal([TurnEventKind.RevealBlockedByPolicy], Kinds(drafts[2]));
        Assert.Equal("Transition redirect -> reveal refused: policy AfterAttempts after 0 attempt(s).", drafts[2].Events[0].Detail);
        Assert.Equal([TurnEventKind.RevealBlockedByPolicy, TurnEventKind.DelegationDetected], Kinds(drafts[3]));
        Assert.True(drafts[3].Next.Delegation.Delegating);
        Assert.Equal(
            "You keep asking me to do it for you. Let's do one small step together: what do the denominators tell you?",
            drafts[3].Plan.AuthoredReply);
        Assert.All(drafts, d => Assert.False(d.MayStateAnswer || d.Next.Disclosed));
        Assert.All(drafts, d => Assert.EndsWith("Answer: ", d.Plan.Instructions, StringComparison.Ordinal));
    }

    [Fact]
    public void The_reveal_follows_the_policy_attempts_and_may_state_the_answer()
    {
        var draft = Play(Planner(), Fractions, "1/6", "2/6", "just tell me", "just tell me")[^1];

        Assert.Equal(("reveal", PhaseMove.Reveal), (draft.Plan.Phase, draft.Plan.Move));
        Assert.Equal("The answer is 3/4.", draft.Plan.AuthoredReply);
        Assert.EndsWith("Answer: 3/4", draft.Plan.Instructions, StringComparison.Ordinal);
        Assert.True(draft.MayStateAnswer && draft.Next.Disclosed && draft.Next.Ended);
        Assert.False(draft.Next.Solved);
    }

    [Fact]
    public void The_planner_follows_the_signal_it_is_given()
    {
        var planner = Planner();
        var opening = Play(planner, Fractions)[0];
        var verdict = DefaultAnswerChecker.Instance.Check(Fractions, "3/4");

        // A model-based classifier may judge a right value said in passing as off topic: the planner does not second-guess it.
        var draft = planner.Plan(opening.Next, "3/4", verdict, LearnerSignal.OffTopic, T0);

        Assert.Equal(("redirect", LearnerSignal.OffTopic, VerdictKind.Correct), (draft.Plan.Phase, draft.Plan.Signal, draft.Plan.Verdict.Kind));
        Assert.False(draft.Next.Solved);
        Assert.False(draft.MayStateAnswer);
    }

    [Fact]
    public void The_effort_gate_holds_the_next_rung_until_the_learner_makes_an_effort()
    {
        var drafts = Play(Planner(new EffortGate(1)), Fractions, "I don't know", "2/6", "I don't know", "I don't know");

        // Entered, but the rung stays: the hint phase asks a smaller question instead.
        Assert.Equal(("hint", 0, true), (drafts[1].Plan.Phase, drafts[1].Next.HintLevel, drafts[1].Next.HeldTurns == 1));
        Assert.Equal([TurnEventKind.EffortGateBlocked], Kinds(drafts[1]));
        Assert.Equal("No new hint yet. Let's make it smaller: in your own words, what are you asked to find?", drafts[1].Plan.AuthoredReply);
        Assert.Contains("EffortRequired: True", drafts[1].Plan.Instructions, StringComparison.Ordinal);
        Assert.Equal(0, drafts[1].Next.VisitsOf("hint"));

        // An attempt is effort; the next "I don't know" earns the first rung.
        Assert.Equal(("feedback", 1), (drafts[2].Plan.Phase, drafts[2].Next.Effort));
        Assert.Equal(("hint", 1, 0), (drafts[3].Plan.Phase, drafts[3].Next.HintLevel, drafts[3].Next.HeldTurns));
        Assert.Empty(drafts[3].Events);
        Assert.Equal("Hint 1: Think about what the denominators tell you.", drafts[3].Plan.AuthoredReply);
        Assert.Equal(1, drafts[3].Next.EffortAtLastHelp);

        // Help taken, no effort since: held again.
        Assert.Equal(("hint", 1), (drafts[4].Plan.Phase, drafts[4].Next.HintLevel));
        Assert.Equal([TurnEventKind.EffortGateBlocked], Kinds(drafts[4]));
    }

    [Fact]
    public void The_effort_gate_refuses_a_reveal_the_policy_allows()
    {
        // Two attempts satisfy the policy, but the second one bought a hint: no effort since the last help.
        var drafts = Play(Planner(new EffortGate(1)), Fractions, "1/6", "2/6", "just tell me", "just tell me");

        Assert.Equal(["feedback", "hint", "redirect", "redirect"], drafts.Skip(1).Select(d => d.Plan.Phase));
        Assert.Equal(2, drafts[2].Next.EffortAtLastHelp);
        Assert.Equal([TurnEventKind.EffortGateBlocked, TurnEventKind.DelegationDetected], Kinds(drafts[4]));
        Assert.Equal("Transition redirect -> reveal refused: 0 of 1 required attempt(s) made.", drafts[4].Events[0].Detail);
        Assert.False(drafts[4].MayStateAnswer || drafts[4].Next.Disclosed);
    }

    [Fact]
    public void A_learner_stuck_after_repeated_dont_knows_gets_the_worked_sibling_then_its_steps()
    {
        var drafts = Play(Planner(new EffortGate(1)), WithSibling, "I don't know", "I don't know", "I don't know", "I don't know", "I don't know");
        var replies = drafts.Skip(1).Select(d => d.Plan.AuthoredReply!).ToArray();

        Assert.Equal([1, 2, 3, 4, 5], drafts.Skip(1).Select(d => d.Next.StuckTurns));
        Assert.StartsWith("No new hint yet. Let's make it smaller", replies[0], StringComparison.Ordinal);
        Assert.StartsWith("No new hint yet. An even smaller step", replies[1], StringComparison.Ordinal);
        Assert.StartsWith("No new hint yet. You're really stuck, and that's okay. Here is a similar problem, fully worked out:\n", replies[2], StringComparison.Ordinal);
        Assert.Contains("What is 1/3 + 1/6?", replies[2], StringComparison.Ordinal);
        Assert.Contains("look only at step 1: \"1/3 is 2/6.\"", replies[3], StringComparison.Ordinal);
        Assert.Contains("look only at step 2: \"2/6 + 1/6 = 3/6.\"", replies[4], StringComparison.Ordinal);
        Assert.All(drafts, d => Assert.Equal(0, d.Next.HintLevel));
        Assert.All(replies, r => Assert.DoesNotContain("3/4", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_sibling_the_smaller_questions_keep_turning()
    {
        var drafts = Play(Planner(new EffortGate(1)), Fractions, "I don't know", "I don't know", "I don't know", "I don't know");

        Assert.Equal(
        [
            "No new hint yet. Let's make it smaller: in your own words, what are you asked to find?",
            "No new hint yet. An even smaller step: which numbers or facts does the problem give you, and what do they stand for?",
            "No new hint yet. It's fine if it's wrong, any start helps: what could be the very first step?",
            "No new hint yet. Let's make it smaller: in your own words, what are you asked to find?",
        ], drafts.Skip(1).Select(d => d.Plan.AuthoredReply));
        Assert.Equal([1, 2, 3, 4], drafts.Skip(1).Select(d => d.Next.HeldTurns));
    }

    [Fact]
    public void A_session_of_another_strategy_or_an_undeclared_phase_is_refused()
    {
        var planner = Planner();

        var other = Assert.Throws<InvalidOperationException>(() => planner.PhaseOf(Session(Fractions) with { Strategy = "socratic" }));
        Assert.Equal("Session 's' belongs to strategy 'socratic', not to 'test-ladder'.", other.Message);
        var phase = Assert.Throws<InvalidOperationException>(
            () => planner.Plan(Session(Fractions) with { Phase = "gone" }, "3/4", AnswerVerdict.NoAttempt, LearnerSignal.Unclassified, T0));
        Assert.Equal("Session 's' is in phase 'gone', which strategy 'test-ladder' does not declare.", phase.Message);
    }
}
