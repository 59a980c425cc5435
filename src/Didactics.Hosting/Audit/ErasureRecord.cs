namespace Didactics.Hosting;

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
