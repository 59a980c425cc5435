namespace Didactics.Hosting;

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
