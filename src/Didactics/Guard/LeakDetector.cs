using Didactics.Shared;

namespace Didactics;

/// <summary>What the dialogue before a reply says about the answer.</summary>
/// <param name="AnswerGiven">The learner's latest answer is correct: repeating it confirms it.</param>
/// <param name="AnswerMentioned">The answer's value already stands in the dialogue (as an intermediate, a guess, a quote).</param>
/// <param name="Authored">The reply is the strategy's authored content, written without knowing the problem: a word that
/// happens to equal a text answer counts only when the content states it as the answer.</param>
internal readonly record struct DialogueFacts(bool AnswerGiven, bool AnswerMentioned, bool Authored = false)
{
    public static DialogueFacts Read(LeakProfile profile, string? history) =>
        history is null ? default : new(AnswerLeakGuard.LearnerGaveAnswer(profile.Problem, history), profile.Mentions(history));
}

/// <summary>The leak policy, shared by <see cref="AnswerLeakGuard"/> and <see cref="StreamingLeakGuard"/>.</summary>
internal static class LeakDetector
{
    /// <summary>Confidence at or above which a match is a leak.</summary>
    public const double Threshold = 0.5;

    /// <summary>
    /// Scans <paramref name="text"/>. Matches that end at or before <paramref name="minEnd"/> were already released and are
    /// ignored. When <paramref name="streaming"/>, <paramref name="holdFrom"/> receives the start of the shortest suffix
    /// that more text could still turn into a leak (the text length when nothing needs holding).
    /// </summary>
    public static LeakScanResult Scan(LeakProfile profile, ReadOnlySpan<char> text, int minEnd, DialogueFacts dialogue, bool streaming, out int holdFrom)
    {
        holdFrom = text.Length;
        var best = 0.0;
        var roleChange = RoleChange.Scan(text, minEnd, streaming, ref holdFrom);
        if (roleChange.Leak)
        {
            return roleChange;
        }

        if (profile.Numbers.Length > 0 || profile.ChoiceNumbers.Length > 0)
        {
            var result = ScanNumbers(profile, text, minEnd, dialogue, streaming, ref holdFrom, ref best);
            if (result.Leak)
            {
                return result;
            }
        }

        if (profile.Letters.Length > 0)
        {
            var result = ScanLetters(profile, text, minEnd, dialogue, streaming, ref holdFrom, ref best);
            if (result.Leak)
            {
                return result;
            }
        }

        if (profile.Texts.Length > 0 || profile.ChoiceTexts.Length > 0)
        {
            var result = ScanTexts(profile, text, minEnd, dialogue, streaming, ref holdFrom, ref best);
            if (result.Leak)
            {
                return result;
            }
        }

        if (profile.Spelled.Length > 0)
        {
            var result = ScanSpelled(profile, text, minEnd, dialogue, streaming, ref holdFrom);
            if (result.Leak)
            {
                return result;
            }
        }

        if (profile.Symbolic.Length > 0)
        {
            var result = ScanSymbolic(profile, text, minEnd, dialogue, streaming, ref holdFrom, ref best);
            if (result.Leak)
            {
                return result;
            }
        }

        if (streaming)
        {
            HoldTrailing(text, ref holdFrom);
        }

        return new LeakScanResult(false, best, null);
    }

