using System.Collections.Immutable;
using System.Data.Common;
using System.Text.RegularExpressions;

namespace Didactics.Hosting;

/// <summary>
/// The audit trail in a relational database over ADO.NET, shared by <see cref="SqliteAuditLog"/> and
/// <see cref="PostgresAuditLog"/>: two append-only tables (<c>{prefix}audit</c>, one row per turn, and
/// <c>{prefix}erasures</c>), indexed by tenant and learner, tenant and session, and time. The database refuses
/// <c>UPDATE</c> on both (a trigger); rows leave only through retention or an erasure.
/// </summary>
public abstract partial class SqlAuditLog : IAuditLog, IReportsHealth
{
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>Creates the log with table names starting with <paramref name="tablePrefix"/>.</summary>
    protected SqlAuditLog(string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(tablePrefix);
        if (!TablePrefixPattern().IsMatch(tablePrefix))
        {
            throw new ArgumentException("The table prefix may only contain lower-case letters, digits and '_', starting with a letter (at most 40 characters).", nameof(tablePrefix));
        }

        Records = tablePrefix + "audit";
        Erasures = tablePrefix + "erasures";
    }

    /// <summary>The table of turn records.</summary>
    protected string Records { get; }

    /// <summary>The table of erasure records.</summary>
    protected string Erasures { get; }

    /// <summary>The implementation name for health reports, e.g. <c>sqlite</c>.</summary>
    protected abstract string Kind { get; }

    /// <summary>Where the database is, for health reports (never with a password).</summary>
    protected abstract string Where { get; }

    /// <summary>Opens a connection.</summary>
    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Creates the tables, indexes and append-only triggers if they do not exist.</summary>
    protected abstract Task CreateSchemaAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Creates the tables now (otherwise on first use); the host's warm-up calls it at startup.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_schemaReady)
            {
                await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                await CreateSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await ExecuteAsync(
            $"INSERT INTO {Records} (at_ms, tenant, session_id, learner, strategy, turn, phase, signal, verdict, events, redactions, model_id, duration_ms, outcome) " +
            "VALUES (@at, @tenant, @session, @learner, @strategy, @turn, @phase, @signal, @verdict, @events, @redactions, @model, @duration, @outcome)",
            c =>
            {
                Add(c, "at", record.At.ToUnixTimeMilliseconds());
                Add(c, "tenant", record.Tenant);
                Add(c, "session", record.SessionId);
                Add(c, "learner", record.Learner);
                Add(c, "strategy", record.Strategy);
                Add(c, "turn", record.Turn);
                Add(c, "phase", record.Phase);
                Add(c, "signal", record.Signal.ToString());
                Add(c, "verdict", record.Verdict);
                Add(c, "events", string.Join(',', record.Events.IsDefault ? [] : record.Events));
                Add(c, "redactions", string.Join(',', record.Redactions.IsDefault ? [] : record.Redactions));
                Add(c, "model", record.ModelId);
                Add(c, "duration", record.Duration.TotalMilliseconds);
                Add(c, "outcome", record.Outcome);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<AuditRecord>> QueryAsync(string tenant, string? sessionId = null, CancellationToken cancellationToken = default) =>
        QueryAsync(new AuditQuery(tenant, SessionId: sessionId, Limit: int.MaxValue), cancellationToken);

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = $"SELECT at_ms, tenant, session_id, learner, strategy, turn, phase, signal, verdict, events, redactions, model_id, duration_ms, outcome FROM {Records} WHERE tenant = @tenant";
        Add(command, "tenant", query.Tenant);
        if (query.Learner is not null)
        {
            sql += " AND learner = @learner";
            Add(command, "learner", query.Learner);
        }

        if (query.SessionId is not null)
        {
            sql += " AND session_id = @session";
            Add(command, "session", query.SessionId);
        }

        if (query.From is { } from)
        {
            sql += " AND at_ms >= @from";
            Add(command, "from", from.ToUnixTimeMilliseconds());
        }

        if (query.To is { } to)
        {
            sql += " AND at_ms < @to";
            Add(command, "to", to.ToUnixTimeMilliseconds());
        }

        command.CommandText = sql + " ORDER BY at_ms, id LIMIT @limit";
        Add(command, "limit", (long)Math.Max(0, query.Limit));
        var records = new List<AuditRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(new AuditRecord(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetInt32(5),
                reader.GetString(6),
                Enum.Parse<LearnerSignal>(reader.GetString(7)),
                reader.GetString(8),
                ParseList<TurnEventKind>(reader.GetString(9)),
                ParseList<PersonalDataKind>(reader.GetString(10)),
                reader.GetString(11),
                TimeSpan.FromMilliseconds(reader.GetDouble(12)),
                reader.GetString(13)));
        }

        return records;
    }

    /// <inheritdoc />
    public async ValueTask<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        var ms = cutoff.ToUnixTimeMilliseconds();
        await ExecuteAsync($"DELETE FROM {Erasures} WHERE at_ms < @cutoff", c => Add(c, "cutoff", ms), cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync($"DELETE FROM {Records} WHERE at_ms < @cutoff", c => Add(c, "cutoff", ms), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteSessionAsync(string tenant, string sessionId, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"DELETE FROM {Records} WHERE tenant = @tenant AND session_id = @session", c =>
        {
            Add(c, "tenant", tenant);
            Add(c, "session", sessionId);
        }, cancellationToken);

    /// <inheritdoc />
    public ValueTask<int> DeleteLearnerAsync(string tenant, string learner, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"DELETE FROM {Records} WHERE tenant = @tenant AND learner = @learner", c =>
        {
            Add(c, "tenant", tenant);
            Add(c, "learner", learner);
        }, cancellationToken);

    /// <inheritdoc />
    public async ValueTask AppendErasureAsync(ErasureRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await ExecuteAsync(
            $"INSERT INTO {Erasures} (at_ms, tenant, scope, sessions_erased, audit_records_erased) VALUES (@at, @tenant, @scope, @sessions, @records)",
            c =>
            {
                Add(c, "at", record.At.ToUnixTimeMilliseconds());
                Add(c, "tenant", record.Tenant);
                Add(c, "scope", record.Scope);
                Add(c, "sessions", record.SessionsErased);
                Add(c, "records", record.AuditRecordsErased);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ErasureRecord>> QueryErasuresAsync(string tenant, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT at_ms, tenant, scope, sessions_erased, audit_records_erased FROM {Erasures} WHERE tenant = @tenant ORDER BY at_ms, id";
        Add(command, "tenant", tenant);
        var records = new List<ErasureRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(new ErasureRecord(DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4)));
        }

        return records;
    }

    /// <inheritdoc />
    public async ValueTask<ComponentHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {Erasures} WHERE 1 = 0";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return new ComponentHealth("audit", Kind, true, "up", Where, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            return new ComponentHealth("audit", Kind, false, "down", $"{Where}: {ex.Message}", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>Runs one statement with parameters and returns the rows affected.</summary>
    protected async ValueTask<int> ExecuteAsync(string sql, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        parameters(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs statements without parameters (schema creation).</summary>
    protected static async Task ExecuteBatchAsync(DbConnection connection, DbTransaction? transaction, IEnumerable<string> statements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(statements);
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static ImmutableArray<T> ParseList<T>(string text)
        where T : struct, Enum =>
        text.Length == 0
            ? []
            : text.Split(',').Select(t => Enum.TryParse<T>(t, out var value) ? value : default).ToImmutableArray();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex TablePrefixPattern();
}
