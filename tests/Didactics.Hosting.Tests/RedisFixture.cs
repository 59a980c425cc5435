using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Didactics.Hosting.Tests;

/// <summary>
/// A real redis-server for the tests: the one named by <c>DIDACTICS_TEST_REDIS</c> (started by <c>.ci/services.sh</c>),
/// or, when that is unset, one this fixture starts itself from the <c>redis-server</c> binary. Without either the
/// tests fail with a message saying how to fix it; they never skip.
/// </summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private Process? _server;

    public string Configuration { get; private set; } = "";

    public ConnectionMultiplexer Connection { get; private set; } = null!;

    /// <summary>A key prefix no other test uses, so tests can share one server.</summary>
    public static string UniquePrefix() => "didactics-test-" + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("DIDACTICS_TEST_REDIS");
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = await StartOwnServerAsync();
        }

        Configuration = configured;
        try
        {
            Connection = await ConnectionMultiplexer.ConnectAsync(Configuration + ",abortConnect=true,connectTimeout=5000");
        }
        catch (RedisConnectionException ex)
        {
            throw new InvalidOperationException($"Cannot connect to Redis at '{Configuration}' (DIDACTICS_TEST_REDIS): {ex.Message}", ex);
        }
    }

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
    }

    private async Task<string> StartOwnServerAsync()
    {
        var binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server", "/opt/homebrew/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "The Redis tests need a redis-server: set DIDACTICS_TEST_REDIS=host:port (`. .ci/services.sh; start_services` does that), "
                + "or install redis-server (apt-get install redis-server) so the tests can start their own.");

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        _server = Process.Start(new ProcessStartInfo(binary)
        {
            ArgumentList = { "--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"Could not start {binary}.");
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return $"127.0.0.1:{port}";
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server started by the tests did not listen on port {port} within 5 s.");
    }
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisFixture>
{
    public const string Name = "redis";
}
