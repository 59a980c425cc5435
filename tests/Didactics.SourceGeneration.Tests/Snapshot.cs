using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Didactics.SourceGeneration.Tests;

/// <summary>
/// Approved-file snapshots: <c>Snapshots/{Test}.{hint}.verified.{ext}</c> beside the tests, compared line by line. The
/// extension is the content's kind, taken from the hint name: generated C# (<c>X.g.cs</c>) is stored as <c>.verified.cs</c>,
/// a JSON manifest (<c>card.json</c>) as <c>.verified.json</c>, a Mermaid diagram (<c>card.mmd</c>) as <c>.verified.mmd</c>.
/// Set <c>DIDACTICS_ACCEPT_SNAPSHOTS=1</c> to (re)write the approved files.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string testName, string hintName, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        var extension = Path.GetExtension(hintName);
        if (extension.Length < 2)
        {
            throw new ArgumentException($"The hint name '{hintName}' has no extension to tell the content's kind (.cs, .json, .mmd).", nameof(hintName));
        }

        var stem = testName + "." + hintName[..^extension.Length];
        var verified = Path.Combine(directory, stem + ".verified" + extension);
        var received = Path.Combine(directory, stem + ".received" + extension);
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
            Assert.Fail($"No approved snapshot {verified}. The output was written to {received}; review it and rename it to .verified{extension}, or run the tests with DIDACTICS_ACCEPT_SNAPSHOTS=1.");
        }

        var expected = Normalize(File.ReadAllText(verified));
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"The output differs from {verified} (- approved, + received; received written to {received}; accept with DIDACTICS_ACCEPT_SNAPSHOTS=1):\n{UnifiedDiff(expected, actual)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>A unified diff (<c>---</c>/<c>+++</c> header, <c>@@</c> hunks with two lines of context).</summary>
    private static string UnifiedDiff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var builder = new StringBuilder("--- approved\n+++ received\n");
        const int context = 2;
        var oldLine = 0;
        var newLine = 0;
        var lastPrinted = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var type = lines[i].Type;
            if (type != ChangeType.Inserted)
            {
                oldLine++;
            }

            if (type != ChangeType.Deleted)
            {
                newLine++;
            }

            var near = false;
            for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context) && !near; j++)
            {
                near = lines[j].Type != ChangeType.Unchanged;
            }

            if (!near)
            {
                continue;
            }

            if (lastPrinted != i - 1)
            {
                builder.Append("@@ -").Append(oldLine).Append(" +").Append(newLine).Append(" @@\n");
            }

            lastPrinted = i;
            builder.Append(type switch
            {
                ChangeType.Inserted => "+",
                ChangeType.Deleted => "-",
                _ => " ",
            }).Append(lines[i].Text).Append('\n');
        }

        return builder.ToString();
    }
}
