using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Didactics.Hosting.Tests;

/// <summary>
/// A real PostgreSQL server for the tests: the one named by <c>DIDACTICS_TEST_POSTGRES</c> (a connection string, set by
/// <c>.ci/services.sh</c>), or, when that is unset, a throw-away server this fixture starts itself from the PostgreSQL 15
/// binaries (initdb + pg_ctl on a free loopback port). Without either the tests fail saying how to fix it; they never skip.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private const string Binaries = "/usr/lib/postgresql/15/bin";
    private string? _directory;
    private string? _runAs;

    public string ConnectionString { get; private set; } = "";

    /// <summary>A table prefix no other test uses, so tests can share one database.</summary>
    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..10] + "_";

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("DIDACTICS_TEST_POSTGRES");
        ConnectionString = string.IsNullOrWhiteSpace(configured) ? await StartOwnServerAsync() : configured;
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException)
        {
            throw new InvalidOperationException($"Cannot connect to PostgreSQL with DIDACTICS_TEST_POSTGRES='{ConnectionString}': {ex.Message}", ex);
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_directory is not null)
        {
            await RunAsync(Path.Combine(Binaries, "pg_ctl"), "-D", Path.Combine(_directory, "data"), "-m", "immediate", "stop");
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task<string> StartOwnServerAsync()
    {
        if (!File.Exists(Path.Combine(Binaries, "initdb")))
        {
            throw new InvalidOperationException(
                "The PostgreSQL tests need a server: set DIDACTICS_TEST_POSTGRES to a connection string (`. .ci/services.sh; start_services` does that), "
                + $"or install PostgreSQL 15 ({Binaries}) so the tests can start their own.");
        }

        _directory = Directory.CreateTempSubdirectory("didactics-pg-").FullName;
        if (Environment.UserName == "root")
        {
            // initdb refuses to run as root: run the server as the postgres user.
            _runAs = "postgres";
            await RunAsync("chown", "postgres", _directory);
        }

        var port = FreePort();
        await RunAsync(Path.Combine(Binaries, "initdb"), "-D", Path.Combine(_directory, "data"), "-A", "trust", "-U", "postgres");
        await RunAsync(Path.Combine(Binaries, "pg_ctl"), "-D", Path.Combine(_directory, "data"), "-w", "-t", "30",
            "-o", $"-p {port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off", "-l", Path.Combine(_directory, "log"), "start");
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true";
    }

    private async Task RunAsync(string file, params string[] args)
    {
        var info = _runAs is null || file == "chown" ? new ProcessStartInfo(file) : new ProcessStartInfo("runuser");
        if (_runAs is not null && file != "chown")
        {
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add(_runAs);
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(file);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && !args.Contains("stop"))
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
