namespace Didactics.Hosting;

/// <summary>Which audit records to read: always one tenant; optionally one learner, one session and a time range.</summary>
/// <param name="Tenant">The tenant.</param>
/// <param name="Learner">Only this learner's records.</param>
/// <param name="SessionId">Only this session's records.</param>
/// <param name="From">Only records at or after this time.</param>
/// <param name="To">Only records before this time.</param>
/// <param name="Limit">At most this many records, oldest first (default 1000).</param>
public sealed record AuditQuery(string Tenant, string? Learner = null, string? SessionId = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Limit = 1000)
{
    /// <summary>True when <paramref name="record"/> matches the query (for in-memory logs).</summary>
    public bool Matches(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Tenant == Tenant && (Learner is null || record.Learner == Learner) && (SessionId is null || record.SessionId == SessionId)
            && (From is null || record.At >= From) && (To is null || record.At < To);
    }
}
