using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Didactics.Hosting;

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
    public Task<TurnResponse> StartAsync(string tenant, StartSessionRequest request, CancellationToken cancellationToken = default) =>
        StartAsync(tenant, request, idempotencyKey: null, cancellationToken);

    /// <summary>
    /// Starts a session and returns the tutor's opening turn. With an <paramref name="idempotencyKey"/> the session id
    /// is derived from the tenant and the key, so a retried request returns the session the first one created
    /// (<see cref="TurnResponse.Replayed"/>) instead of creating a second.
    /// </summary>
    /// <exception cref="DidacticsValidationException">The request is invalid.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The key already started a session for another learner, strategy or problem.</exception>
    public async Task<TurnResponse> StartAsync(string tenant, StartSessionRequest request, string? idempotencyKey, CancellationToken cancellationToken = default)
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
            errors["language"] = [$"'{LearnerText.Echo(language)}' is not a language tag; use e.g. 'en' or 'nl'."];
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
        var sessionId = idempotencyKey is null ? Guid.NewGuid().ToString("N") : SessionIdFor(tenant, idempotencyKey);
        if (idempotencyKey is not null && await ReplayStartAsync(tenant, sessionId, learner!, strategy!, problem!, idempotencyKey, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            activity?.SetTag("didactics.outcome", "replayed");
            return earlier;
        }

        var plan = _policy is null ? null : await _policy.PlanStartAsync(tenant, learner!, request, cancellationToken).ConfigureAwait(false);
        var pipeline = CreatePipeline(strategy!, new TenantSessionStore(_store, tenant, learner!), Roster(tenant), RedactionContext.ForProblem(problem!), plan);
        DidacticTurn opening;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                opening = await pipeline.StartSessionAsync(problem!, sessionId, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (SessionIdTakenException) when (idempotencyKey is not null)
            {
                // The same request won the race on another thread or host: its session is this request's result.
                return await ReplayStartAsync(tenant, sessionId, learner!, strategy!, problem!, idempotencyKey, cancellationToken).ConfigureAwait(false)
                    ?? throw new IdempotencyKeyReusedException(idempotencyKey);
            }
            catch (SessionIdTakenException) when (attempt < 3)
            {
                // A random id that is taken (vanishingly rare): nothing was stored, so try another.
                sessionId = Guid.NewGuid().ToString("N");
            }
        }

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

        // Control and bidi characters never reach the store, the checker or the model; length counts what a reader sees.
        text = LearnerText.Clean(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DidacticsValidationException("text", "The learner message is empty once control characters are removed.");
        }

        var length = LearnerText.Length(text, _options.Limits.MaxCodePointsPerCharacter);
        if (length > _options.MaxMessageLength)
        {
            throw new DidacticsValidationException("text", $"The learner message has {length} characters; at most {_options.MaxMessageLength} are accepted.");
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
            ?? throw SessionNotFound(tenant, sessionId);
        if (expectedVersion is { } expected && expected != session.State.Version)
        {
            throw new SessionVersionMismatchException(sessionId, expected, session.State.Version);
        }

        var strategy = _services.GetKeyedService<IStrategy>(session.State.Strategy)
            ?? throw new InvalidOperationException($"Session '{sessionId}' runs strategy '{session.State.Strategy}', which this host does not register.");
        var roster = Roster(tenant);

        // Safeguarding reads the cleaned message before redaction (a placeholder must not hide a disclosure); what is
        // stored, shown to a teacher or sent to a model is only ever the redacted text.
        var plan = _policy is null ? null : await _policy.PlanTurnAsync(tenant, session, text, cancellationToken).ConfigureAwait(false);
        var redactionContext = RedactionContext.ForProblem(session.State.Problem);
        var redactions = ImmutableArray<PersonalDataKind>.Empty;
        if (_options.Privacy.RedactLearnerMessages)
        {
            var redacted = _options.Privacy.Redactor.RedactText(text, roster, redactionContext);
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
        if (plan?.Safeguarding is { IsDisclosure: true })
        {
            plan = plan with { DisclosedText = text };
        }

        var tenantStore = new TenantSessionStore(_store, tenant, session.Learner, idempotencyKey, hash);
        var pipeline = CreatePipeline(strategy, tenantStore, roster, redactionContext, plan);
        try
        {
            var turn = plan?.FixedReply is { } fixedReply
                ? await ApplyFixedReplyAsync(tenantStore, session.State, plan.TranscriptText ?? text, fixedReply, cancellationToken).ConfigureAwait(false)
                : await pipeline.SendAsync(sessionId, text, options: null, cancellationToken).ConfigureAwait(false);
            Record(tenant, session.State.Phase, turn, started, activity);
            // A disclosure is audited like any turn (metadata only: no text, no category words) with its own outcome.
            var outcome = plan?.Safeguarding is { IsDisclosure: true } ? "safeguarding" : "applied";
            await AuditAsync(tenant, session.Learner, turn, redactions, started, outcome, cancellationToken).ConfigureAwait(false);
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
            var records = await _audit.DeleteSessionAsync(tenant, sessionId, cancellationToken).ConfigureAwait(false);
            if (deleted || records > 0)
            {
                // The erasure itself is audited, by counts only: no session id, no pseudonym.
                await _audit.AppendErasureAsync(new ErasureRecord(_time.GetUtcNow(), tenant, "session", deleted ? 1 : 0, records), cancellationToken).ConfigureAwait(false);
            }
        }

        return deleted;
    }

    /// <summary>Creates the pipeline for one request over a tenant-scoped store.</summary>
    internal DidacticsChatClient CreatePipeline(
        IStrategy strategy, TenantSessionStore store, IReadOnlyCollection<string>? roster, RedactionContext? context = null, TurnPlan? plan = null, IChatClient? modelOverride = null)
    {
        // A school plan picks the turn's model (authored content when it names none); without one the host's model runs.
        var chosen = modelOverride ?? (plan is null || plan.Choice.Provider == ModelProvider.Host ? _model : BuildModel(plan.Model));
        var model = _options.Privacy.RedactModelRequests && chosen is not AuthoredContentChatClient
            ? new RedactingChatClient(chosen, _options.Privacy.Redactor, roster, context)
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
    private async Task<DidacticTurn> ApplyFixedReplyAsync(TenantSessionStore store, Didactics.SessionState state, string learnerText, string reply, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var next = state with
        {
            Turns = state.Turns + 1,
            UpdatedAt = now,
            Transcript = state.Transcript
                .Add(new Didactics.TranscriptEntry(Didactics.Speaker.Learner, learnerText, state.Phase, LearnerSignal.Unclassified, now))
                .Add(new Didactics.TranscriptEntry(Didactics.Speaker.Tutor, reply, state.Phase, LearnerSignal.Unclassified, now)),
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
        await AppendAuditAsync(record, cancellationToken).ConfigureAwait(false);
    }

    // The turn is already stored when it is audited: an audit database that fails is logged (and shows in the health
    // endpoint), it does not turn an applied turn into a 500 the client would retry.
    private async ValueTask AppendAuditAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await _audit!.AppendAsync(record, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or TimeoutException or InvalidOperationException)
        {
            Log.AuditFailed(_logger, ex, record.Tenant, record.SessionId, record.Turn);
        }
    }

    private async ValueTask AuditFailureAsync(
        SessionKey key, HostedSession session, ImmutableArray<PersonalDataKind> redactions, long started, string outcome, CancellationToken cancellationToken)
    {
        if (_audit is null)
        {
            return;
        }

        var s = session.State;
        await AppendAuditAsync(
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

    /// <summary>The session id a start request with <paramref name="idempotencyKey"/> gets in <paramref name="tenant"/>.</summary>
    internal static string SessionIdFor(string tenant, string idempotencyKey) =>
        "k" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tenant + "\n" + idempotencyKey)))[..31];

    private async Task<TurnResponse?> ReplayStartAsync(
        string tenant, string sessionId, string learner, IStrategy strategy, Problem problem, string idempotencyKey, CancellationToken cancellationToken)
    {
        var existing = await _store.GetAsync(new SessionKey(tenant, sessionId), cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return null;
        }

        var s = existing.State;
        if (existing.Learner != learner || s.Strategy != strategy.Descriptor.Name || s.Problem.Id != problem.Id)
        {
            throw new IdempotencyKeyReusedException(idempotencyKey);
        }

        DidacticsTelemetry.IdempotentReplays.Add(1);
        var opening = s.Transcript.Count > 0 ? s.Transcript[0] : null;
        return new TurnResponse(s.Id, 0, opening?.Text ?? "", opening?.Phase ?? s.Phase, opening?.Signal ?? LearnerSignal.Unclassified, s.Ended, s.Solved, s.Version, [], Replayed: true);
    }

    private IStrategy? ResolveStrategy(string? name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors["strategy"] = ["Name the strategy to run (see GET /strategies)."];
            return null;
        }

        var strategy = name.Length <= 128 ? _services.GetKeyedService<IStrategy>(name) : null;
        if (strategy is null)
        {
            var known = string.Join(", ", Strategies.Select(s => s.Descriptor.Name));
            errors["strategy"] = [$"There is no strategy '{LearnerText.Echo(name)}'. Registered: {(known.Length == 0 ? "(none)" : known)}."];
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

            errors["problemId"] = [$"There is no problem '{LearnerText.Echo(id)}' in the host's catalogue."];
            return null;
        }

        if (request.Problem is not { } input)
        {
            errors["problem"] = ["Give a 'problemId' from the host's catalogue or an inline 'problem' with a statement and answers."];
            return null;
        }

        var before = errors.Count;
        var limits = _options.Limits;
        var statement = input.Statement is null ? null : LearnerText.Clean(input.Statement);
        if (string.IsNullOrWhiteSpace(statement))
        {
            errors["problem.statement"] = ["The problem needs a statement."];
        }
        else if (LearnerText.Length(statement, limits.MaxCodePointsPerCharacter) is var statementLength && statementLength > limits.MaxStatementLength)
        {
            errors["problem.statement"] = [$"The statement has {statementLength} characters; at most {limits.MaxStatementLength} are accepted."];
        }

        var answers = input.Answers?.Select(a => a is null ? null : LearnerText.Clean(a)).ToArray();
        if (answers is null || answers.Length == 0 || answers.Any(string.IsNullOrWhiteSpace))
        {
            errors["problem.answers"] = ["The problem needs at least one non-empty answer."];
        }
        else if (answers.Length > limits.MaxAnswers)
        {
            errors["problem.answers"] = [$"The problem has {answers.Length} answers; at most {limits.MaxAnswers} are accepted."];
        }
        else if (answers.FirstOrDefault(a => LearnerText.Length(a!, limits.MaxCodePointsPerCharacter) > limits.MaxAnswerLength) is not null)
        {
            errors["problem.answers"] = [$"An answer is longer than {limits.MaxAnswerLength} characters, at most {limits.MaxAnswerLength} are accepted."];
        }

        var hints = input.Hints?.Select(h => h is null ? null : LearnerText.Clean(h)).Where(h => !string.IsNullOrWhiteSpace(h)).ToArray() ?? [];
        if (hints.Length > limits.MaxHints)
        {
            errors["problem.hints"] = [$"The problem has {hints.Length} hints; at most {limits.MaxHints} are accepted."];
        }
        else if (hints.Any(h => LearnerText.Length(h!, limits.MaxCodePointsPerCharacter) > limits.MaxHintLength))
        {
            errors["problem.hints"] = [$"A hint is longer than {limits.MaxHintLength} characters, at most {limits.MaxHintLength} are accepted."];
        }

        // Names only: Enum.TryParse would also take "999" or "-1", a kind no checker knows, so no answer would ever match.
        var kind = AnswerKind.Number;
        if (input.Kind is { } kindText)
        {
            var name = Enum.GetNames<AnswerKind>().FirstOrDefault(n => n.Equals(kindText.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                errors["problem.kind"] = [$"'{LearnerText.Echo(kindText)}' is not an answer kind; use one of {string.Join(", ", Enum.GetNames<AnswerKind>())}."];
            }
            else
            {
                kind = Enum.Parse<AnswerKind>(name);
            }
        }

        if (input.Id is { } pid && !Identifiers.IsId(pid))
        {
            errors["problem.id"] = ["A problem id may only contain letters, digits, '_', '.' and '-' (at most 64 characters)."];
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new Problem(input.Id ?? "inline-" + HashOf(statement!), statement!, answers!.Select(a => new ReferenceAnswer(a!, kind)).ToImmutableArray())
        {
            Hints = hints.Select(h => h!).ToImmutableArray(),
        };
    }

    internal static TurnResponse ToResponse(DidacticTurn turn, bool replayed) =>
        new(turn.State.Id, turn.State.Turns, turn.Reply, turn.Phase, turn.Signal, turn.State.Ended, turn.State.Solved, turn.State.Version,
            turn.Events.Select(e => new TurnEventResponse(e.Kind.ToString(), e.Detail)).ToArray(), replayed);

    private static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));

    /// <summary>The one wording of a missing session: the service's exception and every endpoint's 404.</summary>
    internal static KeyNotFoundException SessionNotFound(string tenant, string sessionId) =>
        new($"There is no session '{sessionId}' in tenant '{tenant}'.");
}
