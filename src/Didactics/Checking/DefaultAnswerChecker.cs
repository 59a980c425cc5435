using System.Globalization;
using System.Text;

namespace Didactics.Checking;

/// <summary>
/// The built-in deterministic answer checker. Numbers compare by value (so <c>3/4</c>, <c>0.75</c>, <c>0,75</c> and
/// <c>75%</c> are one answer), <c>x = 4</c> forms compare their right-hand side, multiple-choice answers compare the
/// option letter, and text compares after folding case, accents and white space.
/// </summary>
public sealed class DefaultAnswerChecker : IAnswerChecker
{
    /// <summary>A shared instance; the checker is stateless.</summary>
    public static DefaultAnswerChecker Instance { get; } = new();

    /// <inheritdoc />
    public AnswerVerdict Check(Problem problem, string learnerMessage)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(learnerMessage);

        var kind = problem.Answers[0].Kind;
        return kind switch
        {
            AnswerKind.Text => CheckText(problem, learnerMessage),
            AnswerKind.MultipleChoice => CheckChoice(problem, learnerMessage),
            _ => CheckNumber(problem, learnerMessage),
        };
    }

    private static AnswerVerdict CheckNumber(Problem problem, string message)
    {
        // The learner's answer is the last number in the message ("I think it is 3/4" -> 3/4; "x = 4" -> 4).
        var matches = NumberText.Token().Matches(message);
        if (matches.Count == 0)
        {
            return AnswerVerdict.NoAttempt;
        }

        var candidate = matches[matches.Count - 1].Value.Trim();
        if (!NumberText.TryParse(candidate, out var value))
        {
            return AnswerVerdict.NoAttempt;
        }

        foreach (var answer in problem.Answers)
        {
            if (NumberText.TryParse(RightHandSide(answer.Value), out var expected) && NumberText.Same(value, expected))
            {
                return new AnswerVerdict(VerdictKind.Correct, candidate);
            }
        }

        foreach (var misconception in problem.Misconceptions)
        {
            if (NumberText.TryParse(RightHandSide(misconception.Pattern), out var wrong) && NumberText.Same(value, wrong))
            {
                return new AnswerVerdict(VerdictKind.Incorrect, candidate, misconception.Diagnosis);
            }
        }

        return new AnswerVerdict(VerdictKind.Incorrect, candidate);
    }

    private static AnswerVerdict CheckChoice(Problem problem, string message)
    {
        var letter = FindChoiceLetter(message);
        if (letter is null)
        {
            return AnswerVerdict.NoAttempt;
        }

        foreach (var answer in problem.Answers)
        {
            if (string.Equals(answer.Value.Trim(), letter, StringComparison.OrdinalIgnoreCase))
            {
                return new AnswerVerdict(VerdictKind.Correct, letter);
            }
        }

        return new AnswerVerdict(VerdictKind.Incorrect, letter);
    }

    private static AnswerVerdict CheckText(Problem problem, string message)
    {
        var normalized = Normalize(message);
        if (normalized.Length == 0)
        {
            return AnswerVerdict.NoAttempt;
        }

        foreach (var answer in problem.Answers)
        {
            var expected = Normalize(answer.Value);
            if (normalized == expected || normalized.EndsWith(" " + expected, StringComparison.Ordinal))
            {
                return new AnswerVerdict(VerdictKind.Correct, message.Trim());
            }
        }

        return new AnswerVerdict(VerdictKind.Incorrect, message.Trim());
    }

    private static string? FindChoiceLetter(string message)
    {
        var trimmed = message.Trim().TrimEnd('.', '!', ')');
        if (trimmed.Length == 1 && char.IsLetter(trimmed[0]))
        {
            return trimmed.ToUpperInvariant();
        }

        // "I pick B", "answer c", "(D)"
        var words = trimmed.Split([' ', '(', ')', ',', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (words[i].Length == 1 && words[i][0] is >= 'A' and <= 'F' or >= 'a' and <= 'f' && words[i] != "a")
            {
                return words[i].ToUpperInvariant();
            }
        }

        return null;
    }

    private static string RightHandSide(string value)
    {
        var eq = value.LastIndexOf('=');
        return eq >= 0 ? value[(eq + 1)..] : value;
    }

    /// <summary>Lower-cases, folds accents, drops punctuation and collapses white space.</summary>
    internal static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
