using System.Collections.Immutable;

namespace Didactics.Tests;

public class ProblemSetTests
{
    internal static string SamplePath(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Didactics.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine(dir!.FullName, "samples", "problems", file);
    }

    [Theory]
    [InlineData("basics.en.yaml", "en", "Number basics")]
    [InlineData("basis.nl.json", "nl", "Basisvaardigheden rekenen")]
    public void Sample_sets_load_with_at_least_ten_problems_covering_arithmetic_fractions_and_equations(string file, string language, string title)
    {
        var set = ProblemSet.Load(SamplePath(file));

        Assert.Equal(title, set.Title);
        Assert.Equal(language, set.Language);
        Assert.Equal(file, set.Source);
        Assert.True(set.Problems.Length >= 10, $"{set.Problems.Length} problems");
        Assert.All(set.Problems, p =>
        {
            Assert.Equal(language, p.Language);
            Assert.NotEmpty(p.Skills);
            Assert.NotEmpty(p.Hints);
            Assert.NotEmpty(p.Steps);
        });
        Assert.Contains(set.Problems, p => p.Answers[0].Kind == AnswerKind.Fraction);
        Assert.Contains(set.Problems, p => p.Answers[0].Kind == AnswerKind.Expression);
        Assert.Contains(set.Problems, p => p.Answers[0].Kind == AnswerKind.Number);
        Assert.Contains(set.Problems, p => !p.Misconceptions.IsEmpty);
    }

    [Theory]
    [InlineData("basics.en.yaml")]
    [InlineData("basis.nl.json")]
    public void Every_sample_reference_answer_is_accepted_by_the_default_checker(string file)
    {
        foreach (var problem in ProblemSet.Load(SamplePath(file)).Problems)
        {
            foreach (var answer in problem.Answers)
            {
                Assert.True(DefaultAnswerChecker.Instance.Check(problem, answer.Value).Kind == VerdictKind.Correct, $"{problem.Id}: {answer.Value}");
            }
        }
    }

    [Fact]
    public void Yaml_sample_fields_are_read_exactly()
    {
        var set = ProblemSet.Load(SamplePath("basics.en.yaml"));
        var f1 = set["f1"];

        Assert.Equal("What is 1/2 + 1/4?", f1.Statement);
        Assert.Equal([new ReferenceAnswer("3/4", AnswerKind.Fraction)], f1.Answers.ToArray());
        Assert.Equal(["fraction-addition", "common-denominator"], f1.Skills.ToArray());
        Assert.Equal(new Misconception("2/6", "Added the numerators and the denominators separately."), f1.Misconceptions[0]);
        Assert.Equal(2, f1.Steps.Length);
        Assert.Equal(new ReferenceAnswer("B", AnswerKind.MultipleChoice), set["f4"].Answers[0]);
        Assert.Equal(new ReferenceAnswer("75", AnswerKind.Number), set["a1"].Answers[0]);
        Assert.Null(set.Find("zz"));
        Assert.Throws<KeyNotFoundException>(() => set["zz"]);
    }

    [Fact]
    public void Json_sample_keeps_unicode_and_decimal_commas()
    {
        var set = ProblemSet.Load(SamplePath("basis.nl.json"));
        Assert.Contains("één", set["v3"].Hints[1], StringComparison.Ordinal);
        Assert.Equal("26,67", set["b3"].Misconceptions[0].Pattern);
        Assert.Contains("één", set.ToJson(), StringComparison.Ordinal); // written readably, not as \u escapes
    }

    [Theory]
    [InlineData("basics.en.yaml")]
    [InlineData("basis.nl.json")]
    public void ToJson_round_trips_to_equal_problems(string file)
    {
        var set = ProblemSet.Load(SamplePath(file));
        var again = ProblemSet.Parse(set.ToJson(), ProblemSetFormat.Json, "copy.json");

        Assert.Equal(set.Title, again.Title);
        Assert.Equal(set.Language, again.Language);
        Assert.Equal(set.Problems.Length, again.Problems.Length);
        for (var i = 0; i < set.Problems.Length; i++)
        {
            Assert.Equal(set.Problems[i], again.Problems[i]);
        }
    }

    [Fact]
    public async Task LoadAsync_reads_the_same_set()
    {
        var path = SamplePath("basics.en.yaml");
        var set = await ProblemSet.LoadAsync(path);
        Assert.Equal(ProblemSet.Load(path).Problems.ToArray(), set.Problems.ToArray());
    }

    [Fact]
    public void Problems_compare_by_content()
    {
        var a = new Problem("p", "What is 2 + 2?", "4") { Skills = ["addition"], Hints = ["Count on."] };
        var b = new Problem("p", "What is 2 + 2?", ImmutableArray.Create(new ReferenceAnswer("4"))) { Skills = ["addition"], Hints = ["Count on."] };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Skills = ["subtraction"] });
        Assert.NotEqual(a, b with { Steps = ["2 + 2 = 4"] });
        Assert.NotEqual(a, b with { Misconceptions = [new Misconception("5", "Counted one too many.")] });
    }

    [Fact]
    public void Unsupported_extension_is_rejected_with_the_supported_ones()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProblemSet.Load("set.txt"));
        Assert.Contains(".json, .yaml or .yml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_in_code_are_rejected()
    {
        var p = new Problem("p", "1 + 1?", "2");
        Assert.Throws<ArgumentException>(() => new ProblemSet([p, p]));
    }
}
