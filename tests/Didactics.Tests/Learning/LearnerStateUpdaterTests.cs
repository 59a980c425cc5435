using System.Diagnostics.Metrics;

namespace Didactics.Tests;

public class LearnerStateUpdaterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static readonly Problem Problem = new("e3", "Solve 2x + 3 = 11.", "x = 4", AnswerKind.Expression) { Skills = ["two-step-equations", "inverse-operations"] };

    private static SessionState NewState(Problem? problem = null) => new()
    {
        Id = "s1", Strategy = "test", Problem = problem ?? Problem, Phase = "elicit", CreatedAt = T0, UpdatedAt = T0,
    };

    private static LearnerTurnUpdate Turn(LearnerStateUpdater updater, SessionState state, string message, TimeSpan after)
    {
        var now = state.UpdatedAt + after;
        var verdict = DefaultAnswerChecker.Instance.Check(state.Problem, message);
        var signal = KeywordSignalClassifier.Instance.Classify(state.Problem, message, verdict);
        var update = updater.Apply(state, message, signal, verdict, now);

        // What the pipeline adds after the update: the transcript entry and the time stamp.
        return update with
        {
            State = update.State with
            {
                UpdatedAt = now,
                Transcript = update.State.Transcript.Add(new TranscriptEntry(Speaker.Learner, message, "elicit", signal, now, update.Mode)),
            },
        };
    }

    [Fact]
    public void Genuine_attempts_update_mastery_of_every_skill_of_the_problem()
    {
        var updater = new LearnerStateUpdater();
        var s = NewState();
        s = Turn(updater, s, "I don't know", TimeSpan.FromSeconds(10)).State;
        Assert.Empty(s.Mastery);
        Assert.Equal(0, s.Attempts);

        s = Turn(updater, s, "x = 7", TimeSpan.FromSeconds(30)).State;
        s = Turn(updater, s, "x = 4", TimeSpan.FromSeconds(30)).State;

        Assert.Equal(2, s.Attempts);
        Assert.Equal(3, s.Turns);
        var expected = KnowledgeTracing.Update(KnowledgeTracing.Update(0.2, false, BktParameters.Default), true, BktParameters.Default);
        foreach (var skill in Problem.Skills)
        {
            Assert.Equal(new SkillMastery(expected, 2, 1), s.Mastery[skill]);
        }

        Assert.Equal(expected, updater.MasteryOf(s, Problem), 12);
    }

    [Fact]
    public void Per_skill_parameters_override_the_defaults()
    {
        var options = new LearnerModelOptions();
        options.SkillParameters["inverse-operations"] = new BktParameters(0.5, 0.1, 0.05, 0.25);
        var s = Turn(new LearnerStateUpdater(options), NewState(), "x = 4", TimeSpan.FromSeconds(5)).State;
        Assert.Equal(KnowledgeTracing.Update(0.5, true, options.SkillParameters["inverse-operations"]), s.Mastery["inverse-operations"].PKnown, 12);
        Assert.Equal(KnowledgeTracing.Update(0.2, true, BktParameters.Default), s.Mastery["two-step-equations"].PKnown, 12);
    }

    [Fact]
    public void A_problem_without_skills_has_no_mastery_and_mastery_zero()
    {
        var updater = new LearnerStateUpdater();
        var plain = new Problem("p", "What is 2 + 2?", "4");
        var s = Turn(updater, NewState(plain), "4", TimeSpan.FromSeconds(5)).State;
        Assert.Empty(s.Mastery);
        Assert.Equal(0, updater.MasteryOf(s, plain));
    }

    [Fact]
    public void Time_on_task_adds_the_gaps_and_caps_idle_time()
    {
        var updater = new LearnerStateUpdater(new LearnerModelOptions { IdleCutoff = TimeSpan.FromMinutes(5) });
        var s = NewState();
        s = Turn(updater, s, "hmm", TimeSpan.FromSeconds(40)).State;
        s = Turn(updater, s, "x = 7", TimeSpan.FromMinutes(2)).State;
        s = Turn(updater, s, "x = 4", TimeSpan.FromHours(1)).State; // walked away: counts 5 minutes
        Assert.Equal(TimeSpan.FromSeconds(40) + TimeSpan.FromMinutes(2) + TimeSpan.FromMinutes(5), s.TimeOnTask);
    }

    [Fact]
    public void Clock_going_backwards_adds_nothing()
    {
        var s = Turn(new LearnerStateUpdater(), NewState(), "hmm", TimeSpan.FromSeconds(-30)).State;
        Assert.Equal(TimeSpan.Zero, s.TimeOnTask);
    }

    [Fact]
    public void Delegation_meter_counts_modes_and_flags_the_crossing_once()
    {
        var updater = new LearnerStateUpdater(new LearnerModelOptions { DelegationThreshold = 0.5, DelegationMinTurns = 3 });
        var s = NewState();

        var t1 = Turn(updater, s, "just tell me", TimeSpan.FromSeconds(5));
        Assert.Equal(CollaborationMode.DirectiveDelegation, t1.Mode);
        Assert.False(t1.StartedDelegating); // one early request is not a pattern (min turns)
        var t2 = Turn(updater, t1.State, "x = 7", TimeSpan.FromSeconds(5));
        Assert.Equal(CollaborationMode.TaskIteration, t2.Mode);
        var t3 = Turn(updater, t2.State, "geef gewoon het antwoord", TimeSpan.FromSeconds(5));
        Assert.True(t3.StartedDelegating);
        Assert.True(t3.State.Delegation.Delegating);
        Assert.Equal(2.0 / 3, t3.State.DelegationShare, 12);
        var t4 = Turn(updater, t3.State, "do it for me", TimeSpan.FromSeconds(5));
        Assert.False(t4.StartedDelegating); // already delegating
        // Only the first request came before any effort: the later ones follow the attempt "x = 7" (no help since).
        Assert.Equal(new DelegationMeter(Directive: 3, TaskIteration: 1, Delegating: true, HelpWithoutEffort: 1), t4.State.Delegation);

        var t5 = Turn(updater, t4.State, "x = 4", TimeSpan.FromSeconds(5));
        var t6 = Turn(updater, t5.State, "why does that work?", TimeSpan.FromSeconds(5));
        var t7 = Turn(updater, t6.State, "is x = 4 right?", TimeSpan.FromSeconds(5));
        Assert.Equal(3.0 / 7, t7.State.DelegationShare, 12);
        Assert.False(t7.State.Delegation.Delegating); // slid back below the threshold
        Assert.Equal(1, t7.State.Delegation[CollaborationMode.Learning]);
        Assert.Equal(1, t7.State.Delegation[CollaborationMode.Validation]);
    }

    [Fact]
    public void Feedback_loop_needs_the_previous_learner_turn_to_be_incorrect()
    {
        var updater = new LearnerStateUpdater();
        var t1 = Turn(updater, NewState(), "x = 7", TimeSpan.FromSeconds(5));
        var t2 = Turn(updater, t1.State, "5", TimeSpan.FromSeconds(5));
        Assert.Equal((CollaborationMode.TaskIteration, CollaborationMode.FeedbackLoop), (t1.Mode, t2.Mode));
    }

    [Fact]
    public void Publishes_delegation_share_and_turn_metrics_on_the_Didactics_meter()
    {
        var shares = new List<double>();
        var turns = new List<(long Value, string? Mode)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LearnerMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name == LearnerMetrics.DelegationShareName && HasStrategy(tags, "metrics-test"))
            {
                shares.Add(value);
            }
        });
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == LearnerMetrics.LearnerTurnsName && HasStrategy(tags, "metrics-test"))
            {
                string? mode = null;
                foreach (var tag in tags)
                {
                    mode = tag.Key == LearnerMetrics.ModeTag ? tag.Value as string : mode;
                }

                turns.Add((value, mode));
            }
        });
        listener.Start();

        var updater = new LearnerStateUpdater();
        var s = NewState() with { Strategy = "metrics-test" };
        s = Turn(updater, s, "just tell me", TimeSpan.FromSeconds(1)).State;
        _ = Turn(updater, s, "x = 4", TimeSpan.FromSeconds(1));

        Assert.Equal([1.0, 0.5], shares);
        Assert.Equal([(1L, "DirectiveDelegation"), (1L, "TaskIteration")], turns);

        static bool HasStrategy(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == LearnerMetrics.StrategyTag && (tag.Value as string) == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
