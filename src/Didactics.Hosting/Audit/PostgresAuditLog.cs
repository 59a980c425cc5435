using System.Data.Common;
using Npgsql;

namespace Didactics.Hosting;

/// <summary>
/// The audit trail in PostgreSQL, for deployments with several hosts. Tables are created on first use (under an
/// advisory lock, so hosts starting together do not race); <c>UPDATE</c> is refused by a trigger.
/// </summary>
public sealed class PostgresAuditLog : SqlAuditLog, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _where;

    /// <summary>Creates the log over <paramref name="connectionString"/> (an Npgsql connection string).</summary>
    public PostgresAuditLog(string connectionString, string tablePrefix = "didactics_")
        : base(tablePrefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _where = $"{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <inheritdoc />
    protected override string Kind => "postgresql";

    /// <inheritdoc />
    protected override string Where => _where;

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    protected override async Task CreateSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteBatchAsync(connection, transaction,
        [
            $"SELECT pg_advisory_xact_lock(hashtext('{Records}'))",
            $"""
            CREATE TABLE IF NOT EXISTS {Records} (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at_ms bigint NOT NULL, tenant text NOT NULL, session_id text NOT NULL, learner text NOT NULL, strategy text NOT NULL,
                turn integer NOT NULL, phase text NOT NULL, signal text NOT NULL, verdict text NOT NULL, events text NOT NULL,
                redactions text NOT NULL, model_id text NOT NULL, duration_ms double precision NOT NULL, outcome text NOT NULL)
            """,
            $"CREATE INDEX IF NOT EXISTS {Records}_learner ON {Records} (tenant, learner, at_ms)",
            $"CREATE INDEX IF NOT EXISTS {Records}_session ON {Records} (tenant, session_id, at_ms)",
            $"CREATE INDEX IF NOT EXISTS {Records}_at ON {Records} (at_ms)",
            $"""
            CREATE TABLE IF NOT EXISTS {Erasures} (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at_ms bigint NOT NULL, tenant text NOT NULL, scope text NOT NULL,
                sessions_erased integer NOT NULL, audit_records_erased integer NOT NULL)
            """,
            $"CREATE INDEX IF NOT EXISTS {Erasures}_tenant ON {Erasures} (tenant, at_ms)",
            $"""
            CREATE OR REPLACE FUNCTION {Records}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'Didactics audit tables are append-only (% on %)', TG_OP, TG_TABLE_NAME; END $$
            """,
            $"CREATE OR REPLACE TRIGGER {Records}_append_only BEFORE UPDATE ON {Records} FOR EACH ROW EXECUTE FUNCTION {Records}_append_only()",
            $"CREATE OR REPLACE TRIGGER {Erasures}_append_only BEFORE UPDATE ON {Erasures} FOR EACH ROW EXECUTE FUNCTION {Records}_append_only()",
        ], cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
