using System.Globalization;
using System.Text.RegularExpressions;

namespace Didactics.Tests.Shared;

/// <summary>
/// The design corpus (<c>tests/Didactics.Cli.Tests/DesignCorpus</c>): flawed and sound strategies, runtime components and
/// template files, stored as <c>*.txt</c>, with every expected finding marked on its line (<c>// expect: DIDxxxx</c> in C#,
/// <c># expect: DIDxxxx</c> in a strategy file's front matter, <c>{{ # expect: DIDxxxx }}</c> in template text). Shared by
/// the lint test and the packaged-consumer test, which score the same corpus through different hosts.
/// </summary>
internal static partial class DesignCorpus
{
    [GeneratedRegex(@"(?://|#|\{\{\s*#)\s*expect:\s*(?<ids>DID\d{4}(?:\s*,\s*DID\d{4})*)")]
    private static partial Regex Marker();

    /// <summary>Copies the corpus from <paramref name="source"/> to <paramref name="target"/>, dropping the <c>.txt</c> suffix.</summary>
    public static void CopyTo(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*.txt", SearchOption.AllDirectories))
        {
            var path = Path.Combine(target, Path.GetRelativePath(source, file)[..^".txt".Length]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(file, path);
        }
    }

    /// <summary>Files under Flawed/ and the strategy files not named sound-*: the designs with at least one flaw.</summary>
    public static List<string> FlawedDesigns(string root) =>
        Designs(root, "Flawed").Concat(Designs(root, "Strategies").Where(f => !Path.GetFileName(f).StartsWith("sound-", StringComparison.Ordinal))).ToList();

    /// <summary>Files under Sound/ and the strategy files named sound-*: designs no rule may report.</summary>
    public static List<string> SoundDesigns(string root) =>
        Designs(root, "Sound").Concat(Designs(root, "Strategies").Where(f => Path.GetFileName(f).StartsWith("sound-", StringComparison.Ordinal))).ToList();

    /// <summary>The expected findings: (path relative to <paramref name="root"/>, 1-based line, ID).</summary>
    public static HashSet<(string File, int Line, string Id)> Expected(string root)
    {
        var expected = new HashSet<(string File, int Line, string Id)>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !IsBuildOutput(root, f)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match marker in Marker().Matches(lines[i]))
                {
                    foreach (var id in marker.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries))
                    {
                        expected.Add((Relative(root, file), i + 1, id));
                    }
                }
            }
        }

        return expected;
    }

    /// <summary>True for DID0001–DID0014, the design rules the corpus scores.</summary>
    public static bool IsDesignRule(string id) =>
        id.StartsWith("DID00", StringComparison.Ordinal) && int.Parse(id.AsSpan(3), CultureInfo.InvariantCulture) is >= 1 and <= 14;

    /// <summary>Recall and precision of <paramref name="reported"/> against <paramref name="expected"/>, with a readable report.</summary>
    public static (double Recall, double Precision, string Report) Score(
        HashSet<(string File, int Line, string Id)> expected, HashSet<(string File, int Line, string Id)> reported, int flawed, int sound)
    {
        var hits = expected.Intersect(reported).Count();
        var recall = expected.Count == 0 ? 0 : (double)hits / expected.Count;
        var precision = reported.Count == 0 ? 0 : (double)hits / reported.Count;
        var misses = expected.Except(reported).Select(e => $"missed {e.Id} at {e.File}:{e.Line}");
        var falseAlarms = reported.Except(expected).Select(r => $"unexpected {r.Id} at {r.File}:{r.Line}");
        var report = string.Create(CultureInfo.InvariantCulture,
            $"{flawed} flawed and {sound} sound designs; {expected.Count} expected findings, {reported.Count} reported, {hits} right: recall {recall:0.000}, precision {precision:0.000}\n")
            + string.Join("\n", misses.Concat(falseAlarms));
        return (recall, precision, report);
    }

    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static bool IsBuildOutput(string root, string path) => Relative(root, path).Split('/')[0] is "bin" or "obj";

    private static IEnumerable<string> Designs(string root, string folder) =>
        Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories);
}
