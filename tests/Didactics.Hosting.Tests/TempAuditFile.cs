using Microsoft.Data.Sqlite;

namespace Didactics.Hosting.Tests;

/// <summary>A SQLite audit database path of its own for one test, removed (with its WAL files) afterwards.</summary>
internal sealed class TempAuditFile : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "didactics-audit-test-" + Guid.NewGuid().ToString("N") + ".db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
