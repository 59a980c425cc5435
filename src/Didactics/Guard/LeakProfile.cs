using System.Runtime.CompilerServices;
using Didactics.Checking;

namespace Didactics.Guard;

/// <summary>What the guard looks for in replies about one problem, computed once per <see cref="Problem"/> instance.</summary>
internal sealed class LeakProfile
{
    private static readonly ConditionalWeakTable<Problem, LeakProfile> Cache = new();

    private LeakProfile(Problem problem)
    {
        Problem = problem;
        Dutch = AnswerValues.IsDutch(problem);
        var numbers = new List<NumberMention>();
        var texts = new List<string>();
        var letters = new List<char>();
        var symbolic = new List<string>();
        foreach (var answer in problem.Answers)
        {
            if (AnswerValues.IsNumeric(answer.Kind))
            {
                if (AnswerValues.TryParseReference(answer.Value, Dutch, out var value))
                {
                    numbers.Add(value);
                }
                else if (answer.Kind == AnswerKind.Expression)
                {
                    symbolic.Add(Expressions.CompactRightHandSide(answer.Value)); // "y = 2x + 1": look for "2x+1"
                }
                else
                {
                    texts.Add(TextFolding.Normalize(answer.Value));
                }
            }
            else if (answer.Kind == AnswerKind.MultipleChoice)
            {
                var letter = ChoiceLetters.Of(answer.Value);
                if (letter != '\0')
                {
                    letters.Add(letter);
                }
            }
            else
            {
                var normalized = TextFolding.Normalize(answer.Value);
                if (normalized.Length > 0)
                {
                    texts.Add(normalized);
                }

                // A text answer that is a number ("twelve") is also looked for as a value.
                if (AnswerValues.TryReadWhole(answer.Value, Dutch, out var value))
                {
                    numbers.Add(value);
                }
            }
        }

        Numbers = numbers.ToArray();
        Texts = texts.Where(t => t.Length > 0).Distinct().ToArray();
        Letters = letters.Distinct().ToArray();
        Symbolic = symbolic.Where(t => t.Length > 0).Distinct().ToArray();

        var statement = new List<NumberMention>();
        var pos = 0;
        while (NumberScanner.Next(problem.Statement, ref pos, Dutch, out var m))
        {
            statement.Add(m);
        }

        StatementNumbers = statement.ToArray();
        var normalizedStatement = TextFolding.Normalize(problem.Statement);
        TextInStatement = Texts.Select(t => TextWindows.Find(normalizedStatement, t, 0, out _, out _)).ToArray();
        MaxTextWords = Texts.Length == 0 ? 0 : Texts.Max(t => t.Count(c => c == ' ') + 1);
    }

    public Problem Problem { get; }

    public bool Dutch { get; }

    /// <summary>The reference answers read as values.</summary>
    public NumberMention[] Numbers { get; }

    /// <summary>The values that stand in the problem statement (operands).</summary>
    public NumberMention[] StatementNumbers { get; }

    /// <summary>Normalized text answers.</summary>
    public string[] Texts { get; }

    /// <summary>For each text answer, whether the statement contains it.</summary>
    public bool[] TextInStatement { get; }

    /// <summary>The most words in a text answer.</summary>
    public int MaxTextWords { get; }

    /// <summary>Symbolic answers ("y = 2x + 1") as compacted right-hand sides ("2x+1").</summary>
    public string[] Symbolic { get; }

    /// <summary>Multiple-choice letters, upper case.</summary>
    public char[] Letters { get; }

    public static LeakProfile For(Problem problem) => Cache.GetValue(problem, static p => new LeakProfile(p));

    /// <summary>Whether <paramref name="mention"/> equals a reference value; <paramref name="viaAlternative"/> when only the other separator reading does.</summary>
    public bool MatchesAnswer(in NumberMention mention, out bool viaAlternative)
    {
        viaAlternative = false;
        foreach (var n in Numbers)
        {
            if (AnswerValues.Same(mention, n, 0, useAlternative: false, allowRounding: false))
            {
                return true;
            }
        }

        foreach (var n in Numbers)
        {
            if (AnswerValues.Same(mention, n, 0, useAlternative: true, allowRounding: false))
            {
                viaAlternative = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the value also stands in the problem statement.</summary>
    public bool InStatement(in NumberMention mention)
    {
        foreach (var s in StatementNumbers)
        {
            if (AnswerValues.Same(mention, s, 0, useAlternative: true, allowRounding: false) || AnswerValues.Same(s, mention, 0, useAlternative: true, allowRounding: false))
            {
                return true;
            }
        }

        return false;
    }
}
