using System.Text.Json.Serialization;

namespace Didactics.Hosting;

/// <summary>A session export for data portability (<c>GET /sessions/{id}/export</c>).</summary>
/// <param name="Format">The export format id, <c>didactics-session/1</c>.</param>
/// <param name="ExportedAt">When the export was made.</param>
/// <param name="Tenant">The owning tenant.</param>
/// <param name="Learner">The learner pseudonym.</param>
/// <param name="Session">The complete session state.</param>
public sealed record SessionExport(string Format, DateTimeOffset ExportedAt, string Tenant, string Learner, SessionState Session)
{
    /// <summary>With schools configured: the school's model and data-processing facts, the learner's age band and consent, and the model of every turn.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SchoolSessionCard? School { get; init; }
}
