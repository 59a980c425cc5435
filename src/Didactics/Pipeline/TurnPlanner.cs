using System.Collections.Immutable;
using System.Text;

namespace Didactics;

/// <summary>
/// The didactic state machine of one turn, without transport: given the session, the learner's message with its
/// verdict and signal (computed by the caller, since a signal classifier may call a model), and the time, it updates
/// the learner model, moves the strategy's state machine (gated by the answer policy and the effort gate), fills the
/// turn model and renders the phase's instructions and authored content. It calls no chat client and does no I/O;
/// <see cref="DidacticsChatClient"/> produces the reply from the returned <see cref="TurnDraft"/> and stores the session.
/// </summary>
internal sealed class TurnPlanner
{
    // Render buffers above this many characters are not kept for the next turn.
    private const int MaxPooledBuffer = 16 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_buffer;

    [ThreadStatic]
    private static TurnModel? t_model;

    private readonly IStrategy _strategy;
    private readonly StrategyDescriptor _descriptor;
    private string?[]?[]? _contentCache;

    public TurnPlanner(IStrategy strategy)
    {
        _strategy = strategy ?? throw new ArgumentNullException(nameof(strategy));
        _descriptor = strategy.Descriptor;
    }

    /// <summary>The learner model, updated on every learner turn.</summary>
    public LearnerStateUpdater LearnerModel { get; set; } = new();

    /// <summary>The effort gate; null applies the strategy's own <see cref="StrategyDescriptor.EffortGate"/>, if any.</summary>
    public EffortGate? EffortGate { get; set; }

    /// <summary>The index of the session's phase; throws when the session is not one of this strategy's.</summary>
    /// <exception cref="InvalidOperationException">The session belongs to another strategy or is in a phase the strategy does not declare.</exception>
    public int PhaseOf(SessionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!string.Equals(state.Strategy, _descriptor.Name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Session '{state.Id}' belongs to strategy '{state.Strategy}', not to '{_descriptor.Name}'.");
        }

        var phase = _descriptor.IndexOf(state.Phase);
        if (phase < 0)
        {
            throw new InvalidOperationException($"Session '{state.Id}' is in phase '{state.Phase}', which strategy '{_descriptor.Name}' does not declare.");
        }

        return phase;
    }

    /// <summary>Plans a turn: the opening turn when <paramref name="learnerMessage"/> is null, else a learner turn.</summary>
    /// <param name="state">The session before the turn.</param>
    /// <param name="learnerMessage">The learner's message, or null for the opening turn.</param>
    /// <param name="verdict">The answer checker's verdict on the message (<see cref="AnswerVerdict.NoAttempt"/> for the opening turn).</param>
    /// <param name="signal">The message's learner signal (<see cref="LearnerSignal.Unclassified"/> for the opening turn).</param>
    /// <param name="now">The time of the turn.</param>
    public TurnDraft Plan(SessionState state, string? learnerMessage, AnswerVerdict verdict, LearnerSignal signal, DateTimeOffset now) =>
        Plan(state, PhaseOf(state), learnerMessage, verdict, signal, now);

