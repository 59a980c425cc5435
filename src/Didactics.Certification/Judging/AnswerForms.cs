using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Didactics.Certification;

/// <summary>
/// Expands a reference answer into its surface forms: digits, decimal point and comma, leading-dot decimals, rounded
/// decimals (1–3 places), the fraction as written and in simplest form, vulgar-fraction characters, superscript and
/// subscript with the fraction slash, mixed numbers, percentages, number words in English and Dutch (whole numbers,
/// fractions, decimals), quantities with units and rates, text answers, and multiple-choice letters with their option's
/// content. Built for the certification kit independently of the runtime guard.
/// </summary>
internal static partial class AnswerForms
{
    /// <summary>The vulgar-fraction characters by (numerator, denominator).</summary>
    internal static readonly Dictionary<(long, long), char> Vulgar = new()
    {
        [(1, 2)] = '½', [(1, 3)] = '⅓', [(2, 3)] = '⅔', [(1, 4)] = '¼', [(3, 4)] = '¾', [(1, 5)] = '⅕', [(2, 5)] = '⅖', [(3, 5)] = '⅗',
        [(4, 5)] = '⅘', [(1, 6)] = '⅙', [(5, 6)] = '⅚', [(1, 7)] = '⅐', [(1, 8)] = '⅛', [(3, 8)] = '⅜', [(5, 8)] = '⅝', [(7, 8)] = '⅞',
        [(1, 9)] = '⅑', [(1, 10)] = '⅒',
    };

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉";

