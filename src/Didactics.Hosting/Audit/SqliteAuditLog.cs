using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Didactics.Hosting;

/// <summary>
/// The embedded default audit trail: a SQLite database file (write-ahead log, so reads never block the turn that
/// appends). Durable across restarts with no server to run; one host at a time should write a given file.
/// </summary>
public sealed class SqliteAuditLog : SqlAuditLog
{
    private readonly string _connectionString;
    private readonly string _path;

    /// <summary>Creates the log over the database file at <paramref name="path"/> (created with its folder when missing).</summary>
    public SqliteAuditLog(string path, string tablePrefix = "didactics_")
        : base(tablePrefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string DatabasePath => _path;

    /// <inheritdoc />
    protected override string Kind => "sqlite";

    /// <inheritdoc />
    protected override string Where => _path;

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <inheritdoc />
    protected override async Task CreateSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await ExecuteBatchAsync(connection, null,
        [
            "PRAGMA journal_mode = WAL",
            $"""
            CREATE TABLE IF NOT EXISTS {Records} (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at_ms INTEGER NOT NULL, tenant TEXT NOT NULL, session_id TEXT NOT NULL, learner TEXT NOT NULL, strategy TEXT NOT NULL,
                turn INTEGER NOT NULL, phase TEXT NOT NULL, signal TEXT NOT NULL, verdict TEXT NOT NULL, events TEXT NOT NULL,
                redactions TEXT NOT NULL, model_id TEXT NOT NULL, duration_ms REAL NOT NULL, outcome TEXT NOT NULL)
            """,
            $"CREATE INDEX IF NOT EXISTS {Records}_learner ON {Records} (tenant, learner, at_ms)",
            $"CREATE INDEX IF NOT EXISTS {Records}_session ON {Records} (tenant, session_id, at_ms)",
            $"CREATE INDEX IF NOT EXISTS {Records}_at ON {Records} (at_ms)",
            $"""
            CREATE TABLE IF NOT EXISTS {Erasures} (
                id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, tenant TEXT NOT NULL, scope TEXT NOT NULL,
                sessions_erased INTEGER NOT NULL, audit_records_erased INTEGER NOT NULL)
            """,
            $"CREATE INDEX IF NOT EXISTS {Erasures}_tenant ON {Erasures} (tenant, at_ms)",
            $"CREATE TRIGGER IF NOT EXISTS {Records}_append_only BEFORE UPDATE ON {Records} BEGIN SELECT RAISE(ABORT, '{Records} is append-only'); END",
            $"CREATE TRIGGER IF NOT EXISTS {Erasures}_append_only BEFORE UPDATE ON {Erasures} BEGIN SELECT RAISE(ABORT, '{Erasures} is append-only'); END",
        ], cancellationToken).ConfigureAwait(false);
    }
}
