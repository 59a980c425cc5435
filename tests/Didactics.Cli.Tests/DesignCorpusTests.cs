using Didactics.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace Didactics.Cli.Tests;

/// <summary>
/// Scores the design rules (DID0001–DID0014) on the design corpus (see <see cref="DesignCorpus"/>) through
/// <c>didactics lint</c>: the source generator and every design analyzer, as in a build. A finding counts only with the
/// right ID on the right line of the right file. The packaging tests score the same corpus through the packed package.
/// </summary>
public sealed class DesignCorpusTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "didactics-corpus-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Design_rules_score_recall_and_precision_of_at_least_0_95_on_the_corpus()
    {
        DesignCorpus.CopyTo(Path.Combine(AppContext.BaseDirectory, "DesignCorpus"), _folder);
        var flawed = DesignCorpus.FlawedDesigns(_folder);
        var sound = DesignCorpus.SoundDesigns(_folder);
        Assert.True(flawed.Count >= 40, $"{flawed.Count} flawed designs");
        Assert.True(sound.Count >= 10, $"{sound.Count} sound designs");

        var expected = DesignCorpus.Expected(_folder);
        Assert.All(sound, file => Assert.DoesNotContain(expected, e => e.File == DesignCorpus.Relative(_folder, file)));

        var diagnostics = await LintCommand.LintAsync(_folder, CancellationToken.None);

        // The corpus is well-formed: the generator reports no structural or template error on it.
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        var reported = diagnostics
            .Where(d => DesignCorpus.IsDesignRule(d.Id))
            .Select(d => (File: DesignCorpus.Relative(_folder, d.Location.GetLineSpan().Path), Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id))
            .ToHashSet();

        var (recall, precision, report) = DesignCorpus.Score(expected, reported, flawed.Count, sound.Count);
        output.WriteLine(report);
        Assert.True(recall >= 0.95 && precision >= 0.95, report);

        // Every design rule is exercised by the corpus.
        Assert.Equal(14, expected.Select(e => e.Id).Distinct().Count());
    }
}
