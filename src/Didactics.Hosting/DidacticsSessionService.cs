using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Didactics.Authored;
using Didactics.Checking;
using Didactics.Guard;
using System.Diagnostics;
using Didactics.Hosting.Audit;
using Didactics.Hosting.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Didactics.Hosting.Privacy;
using Didactics.Hosting.Resilience;
using Didactics.Hosting.Schools;
using Didactics.Hosting.Sessions;
using Didactics.Signals;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Didactics.Hosting;

/// <summary>Thrown for a request the API rejects with 400; <see cref="Errors"/> maps fields to messages.</summary>
public sealed class DidacticsValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DidacticsValidationException(IDictionary<string, string[]> errors)
        : base("The request is invalid: " + string.Join(" ", errors.SelectMany(e => e.Value))) =>
        Errors = errors;

    /// <summary>Creates the exception for one field.</summary>
    public DidacticsValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    /// <summary>The field errors.</summary>
    public IDictionary<string, string[]> Errors { get; }
}

/// <summary>Thrown when a turn names the session version it expects (<c>If-Match</c>) and the session has moved on (the API answers 412).</summary>
public sealed class SessionVersionMismatchException(string sessionId, long expected, long actual)
    : InvalidOperationException($"Session '{sessionId}' is at version {actual}, not {expected} as If-Match expects; read it again and resend the turn.")
{
    /// <summary>The version the session is at.</summary>
    public long ActualVersion { get; } = actual;
}

/// <summary>Thrown when an <c>Idempotency-Key</c> is reused for a different learner message (the API answers 422).</summary>
public sealed class IdempotencyKeyReusedException(string key)
    : InvalidOperationException($"Idempotency-Key '{key}' was already used for a different message on this session; use a new key for a new message.");

/// <summary>
/// The session operations behind the HTTP API, usable without HTTP: start a session, run a learner turn (with
/// idempotency), read, export and erase. Every operation is scoped to a tenant.
/// </summary>
public sealed class DidacticsSessionService
{
    private readonly IServiceProvider _services;
    private readonly IHostedSessionStore _store;
    private readonly DidacticsHostingOptions _options;
    private readonly IChatClient _model;
    private readonly string _modelId;
    private readonly IAuditLog? _audit;
    private readonly AuditOptions _auditOptions;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IDidacticsTurnPolicy? _policy;

