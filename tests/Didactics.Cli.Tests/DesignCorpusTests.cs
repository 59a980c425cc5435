using System.Globalization;
using System.Text.RegularExpressions;
using Didactics.Cli.Commands;
using Microsoft.CodeAnalysis;

namespace Didactics.Cli.Tests;

/// <summary>
/// Scores the design rules (DID0001–DID0013) on a corpus of flawed and sound designs written for this test: attributed
/// classes, runtime components (leak guards, signal classifiers), template files and <c>*.strategy.sbn</c> files. Every
/// expected finding is marked on its line (<c>// expect: DIDxxxx</c> in C#, <c># expect: DIDxxxx</c> in a strategy file's
/// front matter, <c>{{ # expect: DIDxxxx }}</c> in template text); a finding counts only with the right ID on the right
/// line of the right file. The corpus runs through <c>didactics lint</c>: the source generator and every design analyzer,
/// as in a build.
/// </summary>
public sealed partial class DesignCorpusTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "didactics-corpus-" + Guid.NewGuid().ToString("N"));

    private void CopyCorpus()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "DesignCorpus");
        foreach (var file in Directory.EnumerateFiles(source, "*.txt", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_folder, Path.GetRelativePath(source, file)[..^".txt".Length]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [GeneratedRegex(@"(?://|#|\{\{\s*#)\s*expect:\s*(?<ids>DID\d{4}(?:\s*,\s*DID\d{4})*)")]
    private static partial Regex Marker();

    [Fact]
    public async Task Design_rules_score_recall_and_precision_of_at_least_0_95_on_the_corpus()
    {
        CopyCorpus();
        var flawed = Designs("Flawed").Concat(Designs("Strategies").Where(f => !Path.GetFileName(f).StartsWith("sound-", StringComparison.Ordinal))).ToList();
        var sound = Designs("Sound").Concat(Designs("Strategies").Where(f => Path.GetFileName(f).StartsWith("sound-", StringComparison.Ordinal))).ToList();
        Assert.True(flawed.Count >= 40, $"{flawed.Count} flawed designs");
        Assert.True(sound.Count >= 10, $"{sound.Count} sound designs");

        var expected = ExpectedFindings();
        Assert.All(sound, file => Assert.DoesNotContain(expected, e => e.File == Relative(file)));

        var diagnostics = await LintCommand.LintAsync(_folder, CancellationToken.None);

        // The corpus is well-formed: the generator reports no structural or template error on it.
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        var reported = diagnostics
            .Where(d => IsDesignRule(d.Id))
            .Select(d => (File: Relative(d.Location.GetLineSpan().Path), Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id))
            .ToHashSet();

        var hits = expected.Intersect(reported).Count();
        var recall = (double)hits / expected.Count;
        var precision = reported.Count == 0 ? 0 : (double)hits / reported.Count;
        var misses = expected.Except(reported).Select(e => $"missed {e.Id} at {e.File}:{e.Line}");
        var falseAlarms = reported.Except(expected).Select(r => $"unexpected {r.Id} at {r.File}:{r.Line}");
        var report = string.Create(CultureInfo.InvariantCulture,
            $"{flawed.Count} flawed and {sound.Count} sound designs; {expected.Count} expected findings, {reported.Count} reported, {hits} right: recall {recall:0.000}, precision {precision:0.000}\n")
            + string.Join("\n", misses.Concat(falseAlarms));

        output.WriteLine(report);
        Assert.True(recall >= 0.95 && precision >= 0.95, report);

        // Every design rule that can apply is exercised by the corpus.
        Assert.Equal(13, expected.Select(e => e.Id).Distinct().Count());
    }

    private static bool IsDesignRule(string id) =>
        id.StartsWith("DID00", StringComparison.Ordinal) && int.Parse(id.AsSpan(3), CultureInfo.InvariantCulture) is >= 1 and <= 13;

    private IEnumerable<string> Designs(string folder) =>
        Directory.EnumerateFiles(Path.Combine(_folder, folder), "*", SearchOption.AllDirectories);

    private HashSet<(string File, int Line, string Id)> ExpectedFindings()
    {
        var expected = new HashSet<(string File, int Line, string Id)>();
        foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match marker in Marker().Matches(lines[i]))
                {
                    foreach (var id in marker.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries))
                    {
                        expected.Add((Relative(file), i + 1, id));
                    }
                }
            }
        }

        return expected;
    }

    private string Relative(string path) => Path.GetRelativePath(_folder, path).Replace('\\', '/');
}
