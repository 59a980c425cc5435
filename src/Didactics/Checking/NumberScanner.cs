using System.Runtime.CompilerServices;

namespace Didactics;

/// <summary>How a number was written.</summary>
internal enum MentionForm : byte
{
    Digits,
    Decimal,
    Fraction,
    MixedNumber,
    Vulgar,
    Latex,
    Words,
}

/// <summary>One number found in a text.</summary>
internal struct NumberMention
{
    /// <summary>Index of the first character (a sign or minus word included).</summary>
    public int Start;

    /// <summary>Index after the last character (a percent sign and a unit included).</summary>
    public int End;

    /// <summary>The value; a percentage is already divided by 100.</summary>
    public double Value;

    /// <summary>The value before a percentage was divided by 100 (equal to <see cref="Value"/> otherwise).</summary>
    public double Raw;

    /// <summary>The other reading of an ambiguous separator ("1.250" as 1.25 or 1250), or NaN.</summary>
    public double Alternative;

    /// <summary>True when a percent sign or word followed.</summary>
    public bool Percent;

    /// <summary>True for a single word zero, one or two ("one", "twee"), which is often not a quantity.</summary>
    public bool Weak;

    /// <summary>The unit that followed, if any.</summary>
    public UnitInfo Unit;

    /// <summary>How it was written.</summary>
    public MentionForm Form;

    /// <summary>The number of decimals written ("0.33" has 2), for rounding tolerance.</summary>
    public int Decimals;

    public readonly int Length => End - Start;
}

