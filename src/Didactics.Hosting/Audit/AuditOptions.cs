namespace Didactics.Hosting;

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
