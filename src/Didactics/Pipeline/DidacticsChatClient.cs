using Microsoft.Extensions.AI;

namespace Didactics;

/// <summary>
/// The didactic pipeline as chat middleware. For every learner message it classifies the turn, checks the answer
/// outside the model, moves the strategy's state machine, renders the phase's instructions (telling the model the
/// verdict, never the answer unless the policy allows), calls the inner client, guards the reply against answer
/// leaks, and stores the updated session.
/// </summary>
/// <remarks>
/// The session is identified by <see cref="ChatOptions.ConversationId"/>; create one with
/// <see cref="StartSessionAsync"/> (or use <see cref="Tutor"/>). Only the last user message of a request is read:
/// the session transcript, not the caller's message list, is the conversation history sent to the model.
/// </remarks>
public sealed partial class DidacticsChatClient : DelegatingChatClient
{
    /// <summary>The <see cref="ChatOptions.AdditionalProperties"/> key under which the inner client receives the <see cref="DidacticTurnPlan"/>,
    /// and under which a <see cref="ChatResponse"/> carries the <see cref="DidacticTurn"/>.</summary>
    public const string TurnPlanKey = "didactics.turn";

    private readonly StrategyDescriptor _descriptor;
    private readonly TurnPlanner _planner;

    /// <summary>Creates the pipeline over <paramref name="innerClient"/>.</summary>
    /// <param name="innerClient">The model, or an <see cref="AuthoredContentChatClient"/> for authored-content mode.</param>
    /// <param name="strategy">The compiled strategy.</param>
    /// <param name="sessionStore">Where sessions are kept; in memory when null.</param>
    public DidacticsChatClient(IChatClient innerClient, IStrategy strategy, ISessionStore? sessionStore = null)
        : base(innerClient)
    {
        Strategy = strategy ?? throw new ArgumentNullException(nameof(strategy));
        _descriptor = strategy.Descriptor;
        _planner = new TurnPlanner(strategy);
        Sessions = sessionStore ?? new InMemorySessionStore();
    }

    /// <summary>The compiled strategy.</summary>
    public IStrategy Strategy { get; }

    /// <summary>Where sessions are kept.</summary>
    public ISessionStore Sessions { get; }

    /// <summary>Decides correctness of learner answers. Defaults to <see cref="DefaultAnswerChecker"/>.</summary>
    public IAnswerChecker AnswerChecker { get; set; } = DefaultAnswerChecker.Instance;

    /// <summary>Classifies learner turns. Defaults to <see cref="KeywordSignalClassifier"/>.</summary>
    public ILearnerSignalClassifier SignalClassifier { get; set; } = KeywordSignalClassifier.Instance;

    /// <summary>Scans model replies for the answer. Defaults to <see cref="AnswerLeakGuard"/>.</summary>
    public IAnswerLeakGuard LeakGuard { get; set; } = AnswerLeakGuard.Instance;

    /// <summary>How many times a leaking reply is regenerated (each time with an instruction that names what was blocked) before falling back to authored content (default 2).</summary>
    public int MaxRegenerations { get; set; } = 2;

    /// <summary>The learner model: attempts, per-skill mastery, time on task and the delegation meter, updated on every learner turn.</summary>
    public LearnerStateUpdater LearnerModel
    {
        get => _planner.LearnerModel;
        set => _planner.LearnerModel = value;
    }

    /// <summary>
    /// When set, transitions into hint, example and reveal phases are refused until the learner has made the required
    /// genuine attempts (see <see cref="Didactics.EffortGate"/>). Null (the default) applies the strategy's own
    /// <see cref="StrategyDescriptor.EffortGate"/> (from <see cref="EffortGateAttribute"/>), if any.
    /// </summary>
    public EffortGate? EffortGate
    {
        get => _planner.EffortGate;
        set => _planner.EffortGate = value;
    }