/// <summary>
/// Finds numbers in text without allocating: digits in any script with a decimal point or comma and thousands
/// separators, fractions ("3/4", "3 ⁄ 4"), mixed numbers ("1 1/2", "1½"), vulgar fractions ("¾"), LaTeX fractions
/// ("\frac{3}{4}", "\dfrac34"), percentages, units, signs ("-4", "−4", "minus three", "min drie") and number words in
/// English and Dutch.
/// </summary>
/// <remarks>
/// Separators: in a Dutch text the comma is the decimal separator and a dot followed by exactly three digits groups
/// thousands ("1.250" = 1250, "3,5" = 3.5); in an English text it is the other way round ("1,250" = 1250, "3.5" = 3.5).
/// A separator that cannot group thousands (not followed by exactly three digits) is read as a decimal separator in
/// either language, so "3,5" is 3.5 in English too. A single separator followed by three digits is ambiguous: the
/// language decides, and the other reading is kept in <see cref="NumberMention.Alternative"/> (the leak guard checks both).
/// </remarks>
internal static class NumberScanner
{
    /// <summary>Finds the next number at or after <paramref name="pos"/>; on success <paramref name="pos"/> moves past it.</summary>
    public static bool Next(ReadOnlySpan<char> text, ref int pos, bool dutch, out NumberMention mention)
    {
        var length = text.Length;
        while (pos < length)
        {
            var c = text[pos];
            if (c < 128)
            {
                if ((uint)(c - '0') <= 9)
                {
                    if (TryDigitsAt(text, pos, dutch, out mention, out var skip))
                    {
                        pos = mention.End;
                        return true;
                    }

                    pos = skip;
                    continue;
                }

                if (TextChars.IsLetter(c))
                {
                    if ((pos == 0 || !TextChars.IsLetter(text[pos - 1])) && NumberWords.MayStart(text, pos) && TryWordsAt(text, pos, dutch, out mention))
                    {
                        pos = mention.End;
                        return true;
                    }

                    pos = SkipWord(text, pos);
                    continue;
                }

                if (c is '-' or '\\' && TrySignedOrLatex(text, pos, dutch, out mention))
                {
                    pos = mention.End;
                    return true;
                }

                if (c is '.' or ',' && TryLeadingSeparator(text, pos, dutch, out mention))
                {
                    pos = mention.End;
                    return true;
                }

                pos++;
                continue;
            }

            if (TryNonAscii(text, ref pos, dutch, out mention))
            {
                return true;
            }
        }

        mention = default;
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryNonAscii(ReadOnlySpan<char> text, ref int pos, bool dutch, out NumberMention mention)
    {
        var c = text[pos];
        if (SuperscriptDigit(c) >= 0)
        {
            if (TrySuperscriptFraction(text, pos, out mention))
            {
                pos = mention.End;
                return true;
            }

            pos++;
            return false;
        }

        if (TextChars.IsDigit(c) || VulgarValue(c) > 0)
        {
            if (TryDigitsAt(text, pos, dutch, out mention, out var skip))
            {
                pos = mention.End;
                return true;
            }

            pos = skip;
            return false;
        }

        if (TextChars.FoldPunctuation(c) == '-' && TrySignedOrLatex(text, pos, dutch, out mention))
        {
            pos = mention.End;
            return true;
        }

        if (TextChars.IsLetter(c))
        {
            if ((pos == 0 || !TextChars.IsLetter(text[pos - 1])) && NumberWords.MayStart(text, pos) && TryWordsAt(text, pos, dutch, out mention))
            {
                pos = mention.End;
                return true;
            }

            pos = SkipWord(text, pos);
            mention = default;
            return false;
        }

        pos++;
        mention = default;
        return false;
    }

    /// <summary>Reads a number that starts exactly at <paramref name="pos"/> (digits, a sign, LaTeX, a vulgar fraction or words).</summary>
    public static bool TryReadAt(ReadOnlySpan<char> text, int pos, bool dutch, out NumberMention mention)
    {
        mention = default;
        if (pos >= text.Length)
        {
            return false;
        }

        var c = text[pos];
        if (TextChars.IsDigit(c) || VulgarValue(c) > 0)
        {
            return TryDigitsAt(text, pos, dutch, out mention, out _);
        }

        if (c == '\\' || TextChars.FoldPunctuation(c) == '-')
        {
            return TrySignedOrLatex(text, pos, dutch, out mention);
        }

        return TextChars.IsLetter(c) && NumberWords.MayStart(text, pos) && TryWordsAt(text, pos, dutch, out mention);
    }

    /// <summary>
    /// A decimal written without its leading zero: ".5", ".625" (and ",5" in a Dutch text). The separator must start a
    /// token (after a space, a bracket or the start), so "3.5" and the end of a sentence are not read this way.
    /// </summary>
    private static bool TryLeadingSeparator(ReadOnlySpan<char> text, int pos, bool dutch, out NumberMention mention)
    {
        mention = default;
        var c = text[pos];
        if ((c == ',' && !dutch) || pos + 1 >= text.Length || !TextChars.IsDigit(text[pos + 1])
            || (pos > 0 && !(char.IsWhiteSpace(text[pos - 1]) || text[pos - 1] is '(' or '$' or '"' or '\'' or '[' or '-' or '\u2212')))
        {
            return false;
        }

        var end = pos + 1;
        var value = 0.0;
        var scale = 0.1;
        while (end < text.Length && TextChars.TryDigit(text[end], out var digit))
        {
            value += digit * scale;
            scale /= 10;
            end++;
        }

        if (end < text.Length && (TextChars.IsLetter(text[end]) || text[end] is '.' or ','  && end + 1 < text.Length && TextChars.IsDigit(text[end + 1])))
        {
            return false; // ".5x", ".5.3": not a plain decimal
        }

        var negative = pos > 0 && TextChars.FoldPunctuation(text[pos - 1]) == '-' && (pos == 1 || char.IsWhiteSpace(text[pos - 2]));
        mention = new NumberMention
        {
            Start = negative ? pos - 1 : pos, End = end, Value = negative ? -value : value, Raw = negative ? -value : value,
            Alternative = double.NaN, Form = MentionForm.Decimal, Decimals = end - pos - 1,
        };
        AttachPercentAndUnit(text, ref mention);
        return true;
    }

    /// <summary>The value of a superscript digit (¹, ², ⁵ …), or -1.</summary>
    private static int SuperscriptDigit(char c) => c switch
    {
        '\u2070' => 0,
        '\u00B9' => 1,
        '\u00B2' => 2,
        '\u00B3' => 3,
        >= '\u2074' and <= '\u2079' => c - '\u2070',
        _ => -1,
    };

    /// <summary>The value of a subscript digit (₀ … ₉), or -1.</summary>
    private static int SubscriptDigit(char c) => c is >= '\u2080' and <= '\u2089' ? c - '\u2080' : -1;

    /// <summary>
    /// A fraction typed with superscript and subscript digits: "¹⁄₂", "⁵⁄₈", "³/₄". A superscript glued to a letter, a
    /// digit or a bracket is an exponent ("x²"), and a superscript without a fraction slash is not a value.
    /// </summary>
    private static bool TrySuperscriptFraction(ReadOnlySpan<char> text, int pos, out NumberMention mention)
    {
        mention = default;
        if (pos > 0 && (TextChars.IsLetterOrDigit(text[pos - 1]) || text[pos - 1] is ')' or ']' or '}' || SuperscriptDigit(text[pos - 1]) >= 0))
        {
            return false;
        }

        var p = pos;
        var numerator = 0.0;
        int d;
        while (p < text.Length && (d = SuperscriptDigit(text[p])) >= 0)
        {
            numerator = (numerator * 10) + d;
            p++;
        }

        if (p >= text.Length || TextChars.FoldPunctuation(text[p]) is not ('/' or '\u2044'))
        {
            return false;
        }

        p++;
        var denominator = 0.0;
        var digits = 0;
        while (p < text.Length && ((d = SubscriptDigit(text[p])) >= 0 || TextChars.TryDigit(text[p], out d)))
        {
            denominator = (denominator * 10) + d;
            digits++;
            p++;
        }

        if (digits == 0 || denominator == 0)
        {
            return false;
        }

        mention = new NumberMention { Start = pos, End = p, Value = numerator / denominator, Raw = numerator / denominator, Alternative = double.NaN, Form = MentionForm.Fraction };
        AttachPercentAndUnit(text, ref mention);
        return true;
    }

    private static readonly string[] OutOfWords = ["out of ", "van de ", "op de ", "uit de "];

    /// <summary>Reads "out of 5", "van de 2", "op de 4" at <paramref name="start"/>: the denominator of a fraction in words.</summary>
    private static bool TryOutOf(ReadOnlySpan<char> text, int start, out double denominator, out int end)
    {
        denominator = 0;
        end = start;
        foreach (var words in OutOfWords)
        {
            var p = start + words.Length;
            if (p < text.Length && TextChars.IsDigit(text[p]) && TextChars.StartsWithFolded(text, start, words.TrimEnd()) && text[p - 1] == ' ')
            {
                var q = p;
                while (q < text.Length && TextChars.TryDigit(text[q], out var d))
                {
                    denominator = (denominator * 10) + d;
                    q++;
                }

                if (denominator > 0 && (q >= text.Length || !(TextChars.IsLetterOrDigit(text[q]) || text[q] is '.' or ',' && q + 1 < text.Length && TextChars.IsDigit(text[q + 1]))))
                {
                    end = q;
                    return true;
                }

                denominator = 0;
            }
        }

        return false;
    }

    private static int SkipWord(ReadOnlySpan<char> text, int pos)
    {
        pos++;
        while (pos < text.Length && TextChars.IsLetter(text[pos]))
        {
            pos++;
        }

        return pos;
    }

    private static bool TrySignedOrLatex(ReadOnlySpan<char> text, int pos, bool dutch, out NumberMention mention)
    {
        mention = default;
        if (text[pos] == '\\')
        {
            return TryLatexAt(text, pos, dutch, out mention);
        }

        // A sign only where a number may start: not "8-4" (a subtraction) or "x-4".
        if (pos > 0 && (TextChars.IsLetterOrDigit(text[pos - 1]) || text[pos - 1] is ')' or ']' or '}'))
        {
            return false;
        }

        var next = pos + 1;
        if (next >= text.Length)
        {
            return false;
        }

        var n = text[next];
        bool ok;
        if (n == '\\')
        {
            ok = TryLatexAt(text, next, dutch, out mention);
        }
        else if (TextChars.IsDigit(n) || VulgarValue(n) > 0)
        {
            ok = TryDigitsAt(text, next, dutch, out mention, out _);
        }
        else
        {
            return false;
        }

        if (!ok)
        {
            return false;
        }

        Negate(ref mention);
        mention.Start = pos;
        return true;
    }

    private static void Negate(ref NumberMention mention)
    {
        mention.Value = -mention.Value;
        mention.Raw = -mention.Raw;
        if (!double.IsNaN(mention.Alternative))
        {
            mention.Alternative = -mention.Alternative;
        }
    }

    private static bool TryWordsAt(ReadOnlySpan<char> text, int pos, bool dutch, out NumberMention mention)
    {
        mention = default;
        var minusEnd = NumberWords.MatchMinus(text, pos);
        if (minusEnd > 0 && minusEnd + 1 < text.Length && text[minusEnd] == ' ')
        {
            var next = minusEnd + 1;
            if (TryReadAt(text, next, dutch, out mention) && mention.Value >= 0)
            {
                Negate(ref mention);
                mention.Start = pos;
                mention.Weak = false; // "minus three" is a quantity
                return true;
            }
        }

        if (!NumberWords.TryRead(text, pos, out var value, out var end, out var weak, out var percent))
        {
            return false;
        }

        mention = new NumberMention
        {
            Start = pos,
            End = end,
            Value = value,
            Raw = percent ? value * 100 : value,
            Alternative = double.NaN,
            Percent = percent,
            Weak = weak,
            Form = MentionForm.Words,
        };
        AttachUnit(text, ref mention);
        if (mention.Weak && !mention.Unit.IsNone)
        {
            mention.Weak = false; // "two metres" is a quantity
        }

        return true;
    }

    private static bool TryLatexAt(ReadOnlySpan<char> text, int pos, bool dutch, out NumberMention mention)
    {
        mention = default;
        var p = pos + 1;
        if (TextChars.StartsWithFolded(text, p, "dfrac") || TextChars.StartsWithFolded(text, p, "tfrac") || TextChars.StartsWithFolded(text, p, "cfrac"))
        {
            p += 5;
        }
        else if (TextChars.StartsWithFolded(text, p, "frac"))
        {
            p += 4;
        }
        else
        {
            return false;
        }

        if (!TryLatexArgument(text, ref p, dutch, out var numerator) || !TryLatexArgument(text, ref p, dutch, out var denominator) || denominator == 0)
        {
            return false;
        }

        var value = numerator / denominator;
        mention = new NumberMention { Start = pos, End = p, Value = value, Raw = value, Alternative = double.NaN, Form = MentionForm.Latex };
        AttachPercentAndUnit(text, ref mention);
        return true;
    }

    private static bool TryLatexArgument(ReadOnlySpan<char> text, ref int p, bool dutch, out double value)
    {
        value = 0;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        if (p >= text.Length)
        {
            return false;
        }

        if (TextChars.TryDigit(text[p], out var digit))
        {
            // \frac34: single-digit arguments without braces.
            value = digit;
            p++;
            return true;
        }

        if (text[p] != '{')
        {
            return false;
        }

        var close = text[p..].IndexOf('}');
        if (close < 0)
        {
            return false;
        }

        var inner = text.Slice(p + 1, close - 1).Trim();
        if (!Arithmetic.TryEvaluate(inner, dutch, out value))
        {
            return false;
        }

        p += close + 1;
        return true;
    }

    /// <summary>Reads digits (any script) at <paramref name="pos"/> with what may follow: fraction, mixed number, percent, unit.</summary>
    private static bool TryDigitsAt(ReadOnlySpan<char> text, int pos, bool dutch, out NumberMention mention, out int skip)
    {
        mention = default;
        var length = text.Length;
        var vulgar = VulgarValue(text[pos]);
        if (vulgar > 0)
        {
            skip = pos + 1;
            mention = new NumberMention { Start = pos, End = pos + 1, Value = vulgar, Raw = vulgar, Alternative = double.NaN, Form = MentionForm.Vulgar };
            if (pos + 1 < length && TextChars.IsLetter(text[pos + 1]))
            {
                // Glued letters: a unit ("¾kg") or else no value ("¾x"), as for digits.
                var unitEnd = Units.Match(text, pos + 1, out var unit);
                if (unitEnd < 0)
                {
                    skip = SkipWord(text, pos + 1);
                    return false;
                }

                mention.Unit = unit;
                mention.End = unitEnd;
                return true;
            }

            AttachPercentAndUnit(text, ref mention);
            return true;
        }

        // A digit glued to a letter before it is part of a name ("x2", "H2O"); after '^' or '_' it is an exponent or index.
        if (pos > 0 && (TextChars.IsLetter(text[pos - 1]) || text[pos - 1] is '^' or '_'))
        {
            skip = SkipNumeral(text, pos);
            return false;
        }

        ReadNumeral(text, pos, dutch, out var value, out var alternative, out var end, out var isInteger);
        skip = end;
        var form = isInteger ? MentionForm.Digits : MentionForm.Decimal;

        if (end < length)
        {
            var v = VulgarValue(text[end]);
            if (isInteger && v > 0)
            {
                value += v;
                end++;
                form = MentionForm.MixedNumber;
                alternative = double.NaN;
            }
            else if (TryFractionTail(text, end, dutch, out var denominator, out var fractionEnd))
            {
                value /= denominator;
                alternative = double.IsNaN(alternative) ? double.NaN : alternative / denominator;
                end = fractionEnd;
                form = MentionForm.Fraction;
            }
            else if (isInteger && text[end] == ' ' && end + 1 < length && VulgarValue(text[end + 1]) > 0)
            {
                value += VulgarValue(text[end + 1]); // "2 ¼"
                end += 2;
                form = MentionForm.MixedNumber;
                alternative = double.NaN;
            }
            else if (isInteger && text[end] == ' ' && end + 1 < length && TextChars.IsDigit(text[end + 1]))
            {
                // Mixed number "1 1/2": a proper fraction after one space.
                ReadNumeral(text, end + 1, dutch, out var numerator, out _, out var numeratorEnd, out var numeratorIsInteger);
                if (numeratorIsInteger && TryFractionTail(text, numeratorEnd, dutch, out var denominator2, out var mixedEnd) && numerator < denominator2)
                {
                    value += numerator / denominator2;
                    end = mixedEnd;
                    form = MentionForm.MixedNumber;
                    alternative = double.NaN;
                }
            }
        }

        skip = end;
        if (end < length && text[end] == '^')
        {
            return false; // a power base: "4^2" is not the value 4
        }

        mention = new NumberMention { Start = pos, End = end, Value = value, Raw = value, Alternative = alternative, Form = form };
        if (form == MentionForm.Decimal)
        {
            mention.Decimals = DecimalsOf(text, pos, end);
        }

        if (end < length && TextChars.IsLetter(text[end]))
        {
            // Glued letters: a unit ("5cm") or else a coefficient or ordinal ("4x", "4th", "4e"), which is no value.
            var unitEnd = Units.Match(text, end, out var unit);
            if (unitEnd < 0)
            {
                skip = SkipWord(text, end);
                return false;
            }

            mention.Unit = unit;
            mention.End = unitEnd;
            return true;
        }

        if (isInteger && form == MentionForm.Digits && end + 1 < length && text[end] == ' ' && TryOutOf(text, end + 1, out var outOf, out var outOfEnd))
        {
            // "3 out of 5", "1 van de 2", "1 op de 4": a fraction in words.
            mention.Value = mention.Raw = value / outOf;
            mention.End = outOfEnd;
            mention.Form = MentionForm.Fraction;
            return true;
        }

        if (isInteger && form == MentionForm.Digits && end + 1 < length && text[end] == ' ' && TextChars.IsLetter(text[end + 1]))
        {
            // "5 hundred", "3 quarters", "2 miljoen"
            var kind = NumberWords.MatchSuffixWord(text, end + 1, out var factor, out var wordEnd);
            if (kind is NumberWords.Kind.Hundred or NumberWords.Kind.Big)
            {
                mention.Value = mention.Raw = value * factor;
                mention.End = wordEnd;
                mention.Form = MentionForm.Words;
            }
            else if (kind == NumberWords.Kind.Denominator)
            {
                mention.Value = mention.Raw = value / factor;
                mention.End = wordEnd;
                mention.Form = MentionForm.Fraction;
            }
        }

        AttachPercentAndUnit(text, ref mention);
        return true;
    }

    private static bool TryFractionTail(ReadOnlySpan<char> text, int end, bool dutch, out double denominator, out int fractionEnd)
    {
        denominator = 0;
        fractionEnd = end;
        var p = end;
        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        if (p >= text.Length || TextChars.FoldPunctuation(text[p]) != '/')
        {
            return false;
        }

        p++;
        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        if (p >= text.Length || !TextChars.IsDigit(text[p]))
        {
            return false;
        }

        ReadNumeral(text, p, dutch, out denominator, out _, out var e, out _);
        if (denominator == 0 || (e < text.Length && (TextChars.FoldPunctuation(text[e]) == '/' || TextChars.IsLetter(text[e]) && Units.Match(text, e, out _) < 0)))
        {
            return false; // a date (12/5/2024), a division by zero, or "3/4x"
        }

        fractionEnd = e;
        return true;
    }

    private static void AttachPercentAndUnit(ReadOnlySpan<char> text, ref NumberMention mention)
    {
        var p = mention.End;
        var q = p < text.Length && text[p] == ' ' ? p + 1 : p;
        if (q < text.Length)
        {
            var c = TextChars.FoldPunctuation(text[q]);
            var percentEnd = -1;
            if (c == '%')
            {
                percentEnd = q + 1;
            }
            else if (c == '\\' && q + 1 < text.Length && text[q + 1] == '%')
            {
                percentEnd = q + 2;
            }
            else if (TextChars.IsLetter(c))
            {
                foreach (var word in PercentWords)
                {
                    var e = q + word.Length;
                    if (TextChars.StartsWithFolded(text, q, word) && (e >= text.Length || !TextChars.IsLetter(text[e])))
                    {
                        percentEnd = e;
                        break;
                    }
                }
            }

            if (percentEnd > 0)
            {
                mention.Percent = true;
                mention.Value = mention.Raw / 100;
                if (!double.IsNaN(mention.Alternative))
                {
                    mention.Alternative /= 100;
                }

                mention.End = percentEnd;
                return;
            }
        }

        AttachUnit(text, ref mention);
    }

    private static readonly string[] PercentWords = ["percent", "per cent", "procent", "pct"];

    private static void AttachUnit(ReadOnlySpan<char> text, ref NumberMention mention)
    {
        var p = mention.End;
        var q = p < text.Length && text[p] == ' ' ? p + 1 : p;
        var unitEnd = Units.Match(text, q, out var unit);
        if (unitEnd > 0)
        {
            mention.Unit = unit;
            mention.End = unitEnd;
        }
    }

    private static int SkipNumeral(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length && (TextChars.IsDigit(text[pos]) || (text[pos] is '.' or ',' && pos + 1 < text.Length && TextChars.IsDigit(text[pos + 1]))))
        {
            pos++;
        }

        return pos;
    }

