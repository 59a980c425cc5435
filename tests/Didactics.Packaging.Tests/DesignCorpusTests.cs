using System.Globalization;
using System.Text.RegularExpressions;
using Didactics.Tests.Shared;

namespace Didactics.Packaging.Tests;

/// <summary>The design corpus built as a fresh consumer of the packed package: the warnings a developer sees, scored.</summary>
public sealed partial class PackagingTests
{
    [GeneratedRegex(@"^(?<path>.+?)\((?<line>\d+),\d+(?:,\d+,\d+)?\): warning (?<id>DID\d{4}):")]
    private static partial Regex BuildWarning();

    [Fact]
    public void Design_corpus_through_the_packed_package_scores_recall_and_precision_of_at_least_0_95()
    {
        AssertPacked();
        Assert.True(fixture.CorpusBuild?.ExitCode == 0, fixture.CorpusBuild?.ToString() ?? "The corpus was not built.");

        var root = fixture.CorpusDirectory;
        var reported = fixture.CorpusBuild!.Output.Split('\n')
            .Select(l => BuildWarning().Match(l.Trim()))
            .Where(m => m.Success && DesignCorpus.IsDesignRule(m.Groups["id"].Value))
            .Select(m => (File: DesignCorpus.Relative(root, m.Groups["path"].Value), Line: int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture), Id: m.Groups["id"].Value))
            .ToHashSet();

        var (recall, precision, report) = DesignCorpus.Score(DesignCorpus.Expected(root), reported, DesignCorpus.FlawedDesigns(root).Count, DesignCorpus.SoundDesigns(root).Count);
        output.WriteLine(report);
        Assert.True(recall >= 0.95 && precision >= 0.95, report + "\n\n" + fixture.CorpusBuild);
    }
}
