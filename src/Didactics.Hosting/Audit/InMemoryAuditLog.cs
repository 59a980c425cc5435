namespace Didactics.Hosting;

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