    /// <summary>Reads digits with decimal and thousands separators (see the class remarks for the rules).</summary>
    internal static void ReadNumeral(ReadOnlySpan<char> text, int pos, bool dutch, out double value, out double alternative, out int end, out bool isInteger)
    {
        var length = text.Length;
        double integer = 0;
        var p = pos;
        var firstGroupLength = 0;
        var leadingZero = TextChars.TryDigit(text[p], out var first) && first == 0;
        while (p < length && TextChars.TryDigit(text[p], out var d))
        {
            integer = integer * 10 + d;
            p++;
            firstGroupLength++;
        }

        var firstGroup = integer;
        var groupSeparator = '\0';
        var groups = 0;
        double fraction = 0;
        var fractionDigits = 0;
        var separators = 0;
        var lastSeparator = '\0';
        var lastRunLength = 0;
        double lastRun = 0;
        while (p + 1 < length)
        {
            var raw = text[p];
            var s = raw switch
            {
                '\u066B' => 'D', // Arabic decimal separator
                '\u066C' => 'G', // Arabic thousands separator
                _ => TextChars.FoldPunctuation(raw),
            };
            if (s is not ('.' or ',' or 'D' or 'G') || !TextChars.IsDigit(text[p + 1]))
            {
                break;
            }

            var q = p + 1;
            double run = 0;
            var runLength = 0;
            while (q < length && TextChars.TryDigit(text[q], out var d))
            {
                run = run * 10 + d;
                q++;
                runLength++;
            }

            bool asGroup;
            if (s == 'D')
            {
                asGroup = false;
            }
            else if (s == 'G')
            {
                asGroup = runLength == 3;
            }
            else if (groupSeparator != '\0')
            {
                asGroup = s == groupSeparator && runLength == 3;
                if (s == groupSeparator && runLength != 3)
                {
                    break;
                }
            }
            else
            {
                var languageGroupSeparator = dutch ? '.' : ',';
                // "0,625" has no thousands: a leading zero alone before the separator makes it a decimal in either language.
                asGroup = s == languageGroupSeparator && runLength == 3 && firstGroupLength <= 3 && !(leadingZero && firstGroupLength == 1);
            }

            separators++;
            lastSeparator = s;
            lastRunLength = runLength;
            lastRun = run;
            p = q;
            if (asGroup)
            {
                groupSeparator = s;
                integer = integer * 1000 + run;
                groups++;
                continue;
            }

            fraction = run;
            fractionDigits = runLength;
            break;
        }

        value = integer + (fractionDigits > 0 ? fraction / Pow10(fractionDigits) : 0);
        isInteger = fractionDigits == 0;
        end = p;

        // One separator before exactly three digits: the other language reads it the other way.
        alternative = double.NaN;
        if (separators == 1 && lastRunLength == 3 && firstGroupLength <= 3 && !leadingZero && lastSeparator is '.' or ',')
        {
            alternative = groups == 1 ? firstGroup + lastRun / 1000 : firstGroup * 1000 + lastRun;
        }
    }

    private static int DecimalsOf(ReadOnlySpan<char> text, int start, int end)
    {
        var n = 0;
        for (var i = end - 1; i >= start && TextChars.IsDigit(text[i]); i--)
        {
            n++;
        }

        return n;
    }

    private static double Pow10(int n)
    {
        var r = 1.0;
        for (var i = 0; i < n; i++)
        {
            r *= 10;
        }

        return r;
    }

    /// <summary>The value of a vulgar-fraction character such as '¾', or 0.</summary>
    public static double VulgarValue(char c) => c switch
    {
        '½' => 0.5,
        '⅓' => 1.0 / 3,
        '⅔' => 2.0 / 3,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6,
        '⅚' => 5.0 / 6,
        '⅐' => 1.0 / 7,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        '⅑' => 1.0 / 9,
        '⅒' => 0.1,
        _ => 0,
    };
}
