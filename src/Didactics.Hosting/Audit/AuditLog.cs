using System.Collections.Immutable;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Didactics.Hosting;

/// <summary>
/// What the audit log keeps about one turn: metadata only, never the learner's or the tutor's text. The learner is
/// identified by pseudonym; personal data found in the message is recorded only as kinds (e.g. <c>Phone</c>).
/// </summary>
/// <param name="At">When the turn finished.</param>
/// <param name="Tenant">The tenant.</param>
/// <param name="SessionId">The session id.</param>
/// <param name="Learner">The learner pseudonym.</param>
/// <param name="Strategy">The strategy name.</param>
/// <param name="Turn">The learner turn number (0 for the opening).</param>
/// <param name="Phase">The phase after the turn.</param>
/// <param name="Signal">The classified learner signal.</param>
/// <param name="Verdict">The answer checker's verdict word (<c>correct</c>, <c>incorrect</c>, <c>none</c>).</param>
/// <param name="Events">The kinds of the turn's events (leaks blocked, fallbacks, model failures…).</param>
/// <param name="Redactions">The kinds of personal data removed from the learner message.</param>
/// <param name="ModelId">The model the host calls (or <c>authored-content</c>).</param>
/// <param name="Duration">How long the turn took.</param>
/// <param name="Outcome">The outcome: <c>applied</c>, <c>safeguarding</c> for an applied turn whose message was a safeguarding disclosure (answered with a fixed reply, sent to no model), or <c>conflict</c> for a turn that lost a race and was not applied.</param>
public sealed record AuditRecord(
    DateTimeOffset At,
    string Tenant,
    string SessionId,
    string Learner,
    string Strategy,
    int Turn,
    string Phase,
    LearnerSignal Signal,
    string Verdict,
    ImmutableArray<TurnEventKind> Events,
    ImmutableArray<PersonalDataKind> Redactions,
    string ModelId,
    TimeSpan Duration,
    string Outcome);

/// <summary>An append-only record of turn metadata with a retention period.</summary>
public interface IAuditLog
{
    /// <summary>Appends a record.</summary>
    ValueTask AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>The records of a tenant (optionally one session), oldest first.</summary>
    ValueTask<IReadOnlyList<AuditRecord>> QueryAsync(string tenant, string? sessionId = null, CancellationToken cancellationToken = default);

    /// <summary>Removes every record older than <paramref name="cutoff"/>; returns how many were removed.</summary>
    ValueTask<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>Removes the records of one session (erasure); returns how many were removed.</summary>
    ValueTask<int> DeleteSessionAsync(string tenant, string sessionId, CancellationToken cancellationToken = default);

    /// <summary>The records matching <paramref name="query"/> (tenant, and optionally learner, session and time range), oldest first.</summary>
    ValueTask<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>Removes every record of one learner in a tenant (erasure); returns how many were removed.</summary>
    ValueTask<int> DeleteLearnerAsync(string tenant, string learner, CancellationToken cancellationToken = default);

    /// <summary>Appends the record of an erasure. It holds counts only, never the learner or the session ids erased.</summary>
    ValueTask AppendErasureAsync(ErasureRecord record, CancellationToken cancellationToken = default);

    /// <summary>The erasure records of a tenant, oldest first.</summary>
    ValueTask<IReadOnlyList<ErasureRecord>> QueryErasuresAsync(string tenant, CancellationToken cancellationToken = default);
}

/// <summary>Options of the audit log.</summary>
public sealed class AuditOptions
{
    /// <summary>How long records are kept (default 365 days).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Erase a session's audit records when the session is erased (default true: the pseudonym is personal data).</summary>
    public bool EraseWithSession { get; set; } = true;

    /// <summary>How often the retention purge runs (default every hour).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The SQLite database file of the default audit log (default <c>didactics-audit.db</c> in the application's base
    /// directory). Ignored when another <see cref="IAuditLog"/> is registered (PostgreSQL, in memory).
    /// </summary>
    public string? SqlitePath { get; set; }
}

/// <summary>An <see cref="IAuditLog"/> in process memory, for tests and throw-away hosts (<c>AddDidacticsInMemoryAudit</c>); lost on restart.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly List<AuditRecord> _records = [];
    private readonly List<ErasureRecord> _erasures = [];
    private readonly Lock _gate = new();

    /// <summary>How many records are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _records.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            _records.Add(record);
        }

        return default;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<AuditRecord>> QueryAsync(string tenant, string? sessionId = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return new(_records.Where(r => r.Tenant == tenant && (sessionId is null || r.SessionId == sessionId)).OrderBy(r => r.At).ToArray());
        }
    }

    /// <inheritdoc />
    public ValueTask<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _erasures.RemoveAll(e => e.At < cutoff);
            return new(_records.RemoveAll(r => r.At < cutoff));
        }
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteSessionAsync(string tenant, string sessionId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return new(_records.RemoveAll(r => r.Tenant == tenant && r.SessionId == sessionId));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            return new(_records.Where(query.Matches).OrderBy(r => r.At).Take(query.Limit).ToArray());
        }
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteLearnerAsync(string tenant, string learner, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return new(_records.RemoveAll(r => r.Tenant == tenant && r.Learner == learner));
        }
    }

    /// <inheritdoc />
    public ValueTask AppendErasureAsync(ErasureRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            _erasures.Add(record);
        }

        return default;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ErasureRecord>> QueryErasuresAsync(string tenant, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return new(_erasures.Where(e => e.Tenant == tenant).OrderBy(e => e.At).ToArray());
        }
    }
}

/// <summary>
/// Purges audit records older than <see cref="AuditOptions.Retention"/> every <see cref="AuditOptions.PurgeInterval"/>.
/// A purge that fails (the audit database is down) is logged and tried again at the next interval; it never stops the host.
/// </summary>
public sealed class AuditRetentionService(IAuditLog log, IOptions<AuditOptions> options, TimeProvider time, ILogger<AuditRetentionService>? logger = null) : BackgroundService
{
    /// <summary>Runs one purge now; returns how many records were removed.</summary>
    public ValueTask<int> PurgeOnceAsync(CancellationToken cancellationToken = default) =>
        log.PurgeAsync(time.GetUtcNow() - options.Value.Retention, cancellationToken);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, time);
        do
        {
            try
            {
                await PurgeOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger?.LogError(ex, "The audit retention purge failed; it runs again in {Interval}.", options.Value.PurgeInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