    /// <summary>As <see cref="Plan(SessionState, string?, AnswerVerdict, LearnerSignal, DateTimeOffset)"/>, for a caller that has already validated the session: <paramref name="phase"/> is <see cref="PhaseOf"/> of <paramref name="state"/>.</summary>
    public TurnDraft Plan(SessionState state, int phase, string? learnerMessage, AnswerVerdict verdict, LearnerSignal signal, DateTimeOffset now)
    {
        var events = new List<TurnEvent>(); // no array until an event happens (most turns have none)
        var problem = state.Problem;
        var next = state;
        var solved = state.Solved;
        var transcript = state.Transcript;
        var mode = CollaborationMode.None;
        var effortRequired = false;
        var gate = EffortGate ?? _descriptor.EffortGate;

        if (learnerMessage is not null)
        {
            var learner = LearnerModel.Apply(state, learnerMessage, signal, verdict, now);
            mode = learner.Mode;
            var attempts = learner.State.Attempts;
            var target = _strategy.NextPhase(phase, signal);
            if (target >= 0 && _descriptor.Phases[target].Move == PhaseMove.Reveal && !_descriptor.AnswerPolicy.AllowsDisclosure(attempts))
            {
                events.Add(new TurnEvent(TurnEventKind.RevealBlockedByPolicy,
                    $"Transition {_descriptor.Phases[phase].Name} -> {_descriptor.Phases[target].Name} refused: policy {_descriptor.AnswerPolicy.Disclosure} after {attempts} attempt(s)."));
                target = -1;
            }

            target = Didactics.EffortGate.Apply(gate, _descriptor, phase, target, learner.State.Effort - state.EffortAtLastHelp, events, out effortRequired);
            if (learner.StartedDelegating)
            {
                events.Add(new TurnEvent(TurnEventKind.DelegationDetected, $"Delegation share {learner.State.DelegationShare:0.00} after {learner.State.Delegation.Total} learner turn(s)."));
            }

            phase = target >= 0 ? target : phase;
            next = learner.State;
            solved = state.Solved || signal == LearnerSignal.CorrectAttempt;
            transcript = state.Transcript.Add(new TranscriptEntry(Speaker.Learner, learnerMessage, _descriptor.Phases[phase].Name, signal, now, mode));
        }

        var descriptor = _descriptor.Phases[phase];
        var ladder = Ladder(problem);
        var hintLevel = next.HintLevel;
        if (descriptor.Move == PhaseMove.Hint && !effortRequired)
        {
            hintLevel = Math.Min(hintLevel + 1, ladder.Length);
        }

        var visits = next.VisitsOf(descriptor.Name);
        var revealing = descriptor.Move == PhaseMove.Reveal;
        var helped = Didactics.EffortGate.Guards(descriptor.Move) && !effortRequired && learnerMessage is not null;
        // Held turns in a row, and honest "I don't know"s among them, since the learner last made an effort or got help.
        var engagedNow = next.Effort > state.Effort;
        var heldTurns = engagedNow ? 0 : state.HeldTurns;
        var stuckTurns = engagedNow ? 0 : state.StuckTurns;
        heldTurns = effortRequired ? heldTurns + 1 : helped ? 0 : heldTurns;
        stuckTurns = effortRequired && signal == LearnerSignal.DontKnow ? stuckTurns + 1 : helped ? 0 : stuckTurns;
        // A learner stuck after repeated honest "I don't know"s gets the worked sibling, then its steps one at a time; in an
        // example phase the sibling is already on screen, so the smaller questions walk its steps from the first one.
        var pastExample = !effortRequired || gate is null || signal != LearnerSignal.DontKnow || problem.Example is null ? -1
            : descriptor.Move == PhaseMove.Example ? stuckTurns
            : stuckTurns - gate.WorkedExampleAfter;
        // One copy of the state for the whole plan (the learner model made the other).
        next = next with
        {
            Solved = solved,
            Transcript = transcript,
            Phase = descriptor.Name,
            HintLevel = hintLevel,
            Disclosed = next.Disclosed || revealing,
            Ended = descriptor.IsTerminal,
            // A held turn uses none of the phase's rung variants, so it does not advance their rotation either.
            PhaseVisits = effortRequired ? next.PhaseVisits : next.PhaseVisits.SetItem(descriptor.Name, visits + 1),
            EffortAtLastHelp = helped ? next.Effort : next.EffortAtLastHelp,
            HeldTurns = heldTurns,
            StuckTurns = stuckTurns,
        };

        // One turn model and one render buffer per thread: every member is set here and the strategy renders
        // synchronously, so nothing of a previous turn can show through.
        var model = t_model ??= new TurnModel();
        model.Strategy = _descriptor.Name;
        model.Phase = descriptor.Name;
        model.Problem = problem.Statement;
        model.Learner = learnerMessage ?? "";
        model.Signal = EnumNames<LearnerSignal>.Of(signal);
        model.Verdict = verdict.Word;
        model.Diagnosis = verdict.Diagnosis ?? "";
        model.Attempts = next.Attempts;
        model.HintLevel = hintLevel;
        model.Hint = HintAt(ladder, hintLevel);
        model.EarlierHints = EarlierHints(ladder, hintLevel);
        model.Language = PrimaryLanguage(next.Language);
        model.Answer = revealing ? problem.Answers[0].Value : "";
        model.Example = problem.Example?.Render() ?? "";
        model.FadedExample = problem.Example?.RenderFaded() ?? "";
        model.Mode = EnumNames<CollaborationMode>.Of(mode);
        model.DelegationShare = next.DelegationShare;
        model.Delegating = next.Delegation.Delegating;
        model.EffortRequired = effortRequired;
        model.AttemptsNeeded = gate?.AttemptsNeeded(next.Effort - next.EffortAtLastHelp) ?? 0;
        model.SmallerQuestion = effortRequired ? Effort.SmallerQuestion(next.Language, heldTurns, problem.Example, pastExample) : "";
        model.WorkedSibling = pastExample >= 0;
        model.Mastery = LearnerModel.MasteryOf(next, problem);

        var buffer = t_buffer ??= new StringBuilder(2048);
        buffer.Clear();
        if (!string.IsNullOrEmpty(_descriptor.Preamble))
        {
            buffer.Append(_descriptor.Preamble).Append("\n\n");
        }

        _strategy.RenderInstructions(phase, model, buffer);
        var instructions = buffer.ToString();
        buffer.Clear();
        var authored = _strategy.RenderContent(phase, visits, model, buffer) ? ContentString(phase, visits, buffer) : null;
        if (buffer.Capacity > MaxPooledBuffer)
        {
            t_buffer = null; // do not keep a huge buffer alive per thread
        }

        var plan = new DidacticTurnPlan(_descriptor.Name, descriptor.Name, descriptor.Move, signal, verdict, instructions, authored, next.Language);

        // Confirming what the learner already said is not a reveal; a reveal phase or a solved problem may state the answer.
        var mayStateAnswer = revealing || next.Solved;
        return new TurnDraft(state, next, plan, mayStateAnswer, events, now);
    }

