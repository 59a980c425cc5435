using Didactics.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses where the Didactics audit trail is kept (SQLite by default).</summary>
public static class DidacticsAuditServiceCollectionExtensions
{
    /// <summary>Keeps the audit trail in PostgreSQL (<see cref="PostgresAuditLog"/>), shared by every host of a deployment.</summary>
    /// <param name="services">The services.</param>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=didactics;Username=didactics;Password=…</c>.</param>
    /// <param name="tablePrefix">The prefix of the two tables (default <c>didactics_</c>).</param>
    public static IServiceCollection AddDidacticsPostgresAudit(this IServiceCollection services, string connectionString, string tablePrefix = "didactics_")
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        services.RemoveAll<IAuditLog>();
        services.AddSingleton<IAuditLog>(_ => new PostgresAuditLog(connectionString, tablePrefix));
        return services;
    }

    /// <summary>Keeps the audit trail in the SQLite file at <paramref name="path"/> (the default is <c>didactics-audit.db</c> in the base directory).</summary>
    public static IServiceCollection AddDidacticsSqliteAudit(this IServiceCollection services, string path, string tablePrefix = "didactics_")
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(path);
        services.RemoveAll<IAuditLog>();
        services.AddSingleton<IAuditLog>(_ => new SqliteAuditLog(path, tablePrefix));
        return services;
    }

    /// <summary>Keeps the audit trail in process memory (<see cref="InMemoryAuditLog"/>): for tests; it is lost on restart.</summary>
    public static IServiceCollection AddDidacticsInMemoryAudit(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.RemoveAll<IAuditLog>();
        services.AddSingleton<IAuditLog, InMemoryAuditLog>();
        return services;
    }
}