    /// <summary>Creates the service. Normally resolved from the services registered by <c>AddDidacticsHosting</c>.</summary>
    public DidacticsSessionService(IServiceProvider services, IHostedSessionStore store, IOptions<DidacticsHostingOptions> options)
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
        _audit = services.GetService<IAuditLog>();
        _auditOptions = services.GetService<IOptions<AuditOptions>>()?.Value ?? new AuditOptions();
        _time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        _logger = services.GetService<ILogger<DidacticsSessionService>>() ?? (ILogger)NullLogger.Instance;
        _model = BuildModel(services.GetKeyedService<IChatClient>(DidacticsHostingServiceCollectionExtensions.ModelServiceKey)
            ?? services.GetService<IChatClient>());
        _modelId = _model.GetService<ChatClientMetadata>()?.DefaultModelId ?? _model.GetType().Name;
        _policy = services.GetService<IDidacticsTurnPolicy>();
    }

    /// <summary>The host's session store.</summary>
    public IHostedSessionStore Store => _store;

    /// <summary>The model-side chat client every pipeline calls (the model, or authored content).</summary>
    public IChatClient Model => _model;

    /// <summary>The registered strategies, by name.</summary>
    public IReadOnlyList<IStrategy> Strategies =>
        _services.GetKeyedServices<IStrategy>(KeyedService.AnyKey).DistinctBy(s => s.Descriptor.Name).OrderBy(s => s.Descriptor.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Starts a session and returns the tutor's opening turn.</summary>
    /// <exception cref="DidacticsValidationException">The request is invalid.</exception>
    public async Task<TurnResponse> StartAsync(string tenant, StartSessionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        var strategy = ResolveStrategy(request.Strategy, errors);
        var problem = ResolveProblem(request, errors);
        var learner = request.Learner;
        if (string.IsNullOrWhiteSpace(learner))
        {
            errors["learner"] = ["Give the learner's pseudonym (letters, digits, '_', '.', '-'; at most 64 characters)."];
        }
        else if (!Identifiers.IsPseudonym(learner))
        {
            errors["learner"] = ["The learner pseudonym may only contain letters, digits, '_', '.' and '-' (at most 64 characters); use a pseudonym, never a real name."];
        }

        if (request.Language is { } language && !Identifiers.IsLanguageTag(language))
        {
            errors["language"] = [$"'{language}' is not a language tag; use e.g. 'en' or 'nl'."];
        }

        if (errors.Count > 0)
        {
            throw new DidacticsValidationException(errors);
        }

        if (request.Language is { } lang)
        {
            problem = problem! with { Language = lang };
        }

        var started = _time.GetTimestamp();
        using var activity = DidacticsTelemetry.ActivitySource.StartActivity("didactics.session.start");
        activity?.SetTag("didactics.tenant", tenant);
        activity?.SetTag("didactics.strategy", strategy!.Descriptor.Name);
        var plan = _policy is null ? null : await _policy.PlanStartAsync(tenant, learner!, request, cancellationToken).ConfigureAwait(false);
        var pipeline = CreatePipeline(strategy!, new TenantSessionStore(_store, tenant, learner!), Roster(tenant), plan);
        var opening = await pipeline.StartSessionAsync(problem!, Guid.NewGuid().ToString("N"), cancellationToken).ConfigureAwait(false);
        activity?.SetTag("didactics.session_id", opening.State.Id);
        Log.SessionStarted(_logger, tenant, opening.State.Id, opening.State.Strategy, opening.Phase);
        Record(tenant, fromPhase: null, opening, started, activity);
        await AuditAsync(tenant, learner!, opening, [], started, "applied", cancellationToken).ConfigureAwait(false);
        if (plan is not null)
        {
            await _policy!.CompletedAsync(tenant, learner!, plan, opening, cancellationToken).ConfigureAwait(false);
            return ToResponse(opening, replayed: false) with { Model = ModelLabel(plan, opening) };
        }

        return ToResponse(opening, replayed: false);
    }

    /// <summary>Runs one learner turn. With an <paramref name="idempotencyKey"/>, a retry returns the stored result and never applies twice.</summary>
    /// <exception cref="KeyNotFoundException">The tenant has no such session.</exception>
    /// <exception cref="SessionConflictException">A concurrent turn changed the session; this one was not applied.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The key was used before for a different message.</exception>
    /// <exception cref="SessionVersionMismatchException">The session is not at <paramref name="expectedVersion"/>.</exception>
    public async Task<TurnResponse> SendAsync(
        string tenant, string sessionId, string text, string? idempotencyKey = null, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DidacticsValidationException("text", "The learner message is empty.");
        }

        if (text.Length > _options.MaxMessageLength)
        {
            throw new DidacticsValidationException("text", $"The learner message has {text.Length} characters; at most {_options.MaxMessageLength} are accepted.");
        }

        var started = _time.GetTimestamp();
        var key = new SessionKey(tenant, sessionId);
        using var activity = DidacticsTelemetry.ActivitySource.StartActivity("didactics.turn");
        activity?.SetTag("didactics.tenant", tenant);
        activity?.SetTag("didactics.session_id", sessionId);

        // The hash of the raw text identifies a retry; only the redacted text is ever stored or sent on.
        var hash = idempotencyKey is null ? "" : HashOf(text);
        if (idempotencyKey is not null && await ReplayAsync(key, idempotencyKey, hash, cancellationToken).ConfigureAwait(false) is { } replay)
        {
            activity?.SetTag("didactics.outcome", "replayed");
            return replay;
        }

        var session = await _store.GetAsync(key, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"There is no session '{sessionId}' in tenant '{tenant}'.");
        if (expectedVersion is { } expected && expected != session.State.Version)
        {
            throw new SessionVersionMismatchException(sessionId, expected, session.State.Version);
        }

        var strategy = _services.GetKeyedService<IStrategy>(session.State.Strategy)
            ?? throw new InvalidOperationException($"Session '{sessionId}' runs strategy '{session.State.Strategy}', which this host does not register.");
        var roster = Roster(tenant);
        var redactions = ImmutableArray<PersonalDataKind>.Empty;
        if (_options.Privacy.RedactLearnerMessages)
        {
            var redacted = _options.Privacy.Redactor.RedactText(text, roster);
            text = redacted.Text;
            redactions = redacted.Findings;
            if (redacted.Redacted)
            {
                foreach (var kind in redactions)
                {
                    DidacticsTelemetry.Redactions.Add(1, new KeyValuePair<string, object?>("didactics.redaction.kind", kind.ToString()));
                }

                Log.Redacted(_logger, sessionId, redactions.Length, Log.KindsOf(redactions));
            }
        }

        activity?.SetTag("didactics.strategy", session.State.Strategy);

        var plan = _policy is null ? null : await _policy.PlanTurnAsync(tenant, session, text, cancellationToken).ConfigureAwait(false);
        var tenantStore = new TenantSessionStore(_store, tenant, session.Learner, idempotencyKey, hash);
        var pipeline = CreatePipeline(strategy, tenantStore, roster, plan);
        try
        {
            var turn = plan?.FixedReply is { } fixedReply
                ? await ApplyFixedReplyAsync(tenantStore, session.State, plan.TranscriptText ?? text, fixedReply, cancellationToken).ConfigureAwait(false)
                : await pipeline.SendAsync(sessionId, text, options: null, cancellationToken).ConfigureAwait(false);
            Record(tenant, session.State.Phase, turn, started, activity);
            await AuditAsync(tenant, session.Learner, turn, redactions, started, "applied", cancellationToken).ConfigureAwait(false);
            if (plan is not null)
            {
                await _policy!.CompletedAsync(tenant, session.Learner, plan, turn, cancellationToken).ConfigureAwait(false);
                return ToResponse(turn, replayed: false) with { Model = ModelLabel(plan, turn) };
            }

            return ToResponse(turn, replayed: false);
        }
        catch (SessionConflictException)
        {
            // The same request may have won the race on another host: then its stored result is this request's result.
            if (idempotencyKey is not null && await ReplayAsync(key, idempotencyKey, hash, cancellationToken).ConfigureAwait(false) is { } replay2)
            {
                activity?.SetTag("didactics.outcome", "replayed");
                return replay2;
            }

            DidacticsTelemetry.Conflicts.Add(1, new KeyValuePair<string, object?>("didactics.strategy", session.State.Strategy));
            DidacticsTelemetry.TurnDuration.Record(
                _time.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("didactics.strategy", session.State.Strategy),
                new KeyValuePair<string, object?>("didactics.outcome", "conflict"));
            activity?.SetTag("didactics.outcome", "conflict");
            Log.TurnConflict(_logger, tenant, sessionId);
            await AuditFailureAsync(key, session, redactions, started, "conflict", cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Reads a session, or null when the tenant has none with that id.</summary>
    public ValueTask<HostedSession?> GetAsync(string tenant, string sessionId, CancellationToken cancellationToken = default) =>
        _store.GetAsync(new SessionKey(tenant, sessionId), cancellationToken);

    /// <summary>Erases a session (and, with <see cref="AuditOptions.EraseWithSession"/>, its audit records). Returns false when the tenant has none with that id.</summary>
    public async ValueTask<bool> DeleteAsync(string tenant, string sessionId, CancellationToken cancellationToken = default)
    {
        var deleted = await _store.DeleteAsync(new SessionKey(tenant, sessionId), cancellationToken).ConfigureAwait(false);
        if (deleted)
        {
            Log.SessionErased(_logger, tenant, sessionId);
        }

        if (_policy is not null)
        {
            await _policy.ErasedAsync(new SessionKey(tenant, sessionId), cancellationToken).ConfigureAwait(false);
        }

        if (_audit is not null && _auditOptions.EraseWithSession)
        {
            await _audit.DeleteSessionAsync(tenant, sessionId, cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }

    /// <summary>Creates the pipeline for one request over a tenant-scoped store.</summary>
    internal DidacticsChatClient CreatePipeline(IStrategy strategy, TenantSessionStore store, IReadOnlyCollection<string>? roster, TurnPlan? plan = null)
    {
        // A school plan picks the turn's model (authored content when it names none); without one the host's model runs.
        var chosen = plan is null || plan.Choice.Provider == ModelProvider.Host ? _model : BuildModel(plan.Model);
        var model = _options.Privacy.RedactModelRequests && chosen is not AuthoredContentChatClient
            ? new RedactingChatClient(chosen, _options.Privacy.Redactor, roster)
            : chosen;
        var pipeline = new DidacticsChatClient(model, strategy, store);
        if (_services.GetService<IAnswerChecker>() is { } checker)
        {
            pipeline.AnswerChecker = checker;
        }

        if (_services.GetService<ILearnerSignalClassifier>() is { } classifier)
        {
            pipeline.SignalClassifier = classifier;
        }

        if (_services.GetService<IAnswerLeakGuard>() is { } guard)
        {
            pipeline.LeakGuard = guard;
        }

        if (_services.GetService<TimeProvider>() is { } time)
        {
            pipeline.TimeProvider = time;
        }

        return pipeline;
    }

    /// <summary>The chain between the pipeline and the model: retries around the model (none in authored-content mode).</summary>
    private IChatClient BuildModel(IChatClient? model)
    {
        if (model is null || model is AuthoredContentChatClient)
        {
            return AuthoredContentChatClient.Instance;
        }

        return _options.Resilience is { } resilience ? new ResilientChatClient(model, resilience) : model;
    }

    /// <summary>
    /// Applies a turn whose reply is fixed (a safeguarding reply, a session the teacher ended): the learner message reaches
    /// no model and no classifier, the transcript keeps <paramref name="learnerText"/>, and the phase stays. Same
    /// compare-and-set (and idempotency record) as a pipeline turn.
    /// </summary>
    private async Task<DidacticTurn> ApplyFixedReplyAsync(TenantSessionStore store, Didactics.Sessions.SessionState state, string learnerText, string reply, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var next = state with
        {
            Turns = state.Turns + 1,
            UpdatedAt = now,
            Transcript = state.Transcript
                .Add(new Didactics.Sessions.TranscriptEntry(Didactics.Sessions.Speaker.Learner, learnerText, state.Phase, LearnerSignal.Unclassified, now))
                .Add(new Didactics.Sessions.TranscriptEntry(Didactics.Sessions.Speaker.Tutor, reply, state.Phase, LearnerSignal.Unclassified, now)),
        };
        var saved = await store.TryUpdateAsync(next, cancellationToken).ConfigureAwait(false) ?? throw new SessionConflictException(state.Id);
        var plan = new DidacticTurnPlan(state.Strategy, state.Phase, PhaseMove.Redirect, LearnerSignal.Unclassified, AnswerVerdict.NoAttempt, "", reply, state.Language);
        return new DidacticTurn(reply, plan, [], saved);
    }

    private string ModelLabel(TurnPlan plan, DidacticTurn turn) =>
        plan.Choice.Provider == ModelProvider.Host
            ? (_model is AuthoredContentChatClient || turn.Events.Any(e => e.Kind == TurnEventKind.FellBackToAuthored) ? ModelChoice.AuthoredContent : _modelId)
            : turn.Events.Any(e => e.Kind == TurnEventKind.FellBackToAuthored) ? ModelChoice.AuthoredContent : plan.Choice.Label;

    /// <summary>Metrics, log and activity tags of an applied turn.</summary>
    private void Record(string tenant, string? fromPhase, DidacticTurn turn, long started, Activity? activity)
    {
        var strategy = turn.State.Strategy;
        var elapsed = _time.GetElapsedTime(started);
        var strategyTag = new KeyValuePair<string, object?>("didactics.strategy", strategy);
        DidacticsTelemetry.Turns.Add(1, new TagList
        {
            { "didactics.tenant", tenant },
            { "didactics.strategy", strategy },
            { "didactics.phase", turn.Phase },
            { "didactics.signal", turn.Signal.ToString() },
            { "didactics.outcome", "applied" },
        });
        DidacticsTelemetry.TurnDuration.Record(elapsed.TotalSeconds, strategyTag, new KeyValuePair<string, object?>("didactics.outcome", "applied"));
        if (fromPhase is not null && !string.Equals(fromPhase, turn.Phase, StringComparison.Ordinal))
        {
            DidacticsTelemetry.PhaseTransitions.Add(1, strategyTag, new("didactics.phase.from", fromPhase), new("didactics.phase.to", turn.Phase));
        }

        foreach (var e in turn.Events)
        {
            if (e.Kind == TurnEventKind.LeakBlocked)
            {
                DidacticsTelemetry.LeaksBlocked.Add(1, strategyTag);
                Log.LeakBlocked(_logger, turn.State.Id, strategy, turn.Phase);
            }
            else if (e.Kind == TurnEventKind.FellBackToAuthored)
            {
                DidacticsTelemetry.Fallbacks.Add(1, strategyTag);
                Log.FellBack(_logger, turn.State.Id, turn.Phase);
            }
        }

        Log.TurnApplied(_logger, tenant, turn.State.Id, turn.State.Turns, turn.Signal, turn.Phase, elapsed.TotalMilliseconds);
        if (activity is not null)
        {
            activity.SetTag("didactics.phase", turn.Phase);
            activity.SetTag("didactics.signal", turn.Signal.ToString());
            activity.SetTag("didactics.turn", turn.State.Turns);
            activity.SetTag("didactics.outcome", "applied");
            foreach (var e in turn.Events)
            {
                activity.AddEvent(new ActivityEvent("didactics." + e.Kind));
            }
        }
    }

    private IReadOnlyCollection<string>? Roster(string tenant) => _options.Privacy.Roster?.Invoke(tenant);

    private async ValueTask AuditAsync(
        string tenant, string learner, DidacticTurn turn, ImmutableArray<PersonalDataKind> redactions, long started, string outcome, CancellationToken cancellationToken)
    {
        if (_audit is null)
        {
            return;
        }

        var record = new AuditRecord(
            _time.GetUtcNow(), tenant, turn.State.Id, learner, turn.State.Strategy, turn.State.Turns, turn.Phase, turn.Signal, turn.Plan.Verdict.Word,
            turn.Events.Select(e => e.Kind).ToImmutableArray(), redactions, _modelId, _time.GetElapsedTime(started), outcome);
        await _audit.AppendAsync(record, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask AuditFailureAsync(
        SessionKey key, HostedSession session, ImmutableArray<PersonalDataKind> redactions, long started, string outcome, CancellationToken cancellationToken)
    {
        if (_audit is null)
        {
            return;
        }

        var s = session.State;
        await _audit.AppendAsync(
            new AuditRecord(_time.GetUtcNow(), key.Tenant, key.SessionId, session.Learner, s.Strategy, s.Turns + 1, s.Phase, LearnerSignal.Unclassified, "none",
                [], redactions, _modelId, _time.GetElapsedTime(started), outcome),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnResponse?> ReplayAsync(SessionKey key, string idempotencyKey, string hash, CancellationToken cancellationToken)
    {
        var record = await _store.FindTurnAsync(key, idempotencyKey, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return null;
        }

        if (!string.Equals(record.RequestHash, hash, StringComparison.Ordinal))
        {
            throw new IdempotencyKeyReusedException(idempotencyKey);
        }

        DidacticsTelemetry.IdempotentReplays.Add(1);
        Log.TurnReplayed(_logger, key.Tenant, key.SessionId, record.Turn);
        return new TurnResponse(key.SessionId, record.Turn, record.Reply, record.Phase, record.Signal, record.Ended, record.Solved, record.Version, [], Replayed: true);
    }

    private IStrategy? ResolveStrategy(string? name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors["strategy"] = ["Name the strategy to run (see GET /strategies)."];
            return null;
        }

        var strategy = _services.GetKeyedService<IStrategy>(name);
        if (strategy is null)
        {
            var known = string.Join(", ", Strategies.Select(s => s.Descriptor.Name));
            errors["strategy"] = [$"There is no strategy '{name}'. Registered: {(known.Length == 0 ? "(none)" : known)}."];
        }

        return strategy;
    }

    private Problem? ResolveProblem(StartSessionRequest request, Dictionary<string, string[]> errors)
    {
        if (request.ProblemId is not null && request.Problem is not null)
        {
            errors["problem"] = ["Give either 'problemId' or an inline 'problem', not both."];
            return null;
        }

        if (request.ProblemId is { } id)
        {
            if (_options.Problems.TryGetValue(id, out var known))
            {
                return known;
            }

            errors["problemId"] = [$"There is no problem '{id}' in the host's catalogue."];
            return null;
        }

        if (request.Problem is not { } input)
        {
            errors["problem"] = ["Give a 'problemId' from the host's catalogue or an inline 'problem' with a statement and answers."];
            return null;
        }

        var before = errors.Count;
        if (string.IsNullOrWhiteSpace(input.Statement))
        {
            errors["problem.statement"] = ["The problem needs a statement."];
        }

        if (input.Answers is null || input.Answers.Count == 0 || input.Answers.Any(string.IsNullOrWhiteSpace))
        {
            errors["problem.answers"] = ["The problem needs at least one non-empty answer."];
        }

        var kind = AnswerKind.Number;
        if (input.Kind is { } kindText && !Enum.TryParse(kindText, ignoreCase: true, out kind))
        {
            errors["problem.kind"] = [$"'{kindText}' is not an answer kind; use one of {string.Join(", ", Enum.GetNames<AnswerKind>())}."];
        }

        if (input.Id is { } pid && !Identifiers.IsId(pid))
        {
            errors["problem.id"] = ["A problem id may only contain letters, digits, '_', '.' and '-' (at most 64 characters)."];
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new Problem(input.Id ?? "inline-" + HashOf(input.Statement!), input.Statement!, input.Answers!.Select(a => new ReferenceAnswer(a, kind)).ToImmutableArray())
        {
            Hints = input.Hints?.Where(h => !string.IsNullOrWhiteSpace(h)).ToImmutableArray() ?? ImmutableArray<string>.Empty,
        };
    }

    internal static TurnResponse ToResponse(DidacticTurn turn, bool replayed) =>
        new(turn.State.Id, turn.State.Turns, turn.Reply, turn.Phase, turn.Signal, turn.State.Ended, turn.State.Solved, turn.State.Version,
            turn.Events.Select(e => new TurnEventResponse(e.Kind.ToString(), e.Detail)).ToArray(), replayed);

    private static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
}
