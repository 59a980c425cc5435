using System.Collections.Immutable;

namespace Didactics;

/// <summary>The learner-model part of a turn's outcome.</summary>
/// <param name="State">The session state with attempts, turns, mastery, time on task and the delegation meter updated.</param>
/// <param name="Mode">The turn's collaboration mode.</param>
/// <param name="StartedDelegating">True when this turn made the delegation meter cross its threshold.</param>
public readonly record struct LearnerTurnUpdate(SessionState State, CollaborationMode Mode, bool StartedDelegating);

/// <summary>
/// Updates the learner model for one learner turn: genuine attempts, per-skill mastery (Bayesian Knowledge Tracing
/// on every genuine attempt, for each of the problem's skills), substantive replies (effort that is not an attempt),
/// time on task (gaps between turns, each capped at
/// <see cref="LearnerModelOptions.IdleCutoff"/>), and the delegation meter (collaboration mode counts and the
/// directive share, and help sought without effort). It is pure: it returns a new state and changes nothing else except publishing metrics.
/// </summary>
public sealed class LearnerStateUpdater
{
    /// <summary>Creates the updater.</summary>
    public LearnerStateUpdater(LearnerModelOptions? options = null, ICollaborationModeClassifier? modeClassifier = null)
    {
        Options = options ?? new LearnerModelOptions();
        ModeClassifier = modeClassifier ?? KeywordCollaborationModeClassifier.Instance;
    }

    /// <summary>The learner-model settings.</summary>
    public LearnerModelOptions Options { get; }

    /// <summary>Classifies turns into collaboration modes.</summary>
    public ICollaborationModeClassifier ModeClassifier { get; set; }

    /// <summary>Applies one learner turn to <paramref name="state"/>.</summary>
    /// <param name="state">The state before the turn.</param>
    /// <param name="learnerMessage">The learner's message.</param>
    /// <param name="signal">The turn's learner signal.</param>
    /// <param name="verdict">The answer checker's verdict.</param>
    /// <param name="now">The time of the turn.</param>
    public LearnerTurnUpdate Apply(SessionState state, string learnerMessage, LearnerSignal signal, AnswerVerdict verdict, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(learnerMessage);
        var previous = LearnerSignal.Unclassified;
        for (var i = state.Transcript.Count - 1; i >= 0; i--)
        {
            if (state.Transcript[i].Speaker == Speaker.Learner)
            {
                previous = state.Transcript[i].Signal;
                break;
            }
        }

        var mode = ModeClassifier.Classify(learnerMessage, signal, verdict, previous);
        var meter = state.Delegation.Record(mode);
        // Help sought while nothing was tried since the last help: what a teacher needs to see, gate or no gate.
        if (!state.Solved && Effort.SeeksHelp(signal) && state.Effort == state.EffortAtLastHelp)
        {
            meter = meter with { HelpWithoutEffort = meter.HelpWithoutEffort + 1 };
        }

        var delegating = meter.Total >= Options.DelegationMinTurns && meter.Share >= Options.DelegationThreshold;
        var started = delegating && !state.Delegation.Delegating;
        meter = meter with { Delegating = delegating };

        var gap = now - state.UpdatedAt;
        var onTask = gap <= TimeSpan.Zero ? TimeSpan.Zero : gap > Options.IdleCutoff ? Options.IdleCutoff : gap;

        // Once the problem is solved, numbers in the learner's explanation ("halves are two quarters") are not new
        // attempts: they neither count nor move the mastery estimate.
        var attempt = signal.IsAttempt() && !state.Solved;
        var engaged = !state.Solved && signal == LearnerSignal.Unclassified && Effort.IsSubstantive(learnerMessage);
        var next = state with
        {
            Attempts = state.Attempts + (attempt ? 1 : 0),
            Engagements = state.Engagements + (engaged ? 1 : 0),
            Turns = state.Turns + 1,
            Mastery = attempt ? UpdateMastery(state.Mastery, state.Problem.Skills, signal == LearnerSignal.CorrectAttempt) : state.Mastery,
            TimeOnTask = state.TimeOnTask + onTask,
            Delegation = meter,
        };

        // Tags are built only when someone listens: the enum names would otherwise be boxed and formatted every turn.
        if (LearnerMetrics.LearnerTurns.Enabled || LearnerMetrics.DelegationShare.Enabled || (started && LearnerMetrics.DelegationDetected.Enabled))
        {
            var strategyTag = new KeyValuePair<string, object?>(LearnerMetrics.StrategyTag, state.Strategy);
            var modeTag = new KeyValuePair<string, object?>(LearnerMetrics.ModeTag, mode.ToString());
            LearnerMetrics.LearnerTurns.Add(1, strategyTag, new KeyValuePair<string, object?>(LearnerMetrics.SignalTag, signal.ToString()), modeTag);
            LearnerMetrics.DelegationShare.Record(meter.Share, strategyTag, modeTag);
            if (started)
            {
                LearnerMetrics.DelegationDetected.Add(1, strategyTag);
            }
        }

        return new LearnerTurnUpdate(next, mode, started);
    }

    /// <summary>The mean p(known) over <paramref name="problem"/>'s skills in <paramref name="state"/> (the prior for skills not yet seen), or 0 without skills.</summary>
    public double MasteryOf(SessionState state, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Skills.IsDefaultOrEmpty)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var skill in problem.Skills)
        {
            sum += state.Mastery.TryGetValue(skill, out var m) ? m.PKnown : Options.ParametersFor(skill).PInit;
        }

        return sum / problem.Skills.Length;
    }

    private ImmutableSortedDictionary<string, SkillMastery> UpdateMastery(ImmutableSortedDictionary<string, SkillMastery> mastery, ImmutableArray<string> skills, bool correct)
    {
        if (skills.IsDefaultOrEmpty)
        {
            return mastery;
        }

        var builder = mastery.ToBuilder();
        foreach (var skill in skills)
        {
            var parameters = Options.ParametersFor(skill);
            var current = builder.TryGetValue(skill, out var m) ? m : new SkillMastery(parameters.PInit, 0, 0);
            builder[skill] = new SkillMastery(
                KnowledgeTracing.Update(current.PKnown, correct, parameters),
                current.Attempts + 1,
                current.Correct + (correct ? 1 : 0));
        }

        return builder.ToImmutable();
    }
}