    private static LeakScanResult ScanNumbers(LeakProfile profile, ReadOnlySpan<char> text, int minEnd, DialogueFacts dialogue, bool streaming, ref int holdFrom, ref double best)
    {
        // Released text ends where a number or token starts, so no unreleased number starts before it: scan from there
        // (the wording before a value is still read from the whole window).
        var pos = minEnd;
        while (NumberScanner.Next(text, ref pos, profile.Dutch, out var m))
        {
            if (m.End <= minEnd)
            {
                continue;
            }

            if (streaming && IsOpen(text, m.End))
            {
                // More text could still change this number ("4" -> "42", "3/4", "75 %", "4 cm"): hold it and all after it.
                holdFrom = Math.Min(holdFrom, m.Start);
                break;
            }

            var choice = false;
            var viaAlternative = false;
            if (!profile.MatchesAnswer(m, out viaAlternative))
            {
                if (!profile.MatchesChoice(m))
                {
                    continue;
                }

                choice = true;
            }

            if (IsLabel(text, m.Start) || (!choice && profile.UnsimplifiedStep(text, m)))
            {
                continue; // "exercise 15", "opgave 15": a label; "four eighths" when the simplest form is asked: a step
            }

            var inStatement = choice || profile.InStatement(m, text);
            var confidence = Judge(text, m.Start, m.End, dialogue, inStatement, m.Weak, out var formStart, out var undecided, out var rule, choice);
            if (viaAlternative)
            {
                confidence *= 0.9;
            }

            if (confidence >= Threshold && rule != LeakRules.Correction && IsOperand(text, m.Start, m.End))
            {
                confidence = 0.3; // "9 x 8", "(10*9*8)": an operand of a calculation, not its result
            }

            if (confidence >= Threshold)
            {
                return Found(confidence, text, formStart, m.End, choice ? LeakRules.OptionContent : rule);
            }

            best = Math.Max(best, confidence);
            if (streaming && undecided)
            {
                holdFrom = Math.Min(holdFrom, m.Start);
            }
        }

        return default;
    }

