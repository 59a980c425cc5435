using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Didactics.Hosting;

/// <summary>Everything the host keeps about one learner (<c>GET /didactics/learners/{learner}/export</c>).</summary>
/// <param name="Format">The export format id, <c>didactics-learner/1</c>.</param>
/// <param name="ExportedAt">When the export was made.</param>
/// <param name="Tenant">The tenant.</param>
/// <param name="Learner">The learner pseudonym.</param>
/// <param name="Sessions">Every session of the learner, complete (transcripts as stored, i.e. redacted).</param>
/// <param name="Audit">Every audit record about the learner.</param>
public sealed record LearnerExport(string Format, DateTimeOffset ExportedAt, string Tenant, string Learner, IReadOnlyList<SessionState> Sessions, IReadOnlyList<AuditRecord> Audit);

/// <summary>What an erasure of one learner removed (<c>DELETE /didactics/learners/{learner}</c>).</summary>
/// <param name="SessionsErased">Sessions removed from the store (with their idempotency records).</param>
/// <param name="AuditRecordsErased">Audit records removed.</param>
public sealed record LearnerErasure(int SessionsErased, int AuditRecordsErased);

/// <summary>
/// Learners' data rights across sessions, store and audit trail: access and portability (export everything about
/// one learner) and erasure (remove it all, and record that an erasure happened, without the learner's pseudonym).
/// </summary>
public sealed class DidacticsDataRights
{
    private readonly IHostedSessionStore _store;
    private readonly IAuditLog? _audit;
    private readonly ISchoolDirectory? _directory;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the service (registered by <c>AddDidacticsHosting</c>).</summary>
    public DidacticsDataRights(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _store = services.GetRequiredService<IHostedSessionStore>();
        _audit = services.GetService<IAuditLog>();
        _directory = services.GetService<ISchoolDirectory>();
        _time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        _logger = services.GetService<ILogger<DidacticsDataRights>>() ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Exports every session and audit record of <paramref name="learner"/> in <paramref name="tenant"/>.</summary>
    public async Task<LearnerExport> ExportAsync(string tenant, string learner, CancellationToken cancellationToken = default)
    {
        var sessions = new List<SessionState>();
        foreach (var id in await Index().ListSessionsAsync(tenant, learner, cancellationToken).ConfigureAwait(false))
        {
            if (await _store.GetAsync(new SessionKey(tenant, id), cancellationToken).ConfigureAwait(false) is { } session && session.Learner == learner)
            {
                sessions.Add(session.State);
            }
        }

        var audit = _audit is null ? [] : await _audit.QueryAsync(new AuditQuery(tenant, Learner: learner, Limit: int.MaxValue), cancellationToken).ConfigureAwait(false);
        return new LearnerExport("didactics-learner/1", _time.GetUtcNow(), tenant, learner, sessions.OrderBy(s => s.CreatedAt).ToArray(), audit);
    }

    /// <summary>
    /// Erases every session and audit record of <paramref name="learner"/> in <paramref name="tenant"/> (and, with schools,
    /// their profiles, model records and teacher alerts), then appends an
    /// <see cref="ErasureRecord"/> (counts only) to the audit trail.
    /// </summary>
    public async Task<LearnerErasure> EraseAsync(string tenant, string learner, CancellationToken cancellationToken = default)
    {
        var sessions = 0;
        foreach (var id in await Index().ListSessionsAsync(tenant, learner, cancellationToken).ConfigureAwait(false))
        {
            var key = new SessionKey(tenant, id);
            if (await _store.DeleteAsync(key, cancellationToken).ConfigureAwait(false))
            {
                sessions++;
            }

            if (_directory is not null)
            {
                await _directory.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
            }
        }

        // With schools, the teacher alerts about the learner go too (a session erasure only drops their message).
        if (_directory is not null)
        {
            await _directory.RemoveLearnerAlertsAsync(tenant, learner, cancellationToken).ConfigureAwait(false);
        }

        var records = 0;
        if (_audit is not null)
        {
            records = await _audit.DeleteLearnerAsync(tenant, learner, cancellationToken).ConfigureAwait(false);
            await _audit.AppendErasureAsync(new ErasureRecord(_time.GetUtcNow(), tenant, "learner", sessions, records), cancellationToken).ConfigureAwait(false);
        }

        Log.LearnerErased(_logger, tenant, sessions, records);
        return new LearnerErasure(sessions, records);
    }

    private ILearnerSessionIndex Index() =>
        _store as ILearnerSessionIndex
        ?? throw new NotSupportedException($"The session store {_store.GetType().Name} cannot list a learner's sessions (implement ILearnerSessionIndex).");
}
