using Xunit.Abstractions;

namespace Didactics.Hosting.Tests;

/// <summary>
/// The deterministic safeguarding classifier against the labelled EN/NL corpus (<c>corpus.tsv</c>): disclosures of
/// self-harm, abuse and bullying, and look-alikes. The numbers are reported in docs/hosting.md ("Safeguarding").
/// </summary>
public sealed class SafeguardingCorpusTests(ITestOutputHelper output)
{
    internal sealed record Sample(string Label, string Language, string Text)
    {
        public bool IsDisclosure => Label != "none";

        public SafeguardingCategory Category => Label switch
        {
            "self-harm" => SafeguardingCategory.SelfHarm,
            "abuse" => SafeguardingCategory.Abuse,
            "bullying" => SafeguardingCategory.Bullying,
            _ => SafeguardingCategory.None,
        };
    }

    internal static IReadOnlyList<Sample> Corpus { get; } = Load();

    private static IReadOnlyList<Sample> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Safeguarding", "corpus.tsv");
        return File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l =>
            {
                var parts = l.Split('\t');
                Assert.True(parts.Length == 3, $"Corpus line is not label<TAB>language<TAB>text: {l}");
                Assert.Contains(parts[0], new[] { "self-harm", "abuse", "bullying", "none" });
                Assert.Contains(parts[1], new[] { "en", "nl" });
                return new Sample(parts[0], parts[1], parts[2]);
            })
            .ToArray();
    }

    [Fact]
    public void Corpus_is_large_enough_and_covers_both_languages_every_category_and_look_alikes()
    {
        Assert.True(Corpus.Count >= 150, $"The corpus has {Corpus.Count} messages; at least 150 are required.");
        foreach (var language in new[] { "en", "nl" })
        {
            foreach (var label in new[] { "self-harm", "abuse", "bullying", "none" })
            {
                Assert.True(Corpus.Count(s => s.Language == language && s.Label == label) >= 8, $"Too few '{label}' messages in '{language}'.");
            }
        }

        Assert.Equal(Corpus.Count, Corpus.Select(s => s.Text.ToLowerInvariant()).Distinct().Count());
    }

    [Fact]
    public void Deterministic_classifier_meets_recall_and_precision_on_the_corpus()
    {
        var classifier = SafeguardingClassifier.Instance;
        int tp = 0, fp = 0, fn = 0, tn = 0, rightCategory = 0;
        var misses = new List<string>();
        foreach (var sample in Corpus)
        {
            var verdict = classifier.Classify(sample.Text);
            switch (sample.IsDisclosure, verdict.IsDisclosure)
            {
                case (true, true):
                    tp++;
                    rightCategory += verdict.Category == sample.Category ? 1 : 0;
                    break;
                case (true, false):
                    fn++;
                    misses.Add($"missed ({sample.Label}): {sample.Text}");
                    break;
                case (false, true):
                    fp++;
                    misses.Add($"false alarm ({verdict.Rule}): {sample.Text}");
                    break;
                default:
                    tn++;
                    break;
            }
        }

        var recall = (double)tp / (tp + fn);
        var precision = (double)tp / (tp + fp);
        output.WriteLine($"messages {Corpus.Count} (disclosures {tp + fn}, look-alikes and ordinary {fp + tn}); recall {recall:F3}, precision {precision:F3}, category agreement {(double)rightCategory / tp:F3}");
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(recall >= 0.95, $"Recall {recall:F3} < 0.95.\n{string.Join("\n", misses)}");
        Assert.True(precision >= 0.90, $"Precision {precision:F3} < 0.90.\n{string.Join("\n", misses)}");
    }

    [Theory]
    [InlineData("i wanna diiiie", SafeguardingCategory.SelfHarm)]
    [InlineData("I WANT TO K1LL MYSELF", SafeguardingCategory.SelfHarm)]
    [InlineData("ik w1l d00d", SafeguardingCategory.SelfHarm)]
    [InlineData("m’n vader slaat me", SafeguardingCategory.Abuse)]
    [InlineData("ik word gepest!!!", SafeguardingCategory.Bullying)]
    [InlineData("im bein bulllied", SafeguardingCategory.Bullying)]
    [InlineData("these fractions will be the death of me", SafeguardingCategory.None)]
    public void Folding_handles_stretched_letters_digits_for_letters_and_apostrophes(string text, SafeguardingCategory expected)
    {
        Assert.True(expected == SafeguardingClassifier.Instance.Classify(text).Category, $"'{text}' folds to '{SafeguardingClassifier.Fold(text)}'.");
    }
}
