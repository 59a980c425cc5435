namespace Didactics.Hosting;

/// <summary>Everything the host keeps about one learner (<c>GET /didactics/learners/{learner}/export</c>).</summary>
/// <param name="Format">The export format id, <c>didactics-learner/1</c>.</param>
/// <param name="ExportedAt">When the export was made.</param>
/// <param name="Tenant">The tenant.</param>
/// <param name="Learner">The learner pseudonym.</param>
/// <param name="Sessions">Every session of the learner, complete (transcripts as stored, i.e. redacted).</param>
/// <param name="Audit">Every audit record about the learner.</param>
public sealed record LearnerExport(string Format, DateTimeOffset ExportedAt, string Tenant, string Learner, IReadOnlyList<SessionState> Sessions, IReadOnlyList<AuditRecord> Audit);