    /// <summary>
    /// The rendered authored content as a string, reusing the string of an earlier turn when the text is the same: the
    /// content of a phase mostly depends only on the language and the problem, so it repeats across turns and sessions.
    /// Strings are immutable, so sharing one is safe; a race between threads at worst stores a different equal string.
    /// </summary>
    private string ContentString(int phase, int variant, StringBuilder buffer)
    {
        var slots = _contentCache ??= new string?[_descriptor.Phases.Length][];
        var perPhase = slots[phase] ??= new string?[Math.Max(1, _descriptor.Phases[phase].Content.Length)];
        var slot = ((variant % perPhase.Length) + perPhase.Length) % perPhase.Length;
        var cached = perPhase[slot];
        if (cached is not null && buffer.Equals(cached.AsSpan()))
        {
            return cached;
        }

        var text = buffer.ToString();
        perPhase[slot] = text;
        return text;
    }

    // Templates compare the primary subtag ("nl-BE" and "NL" both read as "nl").
    private static string PrimaryLanguage(string language)
    {
        var dash = language.IndexOfAny(['-', '_']);
        var primary = dash > 0 ? language[..dash] : language;
        return primary.Length == 2 && char.IsLower(primary[0]) && char.IsLower(primary[1]) ? primary : primary.ToLowerInvariant();
    }

    // A problem's own hints are the whole ladder: its last rung is the author's most specific one, and a generic
    // strategy rung after it would be a step back (and in the strategy's language, not the problem's).
    private ImmutableArray<string> Ladder(Problem problem) => problem.Hints.Length > 0 ? problem.Hints : _descriptor.Hints;

    private static string HintAt(ImmutableArray<string> ladder, int level) => level > 0 && level <= ladder.Length ? ladder[level - 1] : "";

    // The rungs below the current one, so content can recap the ladder; empty (no allocation) before the second rung.
    private static string EarlierHints(ImmutableArray<string> ladder, int level)
    {
        var count = Math.Min(level, ladder.Length + 1) - 1;
        return count <= 0 ? "" : string.Join(" ", ladder.Take(count));
    }
}