    /// <summary>The clock used for transcript timestamps and time on task.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Creates a session in the start phase and produces the tutor's opening reply.</summary>
    /// <param name="problem">The problem the learner will work on.</param>
    /// <param name="sessionId">The id to use; a new GUID when null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<DidacticTurn> StartSessionAsync(Problem problem, string? sessionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var now = TimeProvider.GetUtcNow();
        var state = new SessionState
        {
            Id = sessionId ?? Guid.NewGuid().ToString("N"),
            Strategy = _descriptor.Name,
            Problem = problem,
            Phase = _descriptor.Phases[_descriptor.StartPhase].Name,
            Language = problem.Language,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await Sessions.CreateAsync(state, cancellationToken).ConfigureAwait(false);
        return await RunTurnAsync(state, learnerMessage: null, options: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one learner turn on session <paramref name="sessionId"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is no session with that id.</exception>
    /// <exception cref="SessionConflictException">Another turn changed the session concurrently; this one was not applied.</exception>
    public async Task<DidacticTurn> SendAsync(string sessionId, string learnerMessage, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        ArgumentNullException.ThrowIfNull(learnerMessage);
        return await SendCoreAsync(sessionId, learnerMessage, options, cancellationToken).ConfigureAwait(false);
    }

    // A ValueTask, so GetResponseAsync allocates only its own Task when the store and the model complete synchronously.
    private async ValueTask<DidacticTurn> SendCoreAsync(string sessionId, string learnerMessage, ChatOptions? options, CancellationToken cancellationToken)
    {
        var state = await Sessions.GetAsync(sessionId, cancellationToken).ConfigureAwait(false)
            ?? throw NoSession(sessionId);
        return await RunTurnAsync(state, learnerMessage, options, cancellationToken).ConfigureAwait(false);
    }

    private static KeyNotFoundException NoSession(string sessionId) =>
        new($"There is no session '{sessionId}'. Start one with StartSessionAsync first.");

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (sessionId, learnerMessage) = ReadRequest(messages, options);
        var turn = await SendCoreAsync(sessionId, learnerMessage, options, cancellationToken).ConfigureAwait(false);
        return ToResponse(turn);
    }


    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null)
        {
            if (serviceType == typeof(IStrategy))
            {
                return Strategy;
            }

            if (serviceType == typeof(ISessionStore))
            {
                return Sessions;
            }
        }

        return base.GetService(serviceType, serviceKey);
    }

    private static (string SessionId, string LearnerMessage) ReadRequest(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var sessionId = options?.ConversationId;
        if (string.IsNullOrEmpty(sessionId))
        {
            throw new InvalidOperationException(
                "The Didactics pipeline needs a session: set ChatOptions.ConversationId to the id returned by DidacticsChatClient.StartSessionAsync (or use Tutor.StartAsync).");
        }

        ChatMessage? last = null;
        foreach (var message in messages)
        {
            if (message.Role == ChatRole.User)
            {
                last = message;
            }
        }

        if (last is null)
        {
            throw new ArgumentException("The request contains no user message; the pipeline reads the learner's turn from the last user message.", nameof(messages));
        }

        return (sessionId!, last.Text);
    }

    private static ChatResponse ToResponse(DidacticTurn turn)
    {
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, turn.Reply))
        {
            ConversationId = turn.State.Id,
            FinishReason = ChatFinishReason.Stop,
            AdditionalProperties = new AdditionalPropertiesDictionary { [TurnPlanKey] = turn },
        };
        return response;
    }

    private async ValueTask<DidacticTurn> RunTurnAsync(SessionState state, string? learnerMessage, ChatOptions? options, CancellationToken cancellationToken)
    {
        var draft = await PlanTurnAsync(state, learnerMessage, cancellationToken).ConfigureAwait(false);
        var reply = await ProduceReplyAsync(draft, options, firstAttempt: 0, alreadySent: null, cancellationToken).ConfigureAwait(false);
        return await CompleteTurnAsync(draft, reply, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks the answer and classifies the learner's message (a classifier may call a model, so this stays here), then
    /// lets the <see cref="TurnPlanner"/> move the state machine and render: the part of a turn shared by both paths.
    /// </summary>
    private async ValueTask<TurnDraft> PlanTurnAsync(SessionState state, string? learnerMessage, CancellationToken cancellationToken)
    {
        var phase = _planner.PhaseOf(state);
        var now = TimeProvider.GetUtcNow();
        if (learnerMessage is null)
        {
            return _planner.Plan(state, phase, learnerMessage: null, AnswerVerdict.NoAttempt, LearnerSignal.Unclassified, now);
        }

        var verdict = AnswerChecker.Check(state.Problem, learnerMessage);
        var signal = SignalClassifier is IAsyncLearnerSignalClassifier asyncClassifier
            ? await asyncClassifier.ClassifyAsync(state.Problem, learnerMessage, verdict, cancellationToken).ConfigureAwait(false)
            : SignalClassifier.Classify(state.Problem, learnerMessage, verdict);
        return _planner.Plan(state, phase, learnerMessage, verdict, signal, now);
    }

    /// <summary>Adds the reply to the transcript and stores the session: the part of a turn shared by both paths.</summary>
    private async ValueTask<DidacticTurn> CompleteTurnAsync(TurnDraft draft, string reply, CancellationToken cancellationToken)
    {
        var next = draft.Next with
        {
            Transcript = draft.Next.Transcript.Add(new TranscriptEntry(Speaker.Tutor, reply, draft.Plan.Phase, LearnerSignal.Unclassified, draft.Now)),
            UpdatedAt = draft.Now,
        };

        var stored = await Sessions.TryUpdateAsync(next, cancellationToken).ConfigureAwait(false)
            ?? throw new SessionConflictException(draft.Original.Id);
        return new DidacticTurn(reply, draft.Plan, draft.Events, stored);
    }
}
