using Didactics.Checking;

namespace Didactics.Guard;

/// <summary>The result of scanning one tutor reply for the final answer.</summary>
/// <param name="Leak">True when the reply states the final answer.</param>
/// <param name="Confidence">How sure the scan is, 0 to 1.</param>
/// <param name="Form">The text that matched, or null.</param>
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
/// The built-in answer-leak guard. A number in the reply equal to the answer is a leak unless it also stands in the
/// problem statement as an operand ("subtract 4 from both sides" does not reveal <c>x = 4</c>) and is not stated as
/// a result ("so x = 4", "the answer is 4"). Text and multiple-choice answers leak when stated as the answer.
/// </summary>
public sealed class AnswerLeakGuard : IAnswerLeakGuard
{
    /// <summary>A shared instance; the guard is stateless.</summary>
    public static AnswerLeakGuard Instance { get; } = new();

    private static readonly string[] ResultMarkers = ["=", "answer is", "antwoord is", "is equal to", "equals", "is gelijk aan", "makes", "gives", "geeft", "wordt", "so it is", "dus"];

    /// <inheritdoc />
    public LeakScanResult Scan(Problem problem, string reply, string? history = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(reply);

        foreach (var answer in problem.Answers)
        {
            var result = answer.Kind switch
            {
                AnswerKind.Text => ScanText(answer, reply),
                AnswerKind.MultipleChoice => ScanChoice(answer, reply),
                _ => ScanNumber(problem, answer, reply, history),
            };
            if (result.Leak)
            {
                return result;
            }
        }

        return LeakScanResult.None;
    }

    private static LeakScanResult ScanNumber(Problem problem, ReferenceAnswer answer, string reply, string? history)
    {
        var rhs = answer.Value;
        var eq = rhs.LastIndexOf('=');
        if (eq >= 0)
        {
            rhs = rhs[(eq + 1)..];
        }

        if (!NumberText.TryParse(rhs, out var expected))
        {
            return LeakScanResult.None;
        }

        var inStatement = ContainsValue(problem.Statement, expected);
        var learnerSaidIt = history is not null && ContainsValue(history, expected);
        foreach (System.Text.RegularExpressions.Match match in NumberText.Token().Matches(reply))
        {
            if (!NumberText.TryParse(match.Value, out var value) || !NumberText.Same(value, expected))
            {
                continue;
            }

            var stated = StatedAsResult(reply, match.Index);
            if (learnerSaidIt && !stated)
            {
                continue;
            }

            if (!inStatement || stated)
            {
                return new LeakScanResult(true, stated ? 0.95 : 0.8, match.Value.Trim());
            }
        }

        return LeakScanResult.None;
    }

    private static bool ContainsValue(string text, double expected)
    {
        foreach (System.Text.RegularExpressions.Match match in NumberText.Token().Matches(text))
        {
            if (NumberText.TryParse(match.Value, out var value) && NumberText.Same(value, expected))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StatedAsResult(string reply, int index)
    {
        var start = Math.Max(0, index - 16);
        var before = reply[start..index].ToLowerInvariant();
        foreach (var marker in ResultMarkers)
        {
            if (before.TrimEnd().EndsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static LeakScanResult ScanText(ReferenceAnswer answer, string reply)
    {
        var expected = DefaultAnswerChecker.Normalize(answer.Value);
        var normalized = " " + DefaultAnswerChecker.Normalize(reply) + " ";
        return expected.Length > 0 && normalized.Contains(" " + expected + " ", StringComparison.Ordinal)
            ? new LeakScanResult(true, 0.9, answer.Value)
            : LeakScanResult.None;
    }

    private static LeakScanResult ScanChoice(ReferenceAnswer answer, string reply)
    {
        var letter = answer.Value.Trim();
        var lower = reply.ToLowerInvariant();
        foreach (var form in new[] { $"answer is {letter}", $"antwoord is {letter}", $"option {letter}", $"optie {letter}", $"({letter})" })
        {
            var i = lower.IndexOf(form.ToLowerInvariant(), StringComparison.Ordinal);
            if (i >= 0)
            {
                return new LeakScanResult(true, 0.9, reply.Substring(i, form.Length));
            }
        }

        return LeakScanResult.None;
    }
}