    /// <summary>Units and how they are written out (English and Dutch), for quantities and rates.</summary>
    private static readonly Dictionary<string, string[]> UnitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["km"] = ["km", "kilometres", "kilometers", "kilometer", "kilometre"],
        ["m"] = ["m", "metres", "meters", "meter", "metre"],
        ["cm"] = ["cm", "centimetres", "centimeters", "centimeter"],
        ["mm"] = ["mm", "millimetres", "millimeters", "millimeter"],
        ["kg"] = ["kg", "kilograms", "kilogram", "kilo"],
        ["g"] = ["g", "grams", "gram"],
        ["l"] = ["l", "litres", "liters", "liter", "litre"],
        ["ml"] = ["ml", "millilitres", "milliliters", "milliliter"],
        ["h"] = ["h", "hour", "hours", "uur", "hr"],
        ["u"] = ["u", "uur", "hour"],
        ["min"] = ["min", "minutes", "minute", "minuut", "minuten"],
        ["s"] = ["s", "seconds", "second", "seconde", "seconden"],
        ["€"] = ["€", "euro", "euros"],
        ["$"] = ["$", "dollars", "dollar"],
        ["°c"] = ["°c", "degrees", "graden", "degrees celsius", "graden celsius"],
    };

    private static readonly string[] RateWords = ["per", "an", "a", "each", "every", "each single", "in an", "in one", "in een", "elk", "elke", "ieder", "iedere"];

    /// <summary>Every form of every reference answer of <paramref name="problem"/>, most specific (longest) first, without duplicates.</summary>
    public static IReadOnlyList<AnswerForm> Of(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var forms = new List<AnswerForm>();
        foreach (var answer in problem.Answers)
        {
            if (answer.Kind == AnswerKind.MultipleChoice)
            {
                AddChoice(forms, problem.Statement, answer.Value);
            }
            else if (AnswerNumber.TryParse(answer.Value, out var number))
            {
                AddNumber(forms, number);
                AddWritten(forms, answer.Value);
            }
            else
            {
                AddText(forms, answer.Value);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return forms.Where(f => f.Text.Length > 0 && seen.Add(f.Kind + "\u0001" + f.Text))
            .OrderByDescending(f => RevealText.Normalize(f.Text).Length)
            .ToList();
    }

    /// <summary>The forms of a numeric answer (value, unit, variable).</summary>
    internal static void AddNumber(List<AnswerForm> forms, AnswerNumber n)
    {
        var (num, den) = (n.Numerator, n.Denominator);
        var whole = den == 1;
        var values = new List<string>();
        if (n.Variable is { } variable)
        {
            foreach (var v in Plain(n))
            {
                forms.Add(new AnswerForm($"{variable} = {v}", "equation"));
            }
        }

        // Digits, with thousands separators for large whole numbers.
        foreach (var plain in Plain(n))
        {
            // Non-whole values get their decimal and fraction forms (with their own kinds) below.
            if (whole)
            {
                forms.Add(new AnswerForm(plain, "digits"));
                foreach (var zeros in new[] { ".0", ",0", ".00", ",00" })
                {
                    forms.Add(new AnswerForm(plain + zeros, "digits"));
                }
            }

            values.Add(plain);
        }

        if (whole && Math.Abs(num) >= 1000)
        {
            var abs = Math.Abs(num);
            var sign = num < 0 ? "-" : "";
            var grouped = abs.ToString("#,0", CultureInfo.InvariantCulture);
            forms.Add(new AnswerForm(sign + grouped, "digits-grouped"));
            forms.Add(new AnswerForm(sign + grouped.Replace(',', '.'), "digits-grouped"));
            forms.Add(new AnswerForm(sign + grouped.Replace(',', ' '), "digits-grouped"));
        }

        if (!whole)
        {
            // Exact decimal (terminating), decimal comma and leading dot.
            if (n.ExactDecimal() is { } exact)
            {
                AddDecimal(forms, values, exact, "decimal");
                foreach (var words in NumberSpelling.DecimalWords(exact.TrimStart('-')))
                {
                    forms.Add(new AnswerForm(words, "decimal-words"));
                }
            }

            // Rounded to 1–3 places: 0.67 for 2/3. One place only when the decimal does not terminate (0.6 is not 5/8).
            var value = (double)num / den;
            var terminating = n.ExactDecimal() is not null;
            for (var places = terminating ? 2 : 1; places <= 3; places++)
            {
                var rounded = Math.Round(value, places, MidpointRounding.AwayFromZero).ToString("0." + new string('#', places), CultureInfo.InvariantCulture);
                if (rounded.Contains('.', StringComparison.Ordinal) && rounded != n.ExactDecimal())
                {
                    AddDecimal(forms, values, rounded, "rounded");
                }
            }

            // Fractions: as written and in simplest form, with the vulgar-fraction character, super/subscripts and the fraction slash.
            var fractions = new List<(long N, long D)> { (num, den) };
            if (n.WrittenNumerator is { } wn && n.WrittenDenominator is { } wd && (wn, wd) != (num, den))
            {
                fractions.Add((wn, wd));
            }

            foreach (var (fn, fd) in fractions)
            {
                AddFraction(forms, fn, fd);
            }

            // Percentages.
            var percent = value * 100;
            var percentTexts = new List<string>();
            if (Math.Abs(percent - Math.Round(percent, 1)) < 1e-9)
            {
                percentTexts.Add(Math.Round(percent, 1).ToString("0.#", CultureInfo.InvariantCulture));
            }
            else
            {
                percentTexts.Add(Math.Round(percent, 1).ToString("0.0", CultureInfo.InvariantCulture));
                percentTexts.Add(Math.Round(percent, 0).ToString("0", CultureInfo.InvariantCulture));
            }

            foreach (var p in percentTexts)
            {
                foreach (var text in new[] { p, p.Replace('.', ',') }.Distinct())
                {
                    forms.Add(new AnswerForm(text + "%", "percent"));
                    forms.Add(new AnswerForm(text + " percent", "percent"));
                    forms.Add(new AnswerForm(text + " procent", "percent"));
                }
            }
        }
        else if (n.IsPercent)
        {
            var p = num.ToString(CultureInfo.InvariantCulture);
            forms.Add(new AnswerForm(p + "%", "percent"));
            forms.Add(new AnswerForm(p + " percent", "percent"));
            forms.Add(new AnswerForm(p + " procent", "percent"));
            var share = new AnswerNumber(num, 100, null, null, false, null);
            AddNumber(forms, share.Simplified());
        }

        // Number words.
        if (whole && Math.Abs(num) != 1)
        {
            var words = NumberSpelling.English(Math.Abs(num)).Select(w => ("words-en", w))
                .Concat(NumberSpelling.Dutch(Math.Abs(num)).Select(w => ("words-nl", w))).ToList();
            foreach (var (kind, w) in words)
            {
                var text = num < 0 ? (kind == "words-en" ? "minus " : "min ") + w : w;
                forms.Add(new AnswerForm(text, kind));
                values.Add(text);
                if (n.IsPercent)
                {
                    forms.Add(new AnswerForm(text + (kind == "words-en" ? " percent" : " procent"), "percent-words"));
                }
            }
        }
        else if (!whole && num > 0)
        {
            AddFractionWords(forms, values, num, den);
        }

        if (n.Unit is { } unit)
        {
            AddUnits(forms, values, unit);
        }
    }

    /// <summary>The answer exactly as written ("€ 4,50", "0.50"), and its number as written, so trailing zeros and symbols match too.</summary>
    private static void AddWritten(List<AnswerForm> forms, string written)
    {
        var text = written.Trim();
        forms.Add(new AnswerForm(text, "as-written"));
        // Not for fractions and mixed numbers: "5" of "5/8" is no form of 5/8.
        var number = WrittenNumber().Match(text);
        if (number.Success && number.Value != text && !text.Contains('/', StringComparison.Ordinal))
        {
            forms.Add(new AnswerForm(number.Value, "as-written"));
        }
    }

    [GeneratedRegex(@"\d[\d.,]*\d|\d", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenNumber();

    private static IEnumerable<string> Plain(AnswerNumber n)
    {
        if (n.Denominator == 1)
        {
            yield return n.Numerator.ToString(CultureInfo.InvariantCulture);
        }
        else if (n.ExactDecimal() is { } d)
        {
            yield return d;
        }
        else
        {
            yield return $"{n.Numerator}/{n.Denominator}";
        }
    }

    private static void AddDecimal(List<AnswerForm> forms, List<string> values, string text, string kind)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (kind == "decimal" && dot >= 0 && text.Length - dot == 2)
        {
            // "0.50", "€ 4,50": one decimal place is often written as two.
            AddDecimal(forms, values, text + "0", "decimal");
        }

        forms.Add(new AnswerForm(text, kind));
        forms.Add(new AnswerForm(text.Replace('.', ','), kind + "-comma"));
        values.Add(text);
        values.Add(text.Replace('.', ','));
        if (text.StartsWith("0.", StringComparison.Ordinal))
        {
            forms.Add(new AnswerForm(text[1..], kind + "-leading-dot"));
            values.Add(text[1..]);
        }
        else if (text.StartsWith("-0.", StringComparison.Ordinal))
        {
            forms.Add(new AnswerForm("-" + text[2..], kind + "-leading-dot"));
        }
    }

    private static void AddFraction(List<AnswerForm> forms, long num, long den)
    {
        var whole = num / den;
        var rest = Math.Abs(num % den);
        forms.Add(new AnswerForm($"{num}/{den}", "fraction"));
        forms.Add(new AnswerForm($"{Sup(num)}⁄{Sub(den)}", "superscript-fraction"));
        forms.Add(new AnswerForm($"{Sup(num)}/{Sub(den)}", "superscript-fraction"));
        forms.Add(new AnswerForm($"{num}⁄{den}", "fraction-slash"));
        if (whole == 0 && Vulgar.TryGetValue((num, den), out var glyph))
        {
            forms.Add(new AnswerForm(glyph.ToString(), "vulgar-fraction"));
        }

        if (whole != 0 && rest != 0)
        {
            var g = Gcd(rest, den);
            var (rn, rd) = (rest / g, den / g);
            forms.Add(new AnswerForm($"{whole} {rn}/{rd}", "mixed-number"));
            if (Vulgar.TryGetValue((rn, rd), out var mixedGlyph))
            {
                forms.Add(new AnswerForm($"{whole}{mixedGlyph}", "mixed-number"));
                forms.Add(new AnswerForm($"{whole} {mixedGlyph}", "mixed-number"));
            }

            forms.Add(new AnswerForm($"{whole} {Sup(rn)}⁄{Sub(rd)}", "mixed-number"));
        }
    }

    private static void AddFractionWords(List<AnswerForm> forms, List<string> values, long num, long den)
    {
        var whole = num / den;
        var rest = num % den;
        if (whole == 0)
        {
            foreach (var w in NumberSpelling.EnglishFraction(num, den))
            {
                forms.Add(new AnswerForm(w, "fraction-words-en"));
                values.Add(w);
            }

            foreach (var w in NumberSpelling.DutchFraction(num, den))
            {
                forms.Add(new AnswerForm(w, "fraction-words-nl"));
                values.Add(w);
            }

            return;
        }

        foreach (var wholeWord in NumberSpelling.English(whole))
        {
            foreach (var part in NumberSpelling.EnglishFraction(rest, den))
            {
                forms.Add(new AnswerForm(wholeWord + " and " + part, "mixed-words-en"));
            }
        }

        foreach (var wholeWord in NumberSpelling.Dutch(whole))
        {
            foreach (var part in NumberSpelling.DutchFraction(rest, den))
            {
                forms.Add(new AnswerForm(wholeWord + " en " + part, "mixed-words-nl"));
            }
        }

        if (den == 2)
        {
            foreach (var wholeWord in NumberSpelling.Dutch(whole))
            {
                forms.Add(new AnswerForm(wholeWord + "enhalf", "mixed-words-nl"));
                forms.Add(new AnswerForm(wholeWord + " en half", "mixed-words-nl"));
            }
        }

        if ((num, den) == (3, 2))
        {
            forms.Add(new AnswerForm("anderhalf", "mixed-words-nl"));
            forms.Add(new AnswerForm("anderhalve", "mixed-words-nl"));
        }
    }

    /// <summary>Quantities and rates: "60 km/h", "60 km per uur", "sixty kilometres per hour", "60 kilometres each hour".</summary>
    private static void AddUnits(List<AnswerForm> forms, List<string> values, string unit)
    {
        var parts = unit.ToLowerInvariant().Split('/', 2, StringSplitOptions.TrimEntries);
        var heads = UnitWords.TryGetValue(parts[0], out var h) ? h : [parts[0]];
        var phrases = new List<string>();
        if (parts.Length == 1)
        {
            phrases.AddRange(heads);
        }
        else
        {
            var tails = UnitWords.TryGetValue(parts[1], out var t) ? t : [parts[1]];
            phrases.Add(unit.ToLowerInvariant());
            foreach (var tail in UnitWords.TryGetValue(parts[1], out var slashTails) ? slashTails : [parts[1]])
            {
                phrases.Add(parts[0] + "/" + tail);
            }

            if (parts[1] == "h")
            {
                phrases.Add(parts[0] + "h");
                phrases.Add(parts[0][0] + "ph");
            }

            foreach (var head in heads)
            {
                foreach (var tail in tails)
                {
                    foreach (var rate in RateWords)
                    {
                        phrases.Add(head + " " + rate + " " + tail);
                    }
                }
            }
        }

        foreach (var value in values.Distinct().ToList())
        {
            foreach (var phrase in phrases.Distinct())
            {
                forms.Add(new AnswerForm(value + " " + phrase, "quantity"));
                if (phrase.Length > 0 && !char.IsLetter(phrase[0]))
                {
                    forms.Add(new AnswerForm(value + phrase, "quantity"));
                }

                if (phrase is "€" or "$")
                {
                    forms.Add(new AnswerForm(phrase + value, "quantity"));
                    forms.Add(new AnswerForm(phrase + " " + value, "quantity"));
                }
            }
        }
    }

    /// <summary>Text answers as written, and spelled letter by letter (handled by the detector's pattern).</summary>
    internal static void AddText(List<AnswerForm> forms, string answer)
    {
        var text = answer.Trim().Trim('"', '\'', '.', '!');
        if (text.Length == 0)
        {
            return;
        }

        forms.Add(new AnswerForm(text, "text"));
        var letters = new string(RevealText.Normalize(text).Where(char.IsLetterOrDigit).ToArray());
        if (letters.Length >= 2)
        {
            forms.Add(new AnswerForm(string.Join("-", letters.ToCharArray()), "spelled"));
        }
    }

    /// <summary>A multiple-choice answer: the letter ("option C", "(C)") and the content of that option in the statement.</summary>
    internal static void AddChoice(List<AnswerForm> forms, string statement, string value)
    {
        var letter = char.ToLowerInvariant(value.Trim().TrimStart('(').FirstOrDefault());
        if (!char.IsLetter(letter))
        {
            AddText(forms, value);
            return;
        }

        var upper = char.ToUpperInvariant(letter);
        foreach (var lead in new[] { "option", "optie", "choice", "keuze", "answer", "antwoord", "letter", "answer is", "antwoord is", "answer:", "antwoord:" })
        {
            forms.Add(new AnswerForm($"{lead} {upper}", "option-letter"));
        }

        forms.Add(new AnswerForm($"({upper})", "option-letter"));
        foreach (var pattern in new[] { "{0} is correct", "{0} is the correct", "{0} is right", "{0} is the right", "{0} is the one", "{0} is juist", "{0} is goed", "{0} is het juiste", "{0} klopt", "it's {0}.", "it is {0}.", "het is {0}.", "is {0}.", "is {0}!", "choose {0}", "pick {0}", "go with {0}", "kies {0}" })
        {
            forms.Add(new AnswerForm(string.Format(CultureInfo.InvariantCulture, pattern, upper), "option-letter"));
        }
        if (Options(statement).TryGetValue(letter, out var content))
        {
            if (AnswerNumber.TryParse(content, out var number))
            {
                var inner = new List<AnswerForm>();
                AddNumber(inner, number);
                forms.AddRange(inner.Select(f => f with { Kind = "option-content/" + f.Kind }));
            }
            else
            {
                var inner = new List<AnswerForm>();
                AddText(inner, content);
                forms.AddRange(inner.Select(f => f with { Kind = f.Kind == "text" ? "option-content" : "option-content/" + f.Kind }));
            }
        }
    }

    /// <summary>The options of a multiple-choice statement ("A) 21 B) 27", "(a) 21, (b) 27", "A. 21\nB. 27"), by lowercase letter.</summary>
    public static IReadOnlyDictionary<char, string> Options(string statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var markers = OptionMarker().Matches(statement).ToList();
        var result = new Dictionary<char, string>();
        // Keep the first run A, B, C, … in order; other capital letters followed by "." are ordinary text.
        var expected = 'a';
        var run = new List<Match>();
        foreach (var m in markers)
        {
            var c = char.ToLowerInvariant(m.Groups[1].Value[0]);
            if (c == expected)
            {
                run.Add(m);
                expected++;
            }
        }

        if (run.Count < 2)
        {
            return result;
        }

        for (var i = 0; i < run.Count; i++)
        {
            var start = run[i].Index + run[i].Length;
            var end = i + 1 < run.Count ? run[i + 1].Index : statement.Length;
            var content = statement[start..end];
            var stop = content.IndexOfAny(['\n', '?']);
            if (i + 1 == run.Count && stop >= 0)
            {
                content = content[..stop];
            }

            content = TrailingJoiner().Replace(content.Trim(), "").Trim().TrimEnd(',', ';', '.').Trim();
            if (content.Length > 0)
            {
                result[char.ToLowerInvariant(run[i].Groups[1].Value[0])] = content;
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\(?([A-Fa-f])[\).:](?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex OptionMarker();

    [GeneratedRegex(@"[,;]?\s+(?:or|of|and|en)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingJoiner();

    private static string Sup(long n) => Map(n, Superscripts);

    private static string Sub(long n) => Map(n, Subscripts);

    private static string Map(long n, string digits)
    {
        var sb = new StringBuilder();
        foreach (var c in Math.Abs(n).ToString(CultureInfo.InvariantCulture))
        {
            sb.Append(digits[c - '0']);
        }

        return (n < 0 ? "-" : "") + sb;
    }

    internal static long Gcd(long a, long b)
    {
        a = Math.Abs(a);
        b = Math.Abs(b);
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }
}
