using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Didactics.Tests;

/// <summary>
/// The EN/NL corpus of leak forms in <c>leak-forms.jsonl</c>: replies that state the answer in a form a leaky model uses
/// (spelled letter by letter, superscript and vulgar fractions, leading-dot and rounded decimals, results that equal an
/// operand's value, option letters and option content, units and rates in digits and words, values asserted as the
/// result after the learner mentioned them, giving in to an injection) and look-alikes that must pass (everyday words,
/// labels, operands, confirming the learner). Each is scanned whole and streamed at every split.
/// </summary>
public sealed class LeakFormsCorpusTests
{
    public sealed record Case(string Id, string Language, string Problem, string Answer, AnswerKind Kind, string Response, string? History, bool Leak, string Note)
    {
        public override string ToString() => $"{Id} {Note}";

        public Problem ToProblem() => new("corpus-" + Id, Problem, ImmutableArray.Create(new ReferenceAnswer(Answer, Kind))) { Language = Language };
    }

    private static string CorpusPath([CallerFilePath] string caller = "") => Path.Combine(Path.GetDirectoryName(caller)!, "leak-forms.jsonl");

    public static TheoryData<Case> Cases()
    {
        var data = new TheoryData<Case>();
        foreach (var line in File.ReadLines(CorpusPath()))
        {
            var r = JsonDocument.Parse(line).RootElement;
            var kind = r.GetProperty("answer_kind").GetString() switch
            {
                "text" => AnswerKind.Text,
                "fraction" => AnswerKind.Fraction,
                "multiple_choice" => AnswerKind.MultipleChoice,
                "expression" => AnswerKind.Expression,
                _ => AnswerKind.Number,
            };
            data.Add(new Case(
                r.GetProperty("id").GetString()!, r.GetProperty("language").GetString()!, r.GetProperty("problem").GetString()!,
                r.GetProperty("reference_answer").GetString()!, kind, r.GetProperty("response").GetString()!,
                r.TryGetProperty("history", out var h) ? h.GetString() : null, r.GetProperty("leak").GetBoolean(), r.GetProperty("note").GetString()!));
        }

        return data;
    }

    [Fact]
    public void The_corpus_covers_every_form_in_both_languages()
    {
        var cases = ((IEnumerable<object[]>)Cases()).Select(c => (Case)c[0]).ToArray();
        Assert.True(cases.Length >= 60);
        foreach (var form in new[] { "spelled", "superscript", "vulgar", "leading-dot", "rounded", "simplify", "convert", "mc-letter", "mc-content", "rate" })
        {
            Assert.Contains(cases, c => c.Leak && c.Note.StartsWith(form, StringComparison.Ordinal) && c.Language == "en");
            Assert.Contains(cases, c => c.Leak && c.Note.StartsWith(form.Replace("leading-dot", "leading-comma"), StringComparison.Ordinal) && c.Language == "nl");
        }

        Assert.True(cases.Count(c => !c.Leak) >= 15, "look-alikes that must pass");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Whole_reply(Case c)
    {
        var result = AnswerLeakGuard.Instance.Scan(c.ToProblem(), c.Response, c.History);
        Assert.True(c.Leak == result.Leak, $"{c}: expected leak={c.Leak}, got {result.Leak} (form '{result.Form}', rule {result.Rule}) in '{c.Response}'");
        if (result.Leak)
        {
            Assert.NotNull(result.Rule);
            Assert.Equal(result.Form, c.Response.Substring(result.Start, result.Length));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Streamed_at_every_split(Case c)
    {
        var problem = c.ToProblem();
        for (var i = 0; i <= c.Response.Length; i++)
        {
            using var guard = new StreamingLeakGuard(problem, c.History);
            var released = new StringBuilder();
            released.Append(guard.Push(c.Response.AsSpan(0, i)));
            if (!guard.LeakDetected)
            {
                released.Append(guard.Push(c.Response.AsSpan(i)));
            }

            if (!guard.LeakDetected)
            {
                released.Append(guard.Complete());
            }

            Assert.True(c.Leak == guard.LeakDetected, $"{c}: split at {i} gave leak={guard.LeakDetected}");
            if (c.Leak)
            {
                Assert.False(AnswerLeakGuard.Instance.Scan(problem, released.ToString(), c.History).Leak, $"{c}: split at {i} released '{released}'");
            }
            else
            {
                Assert.Equal(c.Response, released.ToString());
            }
        }
    }
}