    /// <summary>A symbolic answer written out ("y = 2x + 1", "$y=2x+1$") is stated, whatever the wording around it.</summary>
    private static LeakScanResult ScanSymbolic(LeakProfile profile, ReadOnlySpan<char> text, int minEnd, DialogueFacts dialogue, bool streaming, ref int holdFrom, ref double best)
    {
        var rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        var origins = System.Buffers.ArrayPool<int>.Shared.Rent(text.Length);
        try
        {
            var n = Expressions.Compact(text, rented, origins);
            var compact = rented.AsSpan(0, n);
            foreach (var target in profile.Symbolic)
            {
                var from = 0;
                while (from < n)
                {
                    var at = compact[from..].IndexOf(target.AsSpan());
                    if (at < 0)
                    {
                        break;
                    }

                    at += from;
                    var last = at + target.Length - 1;
                    var end = origins[last] + 1;
                    // Whole terms only, judged on the original text: "2x + 10" does not contain "2x + 1".
                    var start = origins[at];
                    var bounded = (start == 0 || !TextChars.IsLetterOrDigit(text[start - 1]))
                        && (end >= text.Length || !TextChars.IsLetterOrDigit(text[end]));
                    if (bounded && end > minEnd)
                    {
                        if (streaming && end >= text.Length)
                        {
                            holdFrom = Math.Min(holdFrom, origins[at]); // "2x + 1" may still become "2x + 10"
                        }
                        else if (dialogue.AnswerGiven)
                        {
                            best = Math.Max(best, 0.1);
                        }
                        else
                        {
                            return Found(0.9, text, origins[at], end, LeakRules.Expression);
                        }
                    }

                    from = at + 1;
                }

                if (streaming)
                {
                    // A partial expression at the end could still complete the answer.
                    holdFrom = Math.Min(holdFrom, Math.Max(minEnd, n - target.Length < 0 ? 0 : origins[Math.Max(0, n - target.Length)]));
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
            System.Buffers.ArrayPool<int>.Shared.Return(origins);
        }

        return default;
    }

    /// <summary>How sure it is that a value equal to the answer states it, from the words around it.</summary>
    private static double Judge(ReadOnlySpan<char> text, int start, int end, DialogueFacts dialogue, bool inStatement, bool weak, out int formStart, out bool undecided, out string rule, bool choice = false)
    {
        undecided = false;
        var strength = ResultContext.Before(text, start, out formStart);
        if (strength == ResultStrength.None)
        {
            formStart = start;
            strength = ResultContext.After(text, end, out var complete);
            undecided = !complete;
        }

        // "5, not 12", "7 weeks instead of 3", "300 en niet 100": a correction asserts the value as the result.
        // Only needed where the wording alone would not make it a leak: a value of the statement or the dialogue, a weak word.
        var correctionComplete = true;
        var correction = strength != ResultStrength.Strong && (inStatement || dialogue.AnswerMentioned || weak || choice)
            && ResultContext.Correction(text, end, out correctionComplete);
        if (correction)
        {
            strength = ResultStrength.Strong;
            undecided = false;
        }
        else if (strength != ResultStrength.Strong && !correctionComplete)
        {
            undecided = true;
        }

        if (choice && strength == ResultStrength.None && ResultContext.Predicate(text, start, end))
        {
            strength = ResultStrength.Weak; // "only 29 is prime", "5/8 is the larger one"
        }

        rule = correction ? LeakRules.Correction : strength switch
        {
            ResultStrength.Strong => LeakRules.StatedAsResult,
            ResultStrength.Weak => LeakRules.StatedWeakly,
            _ => LeakRules.Mentioned,
        };

        if (dialogue.AnswerGiven)
        {
            // The learner's latest answer is this one: confirming it is not a reveal.
            undecided = false;
            return 0.1;
        }

        // A value the dialogue already has (the learner computed it on the way, the tutor used it before) is a reveal only
        // when the reply asserts it as the result, like a value of the statement.
        inStatement |= dialogue.AnswerMentioned;
        if (choice)
        {
            // The options stand in the statement: only a sentence that picks one reveals it.
            return strength == ResultStrength.None ? 0.2 : 0.85;
        }

        return (strength, inStatement, weak) switch
        {
            (ResultStrength.Strong, false, _) => 0.95,
            (ResultStrength.Strong, true, _) => 0.9,
            (ResultStrength.Weak, false, false) => 0.85,
            (ResultStrength.Weak, _, _) => 0.45,
            (_, true, _) => 0.2,
            (_, false, true) => 0.4,
            _ => 0.75,
        };
    }

    private static LeakScanResult Found(double confidence, ReadOnlySpan<char> text, int start, int end, string rule) =>
        new(true, Math.Round(confidence, 2), text[start..end].ToString()) { Rule = rule, Start = start, Length = end - start };

    // Words after which a number is a label: "exercise 15", "page 15", "step 2", "opgave 15", "vraag 3".
    private static readonly string[] LabelWords =
    [
        "exercise", "exercises", "page", "pages", "step", "steps", "question", "questions", "chapter", "section", "paragraph", "line", "lines",
        "figure", "fig", "table", "example", "problem", "task", "item", "lesson", "unit", "level", "round", "no", "nr", "nummer", "number",
        "opgave", "opgaven", "pagina", "bladzijde", "blz", "stap", "vraag", "vragen", "hoofdstuk", "paragraaf", "regel", "figuur", "tabel",
        "voorbeeld", "som", "sommen", "les", "opdracht", "oefening", "niveau", "ronde",
    ];

    private static readonly string[][] LabelsByFirst = Enumerable.Range(0, 26).Select(c => LabelWords.Where(w => w[0] == 'a' + c).ToArray()).ToArray();

    /// <summary>A number right after a label word ("exercise 15", "page 15", "#15", "opgave 15") names something.</summary>
    internal static bool IsLabel(ReadOnlySpan<char> text, int start)
    {
        var p = start - 1;
        if (p >= 0 && text[p] == '#')
        {
            return true;
        }

        while (p >= 0 && text[p] is ' ' or '.' or '\u00A0')
        {
            p--;
        }

        var wordEnd = p + 1;
        while (p >= 0 && TextChars.IsLetter(text[p]))
        {
            p--;
        }

        var word = text[(p + 1)..wordEnd];
        if (word.IsEmpty || word.Length > 10)
        {
            return false;
        }

        var slot = TextFold.Fold(word[0]) - 'a';
        foreach (var label in (uint)slot < 26 ? LabelsByFirst[slot] : [])
        {
            if (TextChars.EqualsFolded(word, label))
            {
                // "number 15" after "the", "a" is a label; "the answer is number 15" is not.
                return !(label is "number" or "nummer" or "no" or "nr") || ResultContext.Before(text, p + 1, out _) == ResultStrength.None;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the value is an operand of a calculation written around it: an operator and another number follow
    /// ("9 x 8", "5 + 3") or an operator after a number precedes it ("10 * 9"), but not "=" ("33 - 28 = 5" ends in a result).
    /// </summary>
    internal static bool IsOperand(ReadOnlySpan<char> text, int start, int end)
    {
        var p = end;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        // A short label in brackets may stand between the value and the operator: "6 (pears) + 4 (apples)".
        if (p < text.Length && text[p] == '(')
        {
            var close = text[p..Math.Min(text.Length, p + 24)].IndexOf(')');
            if (close > 0)
            {
                p += close + 1;
                while (p < text.Length && text[p] == ' ')
                {
                    p++;
                }
            }
        }

        if (p < text.Length && IsOperator(text, p))
        {
            var q = p + 1;
            while (q < text.Length && text[q] == ' ')
            {
                q++;
            }

            if (q < text.Length && (TextChars.IsDigit(text[q]) || text[q] is '(' or '$' or '.' || NumberScanner.VulgarValue(text[q]) > 0))
            {
                return true;
            }
        }

        p = start - 1;
        while (p >= 0 && text[p] is ' ' or '(')
        {
            p--;
        }

        if (p >= 0 && IsOperator(text, p))
        {
            var q = p - 1;
            while (q >= 0 && text[q] == ' ')
            {
                q--;
            }

            return q >= 0 && (TextChars.IsDigit(text[q]) || text[q] is ')' or '%');
        }

        return false;
    }

    private static bool IsOperator(ReadOnlySpan<char> text, int p)
    {
        var c = TextChars.FoldPunctuation(text[p]);
        if (c is '+' or '*' or '×' or '÷' or '·' or '/' or '-' or '^')
        {
            return true;
        }

        // "x" as a times sign stands alone ("9 x 8"); ":" divides between numbers ("8 : 2").
        return (c is 'x' or 'X' or ':') && (p == 0 || !TextChars.IsLetter(text[p - 1])) && (p + 1 >= text.Length || !TextChars.IsLetter(text[p + 1]));
    }

    private static LeakScanResult ScanLetters(LeakProfile profile, ReadOnlySpan<char> text, int minEnd, DialogueFacts dialogue, bool streaming, ref int holdFrom, ref double best)
    {
        for (var i = Math.Max(0, minEnd - 1); i < text.Length; i++)
        {
            var c = text[i];
            if ((uint)((c | 0x20) - 'a') > 'j' - 'a' || (i > 0 && TextChars.IsTokenChar(text[i - 1])) || (i + 1 < text.Length && TextChars.IsTokenChar(text[i + 1])))
            {
                continue;
            }

            if (i + 1 <= minEnd || Array.IndexOf(profile.Letters, char.ToUpperInvariant(c)) < 0 || c == 'a')
            {
                continue; // lower-case "a" is the article
            }

            if (streaming && i + 1 >= text.Length)
            {
                holdFrom = Math.Min(holdFrom, i); // "B" may still become "Bern"
                continue;
            }

            // "option B", "optie B", "(B)": look at the wording before the option word.
            var start = i;
            var p = i - 1;
            while (p >= 0 && text[p] is ' ' or '(' or '[')
            {
                p--;
            }

            foreach (var word in OptionWords)
            {
                var s = p - word.Length + 1;
                if (s >= 0 && TextChars.StartsWithFolded(text, s, word) && (s == 0 || !TextChars.IsLetter(text[s - 1])))
                {
                    start = s;
                    break;
                }
            }

            var end = i + 1;
            while (end < text.Length && text[end] is ')' or ']')
            {
                end++;
            }

            var strength = ResultContext.Before(text, start, out var formStart);
            var undecided = false;
            if (strength == ResultStrength.None && ChoosesOption(text, start, out var verbStart))
            {
                strength = ResultStrength.Strong; // "go with C", "kies C"
                formStart = verbStart;
            }

            if (strength == ResultStrength.None)
            {
                formStart = start;
                strength = ResultContext.After(text, end, out var complete);
                undecided = !complete;
            }

            var confidence = dialogue.AnswerGiven ? 0.1 : strength switch
            {
                ResultStrength.Strong => 0.95,
                ResultStrength.Weak => 0.8,
                _ => 0.2, // a listed option "(B) 12" is not a reveal
            };
            if (confidence >= Threshold)
            {
                return Found(confidence, text, formStart, end, LeakRules.OptionLetter);
            }

            best = Math.Max(best, confidence);
            if (streaming && undecided && !dialogue.AnswerGiven)
            {
                holdFrom = Math.Min(holdFrom, start);
            }
        }

        return default;
    }

    private static readonly string[] OptionWords = ["option", "optie", "choice", "keuze", "letter", "answer", "antwoord"];

    // Verbs that pick an option: "go with C", "pick C", "kies C", "ga voor C".
    private static readonly string[] OptionVerbs = ["go with", "go for", "pick", "choose", "select", "take", "kies", "kiezen", "neem", "ga voor", "ga met", "kies voor"];

    private static bool ChoosesOption(ReadOnlySpan<char> text, int start, out int verbStart)
    {
        verbStart = start;
        var p = start;
        while (p > 0 && text[p - 1] is ' ' or '(' or '[')
        {
            p--;
        }

        foreach (var verb in OptionVerbs)
        {
            var s = p - verb.Length;
            if (s >= 0 && TextChars.StartsWithFolded(text, s, verb) && (s == 0 || !TextChars.IsLetter(text[s - 1])))
            {
                verbStart = s;
                return true;
            }
        }

        return false;
    }

    private static LeakScanResult ScanTexts(LeakProfile profile, ReadOnlySpan<char> text, int minEnd, DialogueFacts dialogue, bool streaming, ref int holdFrom, ref double best)
    {
        var count = profile.Texts.Length + profile.ChoiceTexts.Length;
        for (var t = 0; t < count; t++)
        {
            var choice = t >= profile.Texts.Length;
            var expected = (choice ? profile.ChoiceTexts[t - profile.Texts.Length] : profile.Texts[t]).AsSpan();
            var common = !choice && profile.CommonText[t];
            if (dialogue.Authored && !choice && !profile.TextInProblemContent[t])
            {
                // The strategy's fixed text cannot know the answer: a word in it that equals the answer ("the answer is
                // yours to find") is a coincidence. Only the problem's own hints, steps and example can reveal it.
                continue;
            }

            // An everyday word, or any word in the strategy's own content, must be spelled exactly: "voor dat" is not "voordat".
            var strict = common || dialogue.Authored;
            var allowed = !strict && expected.Length > 6 ? 1 : 0;
            var i = minEnd;
            while (i < text.Length)
            {
                // Next word start whose first letter matches (a cheap filter before the edit distance).
                while (i < text.Length && !(TextChars.IsLetterOrDigit(text[i]) && (i == 0 || !TextChars.IsLetterOrDigit(text[i - 1]))))
                {
                    i++;
                }

                if (i >= text.Length)
                {
                    break;
                }

                if (TextFold.Fold(text[i]) == expected[0] && TryMatchWords(text, i, expected, allowed, out var end) && end > minEnd)
                {
                    if (streaming && (end >= text.Length || TextChars.IsLetter(text[end])))
                    {
                        holdFrom = Math.Min(holdFrom, i);
                        break;
                    }

                    var confidence = Judge(text, i, end, dialogue, choice || profile.TextInStatement[t], weak: false, out var formStart, out var undecided, out var rule, choice);
                    if (confidence < Threshold && rule == LeakRules.StatedWeakly && AssertsWord(text, formStart, i, end, rule))
                    {
                        // "The word you're looking for is 'large'" names the answer even when the options stand in the statement.
                        confidence = 0.9;
                        rule = LeakRules.StatedAsResult;
                    }

                    if (strict && confidence >= Threshold && !AssertsWord(text, formStart, i, end, rule))
                    {
                        // An everyday word, or a word of the strategy's own content, counts only when stated as the answer
                        // ("The missing word is better.", "het antwoord is 'beter'"), not as grammar ("the answer stays yours").
                        confidence = 0.3;
                        undecided |= text[end..].IndexOfAny(".!?\n") < 0; // ", not that" may still follow

                    }

                    if (confidence >= Threshold)
                    {
                        return Found(confidence, text, formStart, end, choice ? LeakRules.OptionContent : rule);
                    }

                    best = Math.Max(best, confidence);
                    if (streaming && undecided)
                    {
                        holdFrom = Math.Min(holdFrom, i);
                    }
                }

                i++;
            }
        }

        if (streaming && profile.MaxTextWords > 0)
        {
            // The last words could be the start of a multi-word answer.
            var words = 0;
            var p = text.Length;
            while (p > 0 && words < profile.MaxTextWords)
            {
                p--;
                if (TextChars.IsLetterOrDigit(text[p]) && (p == 0 || !TextChars.IsLetterOrDigit(text[p - 1])))
                {
                    words++;
                }
            }

            holdFrom = Math.Min(holdFrom, Math.Max(p, minEnd));
        }

        return default;
    }

    /// <summary>Compares the words at <paramref name="start"/> with the normalized phrase, folding as it goes.</summary>
    private static bool TryMatchWords(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> expected, int allowed, out int end)
    {
        Span<char> window = stackalloc char[Math.Min(expected.Length + allowed + 1, 128)];
        var n = 0;
        var p = start;
        var space = false;
        while (p < text.Length && n < window.Length)
        {
            var c = TextFold.Fold(text[p]);
            if (TextChars.IsLetterOrDigit(c))
            {
                if (space)
                {
                    if (n >= expected.Length - allowed && Compare(window[..n], expected, allowed))
                    {
                        break;
                    }

                    window[n++] = ' ';
                    if (n >= window.Length)
                    {
                        break;
                    }
                }

                window[n++] = c;
                space = false;
            }
            else if (c is ' ' or '-' or '\'' or '\t')
            {
                space = true;
            }
            else
            {
                break;
            }

            p++;
        }

        while (p > start && !TextChars.IsLetterOrDigit(text[p - 1]))
        {
            p--;
        }

        end = p;
        while (end < text.Length && TextChars.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        var m = n;
        while (m > 0 && window[m - 1] == ' ')
        {
            m--;
        }

        return Compare(window[..m], expected, allowed) && !(end < text.Length && TextChars.IsLetterOrDigit(text[end]));
    }

    private static bool Compare(ReadOnlySpan<char> window, ReadOnlySpan<char> expected, int allowed) =>
        allowed == 0 ? window.SequenceEqual(expected) : TextChars.DamerauLevenshtein(window, expected, allowed) <= allowed;

    /// <summary>
    /// Whether a word equal to a text answer is stated as the answer: wording that names the answer before it ("the
    /// answer is", "answer:", "the missing word is", "het meervoud is"), result wording after it ("… is the answer",
    /// "… is correct") or a correction, and the word ends its clause or is set off (quotes, bold). Grammar that only
    /// looks like result wording ("help you get there.", "the answer stays yours") does not count.
    /// </summary>
    private static bool AssertsWord(ReadOnlySpan<char> text, int formStart, int start, int end, string rule)
    {
        if (!(EndsClause(text, end) || Emphasized(text, start, end)))
        {
            return false;
        }

        if (rule == LeakRules.Correction || (rule == LeakRules.StatedAsResult && formStart >= start) || ResultContext.Correction(text, end, out _, anyWord: true))
        {
            return true;
        }

        var marker = text[formStart..start].TrimEnd(" \t\"'*_\u201C\u2018");
        if (marker is [.., '=' or ':'])
        {
            return true; // "… = large", "Answer: large"
        }

        if (rule is not (LeakRules.StatedAsResult or LeakRules.StatedWeakly))
        {
            return false;
        }

        // The sentence names what the word is: "The word you're looking for is 'large'", "Het meervoud is kinderen".
        var sentenceStart = start;
        while (sentenceStart > 0 && text[sentenceStart - 1] is not ('.' or '!' or '?' or '\n'))
        {
            sentenceStart--;
        }

        marker = text[sentenceStart..start].TrimEnd(" \t\"'*_\u201C\u2018");
        var named = false;
        foreach (var noun in AnswerNouns)
        {
            named |= marker.Contains(noun, StringComparison.OrdinalIgnoreCase);
        }

        if (!named || marker is [.., ':'])
        {
            return named;
        }

        foreach (var verb in NamingVerbs)
        {
            if (ResultContext.EndsWithPhrase(marker, marker.Length, verb) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // "The word you're looking for is …", "het meervoud luidt …".
    private static readonly string[] NamingVerbs = ["is", "was", "be", "wordt", "zijn", "luidt"];

    private static readonly string[] AnswerNouns =
        ["answer", "antwoord", "word", "woord", "plural", "meervoud", "tense", "tijd", "solution", "oplossing", "result", "uitkomst", "spelling", "name", "naam"];

    private static bool Emphasized(ReadOnlySpan<char> text, int start, int end) =>
        start > 0 && end < text.Length && text[start - 1] is '"' or '\'' or '*' or '_' or '\u201C' or '\u2018' or '\u00AB'
        && text[end] is '"' or '\'' or '*' or '_' or '\u201D' or '\u2019' or '\u00BB';

    /// <summary>Whether only closing punctuation stands between <paramref name="end"/> and the end of the clause.</summary>
    private static bool EndsClause(ReadOnlySpan<char> text, int end)
    {
        var p = end;
        while (p < text.Length && text[p] is ' ' or '"' or '\'' or '*' or '_' or ')' or '\u201D' or '\u2019')
        {
            p++;
        }

        return p >= text.Length || text[p] is '.' or '!' or '?' or ';' or ',' or '\n' or ':';
    }

    /// <summary>
    /// A text answer spelled letter by letter: "c-h-i-l-d-r-e-n", "M I C E", "h.e.a.r.t", "P, a, r, i, j, s". Single
    /// letters (each on its own, not inside a word) joined by the same kind of separator are read as one word.
    /// </summary>
    private static LeakScanResult ScanSpelled(LeakProfile profile, ReadOnlySpan<char> text, int minEnd, DialogueFacts dialogue, bool streaming, ref int holdFrom)
    {
        Span<char> letters = stackalloc char[64];
        var i = Math.Max(0, minEnd - 64);
        while (i < text.Length)
        {
            if (!IsSingle(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            var n = 0;
            var p = i;
            var last = i;
            while (true)
            {
                letters[n++] = TextFold.Fold(text[p]);
                last = p;
                var q = p + 1;
                var separators = 0;
                while (q < text.Length && text[q] is '-' or ' ' or '.' or ',' or '\u00B7' or '\u2013' or '*' or '/' && separators < 3)
                {
                    q++;
                    separators++;
                }

                if (separators == 0 || q >= text.Length || !IsSingle(text, q) || n >= letters.Length)
                {
                    break;
                }

                p = q;
            }

            var end = last + 1;
            if (n >= 3 && end > minEnd)
            {
                var word = letters[..n];
                foreach (var target in profile.Spelled)
                {
                    if (word.SequenceEqual(target.AsSpan()))
                    {
                        if (dialogue.AnswerGiven)
                        {
                            break;
                        }

                        return Found(0.9, text, start, end, LeakRules.SpelledOut);
                    }
                }
            }

            if (streaming && end >= text.Length - 3)
            {
                holdFrom = Math.Min(holdFrom, Math.Max(start, minEnd)); // a spelling may still go on
            }

            i = end;
        }

        return default;

        static bool IsSingle(ReadOnlySpan<char> t, int k) =>
            TextChars.IsLetter(t[k]) && (k == 0 || !TextChars.IsLetter(t[k - 1])) && (k + 1 >= t.Length || !TextChars.IsLetter(t[k + 1]));
    }

    /// <summary>
    /// True when more text could still extend a number that ends at <paramref name="end"/>: only spaces, digits, number
    /// punctuation and connector words ("and", "en", "point", "komma") follow, or a word that is not finished yet.
    /// </summary>
    internal static bool IsOpen(ReadOnlySpan<char> text, int end)
    {
        var p = end;
        while (p < text.Length)
        {
            var c = text[p];
            if (c is '.' or ',')
            {
                // A separator extends a number only when a digit follows ("4." may become "4.5"; "4. Next" is closed).
                if (p + 1 < text.Length && !TextChars.IsDigit(text[p + 1]))
                {
                    return false;
                }

                p++;
                continue;
            }

            if (c is ' ' or '\t' or '/' or '%' or '-' or '^' or '\\' or '{' or '}' or '$' or '\'' or '\u2212' or '\u2044' or '\u00A0'
                || TextChars.IsDigit(c) || NumberScanner.VulgarValue(c) > 0)
            {
                p++;
                continue;
            }

            if (!TextChars.IsLetter(c))
            {
                return false;
            }

            var wordEnd = p + 1;
            while (wordEnd < text.Length && TextChars.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd >= text.Length)
            {
                return true;
            }

            var word = text[p..wordEnd];
            if (!IsConnector(word))
            {
                return false;
            }

            p = wordEnd;
        }

        return true;
    }

    private static bool IsConnector(ReadOnlySpan<char> word) =>
        TextChars.EqualsFolded(word, "and") || TextChars.EqualsFolded(word, "en") || TextChars.EqualsFolded(word, "a")
        || TextChars.EqualsFolded(word, "an") || TextChars.EqualsFolded(word, "een") || TextChars.EqualsFolded(word, "point")
        || TextChars.EqualsFolded(word, "komma") || TextChars.EqualsFolded(word, "per") || TextChars.EqualsFolded(word, "frac")
        || TextChars.EqualsFolded(word, "dfrac") || TextChars.EqualsFolded(word, "tfrac") || TextChars.EqualsFolded(word, "each")
        || TextChars.EqualsFolded(word, "every") || TextChars.EqualsFolded(word, "elk") || TextChars.EqualsFolded(word, "elke")
        || TextChars.EqualsFolded(word, "ieder") || TextChars.EqualsFolded(word, "iedere") || TextChars.EqualsFolded(word, "out")
        || TextChars.EqualsFolded(word, "of") || TextChars.EqualsFolded(word, "van") || TextChars.EqualsFolded(word, "de")
        || TextChars.EqualsFolded(word, "op") || TextChars.EqualsFolded(word, "uit");

    /// <summary>Holds a trailing unfinished token (part of a number, a number word, "\frac") and trailing result wording ("so x =").</summary>
    private static void HoldTrailing(ReadOnlySpan<char> text, ref int holdFrom)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (!char.IsWhiteSpace(text[^1]))
        {
            var t = text.Length - 1;
            while (t > 0 && !char.IsWhiteSpace(text[t - 1]))
            {
                t--;
            }

            holdFrom = Math.Min(holdFrom, t);
        }

        // Result wording before the held text ("the answer is" + "fo…"), and words that may grow into it, are held too.
        for (var round = 0; round < 4; round++)
        {
            var before = holdFrom;
            var end = Math.Min(holdFrom, text.Length);
            if (ResultContext.Before(text, end, out var markerStart) != ResultStrength.None)
            {
                holdFrom = Math.Min(holdFrom, markerStart);
            }

            var partial = ResultContext.TrailingPartialMarker(text[..Math.Min(holdFrom, text.Length)]);
            if (partial >= 0)
            {
                holdFrom = Math.Min(holdFrom, partial);
            }

            if (holdFrom == before)
            {
                break;
            }
        }
    }
}
