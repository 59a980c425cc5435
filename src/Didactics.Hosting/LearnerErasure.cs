namespace Didactics.Hosting;

/// <summary>What an erasure of one learner removed (<c>DELETE /didactics/learners/{learner}</c>).</summary>
/// <param name="SessionsErased">Sessions removed from the store (with their idempotency records).</param>
/// <param name="AuditRecordsErased">Audit records removed.</param>
public sealed record LearnerErasure(int SessionsErased, int AuditRecordsErased);
