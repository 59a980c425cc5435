using System.Text;

namespace Didactics.Tests;

/// <summary>Odd input never throws, and the streaming guard agrees with the whole-reply guard.</summary>
public sealed class RobustnessTests
{
    private const string Alphabet = "0123456789 ,./%-−=x\\{}$()[]^_abdefhiklmnoprstuvwzëéB½¾４٤٫\n'?!:fractwoforty veertig en and half kwart minus the answer is ";

    private static IEnumerable<string> RandomTexts(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 60);
            for (var j = 0; j < length; j++)
            {
                sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            yield return sb.ToString();
        }
    }

    public static TheoryData<string, string, AnswerKind> Problems => new()
    {
        { "en", "x = 4", AnswerKind.Expression },
        { "nl", "0,75", AnswerKind.Number },
        { "en", "-3", AnswerKind.Number },
        { "nl", "1250", AnswerKind.Number },
        { "en", "B", AnswerKind.MultipleChoice },
        { "en", "Den Haag", AnswerKind.Text },
        { "en", "y = 2x + 1", AnswerKind.Expression },
        { "en", "5 cm", AnswerKind.Number },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Random_text_never_throws_and_streaming_agrees(string language, string answer, AnswerKind kind)
    {
        var problem = new Problem("p", "Solve x + 4 = 8 and 1/2 + 1/4.", answer, kind) { Language = language };
        foreach (var text in RandomTexts(answer.Length * 31 + (int)kind, 1000))
        {
            DefaultAnswerChecker.Instance.Check(problem, text);
            var whole = AnswerLeakGuard.Instance.Scan(problem, text, history: text);
            var scan = AnswerLeakGuard.Instance.Scan(problem, text);
            Assert.InRange(scan.Confidence, 0, 1);

            using var guard = new StreamingLeakGuard(problem);
            var released = new StringBuilder();
            var chunk = 1 + (text.Length % 7); // chunk sizes 1..7
            for (var i = 0; i < text.Length && !guard.LeakDetected; i += chunk)
            {
                released.Append(guard.Push(text.AsSpan(i, Math.Min(chunk, text.Length - i))));
            }

            if (!guard.LeakDetected)
            {
                released.Append(guard.Complete());
            }

            Assert.StartsWith(released.ToString(), text, StringComparison.Ordinal);
            if (!guard.LeakDetected)
            {
                Assert.Equal(text, released.ToString());
            }

            // The stream finds exactly the leaks the whole-reply scan finds, and never releases one.
            Assert.True(scan.Leak == guard.LeakDetected, $"'{text}': whole scan {scan.Leak} ({scan.Form}), stream {guard.LeakDetected} ({guard.Result.Form})");
            Assert.False(AnswerLeakGuard.Instance.Scan(problem, released.ToString()).Leak, $"'{text}': released '{released}' leaks");
            Assert.InRange(whole.Confidence, 0, 1);
        }
    }
}
