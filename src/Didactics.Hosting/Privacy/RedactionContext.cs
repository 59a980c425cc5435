using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Didactics.Hosting;

/// <summary>
/// What the redactor knows about the conversation a text belongs to: the numbers of the problem (statement, answers,
/// hints). A number that is part of the math (it appears in the problem) is the learner's work, not their phone
/// number or BSN, unless the text itself says it is (e.g. "my BSN is …").
/// </summary>
public sealed partial class RedactionContext
{
    private RedactionContext(FrozenSet<string> numbers) => ProtectedNumbers = numbers;

    /// <summary>No context: patterns and the text's own wording decide.</summary>
    public static RedactionContext None { get; } = new(FrozenSet<string>.Empty);

    /// <summary>The digit strings (separators removed) of the numbers that belong to the problem.</summary>
    public FrozenSet<string> ProtectedNumbers { get; }

    /// <summary>The context of a session on <paramref name="problem"/>: its statement, accepted answers and hints.</summary>
    public static RedactionContext ForProblem(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return FromTexts([problem.Statement, .. problem.Answers.Select(a => a.Value), .. problem.Hints]);
    }

    /// <summary>A context protecting the numbers written in <paramref name="texts"/>.</summary>
    public static RedactionContext FromTexts(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            foreach (Match m in GroupedNumber().Matches(text))
            {
                var digits = PersonalDataRedactor.DigitsOf(m.Value);
                if (digits.Length >= 6)
                {
                    numbers.Add(digits);
                }

                // Each group on its own too: "123 456 789" in a statement may be answered as 123456789 or quoted in part.
                foreach (var part in m.Value.Split([' ', '.', ',', '-', '\u00a0'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (part.Length >= 6)
                    {
                        numbers.Add(part);
                    }
                }
            }
        }

        return numbers.Count == 0 ? None : new RedactionContext(numbers.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>True when <paramref name="digits"/> is one of the problem's numbers.</summary>
    internal bool Protects(string digits) => ProtectedNumbers.Contains(digits);

    // Digits in groups separated by one space, dot, comma or dash: 123 456 789, 1.000.000, 06-12345678.
    [GeneratedRegex(@"\d+(?:[ .,\u00a0-]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedNumber();
}
