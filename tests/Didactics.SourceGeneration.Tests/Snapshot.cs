using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Didactics.SourceGeneration.Tests;

/// <summary>
/// Approved-file snapshots: <c>Snapshots/{Test}.{hint}.verified.cs</c> beside the tests, compared line by line.
/// Set <c>DIDACTICS_ACCEPT_SNAPSHOTS=1</c> to (re)write the approved files.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string testName, string hintName, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        var stem = testName + "." + (hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName);
        var verified = Path.Combine(directory, stem + ".verified.cs");
        var received = Path.Combine(directory, stem + ".received.cs");
        actual = Normalize(actual);

        if (Environment.GetEnvironmentVariable("DIDACTICS_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        if (!File.Exists(verified))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(received, actual);
            Assert.Fail($"No approved snapshot {verified}. The output was written to {received}; review it and rename it to .verified.cs, or run the tests with DIDACTICS_ACCEPT_SNAPSHOTS=1.");
        }

        var expected = Normalize(File.ReadAllText(verified));
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"Generated code differs from {verified} (- approved, + received; received written to {received}; accept with DIDACTICS_ACCEPT_SNAPSHOTS=1):\n{UnifiedDiff(expected, actual)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string UnifiedDiff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var lines = diff.Lines;
        var builder = new StringBuilder();
        const int context = 2;
        for (var i = 0; i < lines.Count; i++)
        {
            var near = false;
            for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++)
            {
                near |= lines[j].Type != ChangeType.Unchanged;
            }

            if (!near)
            {
                continue;
            }

            var prefix = lines[i].Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            builder.Append(prefix).Append(lines[i].Text).Append('\n');
        }

        return builder.ToString();
    }
}
