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

/// <summary>
/// The record that an erasure happened: when, in which tenant, of what scope and how much was removed. It never holds
/// the learner's pseudonym or the erased session ids, so the proof of erasure is not itself personal data.
/// </summary>
/// <param name="At">When the erasure ran.</param>
/// <param name="Tenant">The tenant.</param>
/// <param name="Scope"><c>learner</c> (everything about one learner) or <c>session</c> (one session).</param>
/// <param name="SessionsErased">How many sessions were removed from the store.</param>
/// <param name="AuditRecordsErased">How many audit records were removed.</param>
public sealed record ErasureRecord(DateTimeOffset At, string Tenant, string Scope, int SessionsErased, int AuditRecordsErased);
