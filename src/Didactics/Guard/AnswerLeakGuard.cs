using Didactics.Checking;

namespace Didactics.Guard;

/// <summary>The result of scanning one tutor reply for the final answer.</summary>
/// <param name="Leak">True when the reply states the final answer.</param>
/// <param name="Confidence">How sure the scan is that the reply states the answer, 0 to 1 (a leak is 0.5 or more).</param>
/// <param name="Form">The text that matched, e.g. <c>x = 4</c>, <c>the answer is three quarters</c>, <c>75%</c>; null when there is no leak.</param>
public readonly record struct LeakScanResult(bool Leak, double Confidence, string? Form)
{
    /// <summary>No leak.</summary>
    public static LeakScanResult None => default;
}

/// <summary>Scans tutor replies for the final answer of a problem, in any equivalent form.</summary>
public interface IAnswerLeakGuard
{
    /// <summary>Scans <paramref name="reply"/>. <paramref name="history"/> is the dialogue so far (confirming an answer the learner already gave is not a reveal).</summary>
    LeakScanResult Scan(Problem problem, string reply, string? history = null);
}

/// <summary>
/// The built-in answer-leak guard. It finds the answer in every form the <see cref="DefaultAnswerChecker"/> reads (digits,
/// decimal comma, fractions, percentages, mixed numbers, LaTeX, Unicode digits, number words in English and Dutch, units,
/// option letters, text) and decides from the words around it whether the reply states it:
/// <list type="bullet">
/// <item>stated as a result ("so x = 4", "the answer is 4", "het antwoord is vier", "4 is correct"): a leak;</item>
/// <item>only mentioned, and not in the problem statement: a leak ("Try 4 and see");</item>
/// <item>only mentioned, and also an operand in the problem statement ("subtract 4 from both sides"): not a leak;</item>
/// <item>the single word zero, one or two ("one", "twee") only mentioned: not a leak (it is usually not a quantity);</item>
/// <item>the learner already gave the answer (per <c>history</c>): confirming it is not a leak.</item>
/// </list>
/// The guard allocates nothing per scan unless it finds a leak (the <see cref="LeakScanResult.Form"/> string). For
/// streamed replies use <see cref="StreamingLeakGuard"/>, which applies the same policy chunk by chunk.
/// </summary>
/// <remarks>See <c>docs/answer-leak-guard.md</c>.</remarks>
public sealed class AnswerLeakGuard : IAnswerLeakGuard
{
    /// <summary>A shared instance; the guard is stateless.</summary>
    public static AnswerLeakGuard Instance { get; } = new();

    /// <inheritdoc />
    public LeakScanResult Scan(Problem problem, string reply, string? history = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(reply);
        var profile = LeakProfile.For(problem);
        var given = history is not null && LearnerGaveAnswer(problem, history);
        return LeakDetector.Scan(profile, reply, 0, given, streaming: false, out _);
    }

    /// <summary>Creates a streaming scan of one reply with this guard's policy.</summary>
    public StreamingLeakGuard CreateStream(Problem problem, string? history = null) => new(problem, history);

    /// <summary>
    /// Whether the learner already gave a correct answer in <paramref name="history"/>. Lines labelled as the tutor
    /// ("Tutor:", "Assistant:", "AI:", "Docent:", "Teacher:", "Bot:", "Model:") are skipped; other lines are checked with
    /// the <see cref="DefaultAnswerChecker"/>.
    /// </summary>
    internal static bool LearnerGaveAnswer(Problem problem, ReadOnlySpan<char> history)
    {
        while (!history.IsEmpty)
        {
            var newline = history.IndexOf('\n');
            var line = (newline < 0 ? history : history[..newline]).Trim();
            history = newline < 0 ? ReadOnlySpan<char>.Empty : history[(newline + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon is > 0 and <= 16)
            {
                var label = line[..colon].Trim();
                if (IsTutorLabel(label))
                {
                    continue;
                }

                if (IsLabel(label))
                {
                    line = line[(colon + 1)..];
                }
            }

            if (DefaultAnswerChecker.Instance.Check(problem, line, materialize: false).Kind == VerdictKind.Correct)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] TutorLabels = ["tutor", "assistant", "ai", "docent", "teacher", "bot", "model", "leraar", "juf", "meester", "system"];
    private static readonly string[] LearnerLabels = ["learner", "student", "user", "leerling", "pupil", "kind", "child", "human"];

    private static bool IsTutorLabel(ReadOnlySpan<char> label)
    {
        foreach (var l in TutorLabels)
        {
            if (TextFolding.EqualsFolded(label, l))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        label = label.Trim();
        if (IsTutorLabel(label))
        {
            return true;
        }

        foreach (var l in LearnerLabels)
        {
            if (TextFolding.EqualsFolded(label, l))
            {
                return true;
            }
        }

        return false;
    }
}
