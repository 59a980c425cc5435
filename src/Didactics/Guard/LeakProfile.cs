using System.Runtime.CompilerServices;

namespace Didactics;

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
                    texts.Add(TextChars.Normalize(answer.Value));
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
                var normalized = TextChars.Normalize(answer.Value);
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

        // A multiple-choice answer is also stated by its option's content ("C) 29": "only 29 is prime").
        var choiceNumbers = new List<NumberMention>();
        var choiceTexts = new List<string>();
        foreach (var letter in letters.Distinct())
        {
            var content = ChoiceContent(problem.Statement, letter);
            if (content.IsEmpty)
            {
                continue;
            }

            if (AnswerValues.TryReadWhole(content, Dutch, out var value))
            {
                choiceNumbers.Add(value);
            }
            else
            {
                var normalized = TextChars.Normalize(content.ToString());
                if (normalized.Length >= 3)
                {
                    choiceTexts.Add(normalized);
                }
            }
        }

        ChoiceNumbers = choiceNumbers.ToArray();
        ChoiceTexts = choiceTexts.Distinct().ToArray();
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
        SimplestForm = AsksForSimplestForm(problem.Statement);
        AnswerDenominators = SimplestForm
            ? problem.Answers.Where(a => AnswerValues.IsNumeric(a.Kind)).Select(a => DenominatorOf(a.Value.AsSpan())).Where(d => d > 0).ToArray()
            : [];
        Spelled = Texts.Select(t => new string(t.Where(TextChars.IsLetterOrDigit).ToArray())).Where(t => t.Length >= 3).Distinct().ToArray();
        CommonText = Texts.Select(CommonWords.IsCommon).ToArray();
        // The problem's own content that authored replies quote (hints, steps, the worked example); the rest of an authored
        // reply is the strategy's fixed text, written without knowing the problem.
        var problemContent = TextChars.Normalize(string.Join(" ", problem.Hints.Concat(problem.Steps)
            .Concat(problem.Example is { } example ? example.Steps.Prepend(example.Statement) : [])));
        TextInProblemContent = Texts.Select(t => TextWindows.Find(problemContent, t, 0, out _, out _)).ToArray();
        var normalizedStatement = TextChars.Normalize(problem.Statement);
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

    /// <summary>The values of the correct options' content, read from the statement ("C) 29").</summary>
    public NumberMention[] ChoiceNumbers { get; }

    /// <summary>The correct options' content as normalized text, when it is not a value.</summary>
    public string[] ChoiceTexts { get; }

    /// <summary>Text answers as their letters and digits only, for answers spelled out letter by letter ("c-h-i-l-d").</summary>
    public string[] Spelled { get; }

    /// <summary>For each text answer, whether the problem's hints, steps or worked example contain it.</summary>
    public bool[] TextInProblemContent { get; }

    /// <summary>For each text answer, whether it is an everyday word that only counts when stated as the answer.</summary>
    public bool[] CommonText { get; }

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

        // A rounded decimal or percentage states an answer that has no short exact decimal: "0.67" or "66.7%" for 2/3.
        if (mention.Form == MentionForm.Decimal || mention.Percent)
        {
            var decimals = mention.Decimals + (mention.Percent ? 2 : 0);
            if (decimals >= 2)
            {
                foreach (var n in Numbers)
                {
                    if (n.Unit.IsNone && mention.Unit.IsNone && IsRounded(mention.Value, n.Value, decimals))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsRounded(double candidate, double expected, int decimals)
    {
        var scale = Math.Pow(10, decimals);
        var scaled = expected * scale;
        var exact = Math.Abs(scaled - Math.Round(scaled)) < 1e-6;
        return !exact && Math.Abs(candidate - (Math.Round(scaled, MidpointRounding.AwayFromZero) / scale)) < 1e-9 * Math.Max(1, Math.Abs(candidate));
    }

    /// <summary>Whether <paramref name="history"/> already has the answer's value (or text) anywhere.</summary>
    public bool Mentions(string history)
    {
        var pos = 0;
        while (NumberScanner.Next(history, ref pos, Dutch, out var m))
        {
            if (MatchesAnswer(m, out _))
            {
                return true;
            }
        }

        if (Texts.Length > 0)
        {
            var normalized = TextChars.Normalize(history);
            foreach (var t in Texts)
            {
                if (TextWindows.Find(normalized, t, 0, out _, out _))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the statement asks for the simplest form ("in simplest form", "simplify", "eenvoudigste vorm").</summary>
    public bool SimplestForm { get; }

    /// <summary>The denominators of fraction answers when <see cref="SimplestForm"/> is asked.</summary>
    public long[] AnswerDenominators { get; }

    private static readonly string[] SimplestFormWords =
        ["simplest form", "lowest terms", "simplify", "simplified", "eenvoudigste vorm", "vereenvoudig", "zo eenvoudig mogelijk", "eenvoudigst"];

    private static bool AsksForSimplestForm(string statement)
    {
        foreach (var w in SimplestFormWords)
        {
            if (statement.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a fraction equal to the answer is written with another denominator while the problem asks for the
    /// simplest form: "four eighths" for 1/2 is a step the learner still has to simplify, not the answer.
    /// </summary>
    public bool UnsimplifiedStep(ReadOnlySpan<char> text, in NumberMention mention)
    {
        if (AnswerDenominators.Length == 0)
        {
            return false;
        }

        var denominator = DenominatorOf(text[mention.Start..mention.End]);
        return denominator > 0 && Array.IndexOf(AnswerDenominators, denominator) < 0;
    }

    /// <summary>The denominator of a written fraction ("4/8", "⁴⁄₈", "vier achtsten", "three quarters"), or 0.</summary>
    internal static long DenominatorOf(ReadOnlySpan<char> fraction)
    {
        for (var i = 0; i < fraction.Length; i++)
        {
            if (TextChars.FoldPunctuation(fraction[i]) == '/')
            {
                long d = 0;
                var j = i + 1;
                while (j < fraction.Length && fraction[j] == ' ')
                {
                    j++;
                }

                for (; j < fraction.Length; j++)
                {
                    var c = fraction[j];
                    var digit = c is >= '\u2080' and <= '\u2089' ? c - '\u2080' : TextChars.TryDigit(c, out var dd) ? dd : -1;
                    if (digit < 0)
                    {
                        break;
                    }

                    d = (d * 10) + digit;
                }

                return d;
            }
        }

        // A denominator word at the end: "vier achtsten", "three quarters".
        var end = fraction.Length;
        while (end > 0 && !TextChars.IsLetter(fraction[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && TextChars.IsLetter(fraction[start - 1]))
        {
            start--;
        }

        return start < end && NumberWords.MatchSuffixWord(fraction[..end], start, out var value, out _) == NumberWords.Kind.Denominator ? value : 0;
    }

    /// <summary>Whether a value equal to a correct option's content.</summary>
    public bool MatchesChoice(in NumberMention mention)
    {
        foreach (var n in ChoiceNumbers)
        {
            if (AnswerValues.Same(mention, n, 0, useAlternative: false, allowRounding: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the value, as written in <paramref name="text"/>, also stands in the problem statement (an operand). A value
    /// written differently from every equal value in the statement is a result, not a quote: "3/4" for "Simplify 6/8",
    /// "1/2" for "Write 0.5 as a fraction". Number words compare by value only.
    /// </summary>
    public bool InStatement(in NumberMention mention, ReadOnlySpan<char> text)
    {
        foreach (var s in StatementNumbers)
        {
            if (AnswerValues.Same(mention, s, 0, useAlternative: true, allowRounding: false) || AnswerValues.Same(s, mention, 0, useAlternative: true, allowRounding: false))
            {
                if (mention.Form == MentionForm.Words || s.Form == MentionForm.Words
                    || SameWriting(Problem.Statement.AsSpan(s.Start, s.End - s.Start), text[mention.Start..mention.End]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The digits and fraction bars of two numerals agree ("0.75" and "0,75" do; "3/4" and "6/8" do not).</summary>
    private static bool SameWriting(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !IsNumeralChar(a[i]))
            {
                i++;
            }

            while (j < b.Length && !IsNumeralChar(b[j]))
            {
                j++;
            }

            if (i >= a.Length || j >= b.Length)
            {
                return i >= a.Length && j >= b.Length;
            }

            if (NumeralKey(a[i]) != NumeralKey(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }

        static bool IsNumeralChar(char c) => TextChars.IsDigit(c) || TextChars.FoldPunctuation(c) == '/' || NumberScanner.VulgarValue(c) > 0;

        static int NumeralKey(char c) => TextChars.TryDigit(c, out var d) ? d : TextChars.FoldPunctuation(c) == '/' ? -1 : c;
    }

    /// <summary>
    /// The content of option <paramref name="letter"/> in a statement that lists options ("A) 21 B) 27 C) 29", "(C) Bern",
    /// "C. 29"): the text after the marker up to the next option marker or the end of the line.
    /// </summary>
    internal static ReadOnlySpan<char> ChoiceContent(string statement, char letter)
    {
        var s = statement.AsSpan();
        for (var i = 0; i < s.Length; i++)
        {
            if (char.ToUpperInvariant(s[i]) != letter || !char.IsUpper(s[i]) || (i > 0 && TextChars.IsLetterOrDigit(s[i - 1])))
            {
                continue;
            }

            var after = i + 1;
            if (after >= s.Length || s[after] is not (')' or '.' or ':' or ']'))
            {
                continue;
            }

            var start = after + 1;
            var end = start;
            while (end < s.Length && s[end] != '\n')
            {
                // The next marker: an upper-case letter followed by ')' '.' ':' or ']' after white space or '('.
                if (end + 1 < s.Length && char.IsUpper(s[end]) && s[end + 1] is ')' or ':' or ']' && (s[end - 1] is ' ' or '(' or '['))
                {
                    break;
                }

                end++;
            }

            var content = s[start..end].Trim().TrimStart('(').TrimEnd('(').Trim().TrimEnd(",;").Trim();
            if (!content.IsEmpty)
            {
                return content;
            }
        }

        return ReadOnlySpan<char>.Empty;
    }
}
