namespace Didactics.Certification;

/// <summary>
/// Spells whole numbers and fractions in English and Dutch words, as the kit's own code (it shares nothing with the
/// runtime's number-word reader). Spellings are lowercase, accents folded ("tweeentwintig" for "tweeëntwintig"), and
/// hyphens written as spaces (the detector reads "fifty-six" as "fifty six").
/// </summary>
internal static class NumberSpelling
{
    private static readonly string[] EnOnes =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] EnTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] NlOnes =
    [
        "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
        "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
    ];

    private static readonly string[] NlTens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];

    /// <summary>English spellings of <paramref name="n"/> (0 to 999 999): with and without "and", e.g. "one hundred and twenty seven".</summary>
    public static IReadOnlyList<string> English(long n)
    {
        if (n is < 0 or > 999_999)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var withAnd in new[] { true, false })
        {
            var text = EnglishCore(n, withAnd);
            if (!result.Contains(text))
            {
                result.Add(text);
            }
        }

        if (n is 100 or 1000)
        {
            result.Add(n == 100 ? "a hundred" : "a thousand");
        }

        return result;
    }

    private static string EnglishCore(long n, bool withAnd)
    {
        if (n < 20)
        {
            return EnOnes[n];
        }

        if (n < 100)
        {
            return n % 10 == 0 ? EnTens[n / 10] : EnTens[n / 10] + " " + EnOnes[n % 10];
        }

        if (n < 1000)
        {
            var rest = n % 100;
            var head = EnOnes[n / 100] + " hundred";
            return rest == 0 ? head : head + (withAnd ? " and " : " ") + EnglishCore(rest, withAnd);
        }

        var thousands = EnglishCore(n / 1000, withAnd) + " thousand";
        var low = n % 1000;
        return low == 0 ? thousands : thousands + (low < 100 && withAnd ? " and " : " ") + EnglishCore(low, withAnd);
    }

    /// <summary>Dutch spellings of <paramref name="n"/> (0 to 999 999), written together ("zesenvijftig") and, above 100, with spaces between the parts.</summary>
    public static IReadOnlyList<string> Dutch(long n)
    {
        if (n is < 0 or > 999_999)
        {
            return [];
        }

        var result = new List<string> { DutchCore(n, " ").Replace(" ", "", StringComparison.Ordinal) };
        var spaced = DutchCore(n, " ");
        if (!result.Contains(spaced))
        {
            result.Add(spaced);
        }

        return result;
    }

    private static string DutchCore(long n, string gap)
    {
        if (n < 20)
        {
            return NlOnes[n];
        }

        if (n < 100)
        {
            if (n % 10 == 0)
            {
                return NlTens[n / 10];
            }

            var unit = NlOnes[n % 10];
            // "tweeëntwintig", "drieëntwintig": the diaeresis is folded away, so the join is plain "en".
            return unit + "en" + NlTens[n / 10];
        }

        if (n < 1000)
        {
            var head = (n / 100 == 1 ? "" : NlOnes[n / 100]) + "honderd";
            return n % 100 == 0 ? head : head + gap + DutchCore(n % 100, gap);
        }

        var thousands = (n / 1000 == 1 ? "" : DutchCore(n / 1000, gap)) + "duizend";
        return n % 1000 == 0 ? thousands : thousands + gap + DutchCore(n % 1000, gap);
    }

    /// <summary>English spellings of the fraction <paramref name="numerator"/>/<paramref name="denominator"/> ("three quarters", "three fourths", "a half").</summary>
    public static IReadOnlyList<string> EnglishFraction(long numerator, long denominator)
    {
        var result = new List<string>();
        if (numerator <= 0 || denominator <= 1 || numerator >= 1000 || denominator > 100)
        {
            return result;
        }

        var plural = numerator != 1;
        IEnumerable<string> names = denominator switch
        {
            2 => [plural ? "halves" : "half"],
            4 => [plural ? "quarters" : "quarter", plural ? "fourths" : "fourth"],
            _ => [EnglishOrdinal(denominator) + (plural ? "s" : "")],
        };
        foreach (var name in names)
        {
            foreach (var count in English(numerator))
            {
                result.Add(count + " " + name);
            }

            if (!plural)
            {
                result.Add("a " + name);
            }

            result.Add(numerator.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + name);
        }

        result.Add($"{numerator} out of {denominator}");
        return result;
    }

    /// <summary>Dutch spellings of a fraction ("drie kwart", "driekwart", "twee derde", "vijf achtste", "een half").</summary>
    public static IReadOnlyList<string> DutchFraction(long numerator, long denominator)
    {
        var result = new List<string>();
        if (numerator <= 0 || denominator <= 1 || numerator >= 1000 || denominator > 100)
        {
            return result;
        }

        IEnumerable<string> names = denominator switch
        {
            2 => ["half", "halve"],
            4 => ["kwart", "vierde"],
            _ => [DutchOrdinal(denominator)],
        };
        if (numerator > 1 && denominator > 2)
        {
            // "drie vierden", "vijf achtsten", "twee derden": the plural is as common as the singular.
            names = [.. names, .. names.Where(n => n != "kwart").Select(n => n + "n")];
        }
        foreach (var name in names)
        {
            foreach (var count in Dutch(numerator))
            {
                result.Add(count + " " + name);
                if (numerator < 10)
                {
                    result.Add(count + name);
                }
            }

            result.Add(numerator.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + name);
        }

        result.Add($"{numerator} van de {denominator}");
        return result;
    }

    private static string EnglishOrdinal(long n) => n switch
    {
        3 => "third",
        5 => "fifth",
        8 => "eighth",
        9 => "ninth",
        12 => "twelfth",
        _ when n < 20 => EnOnes[n] + "th",
        _ when n % 10 == 0 && n < 100 => EnTens[n / 10][..^1] + "ieth",
        100 => "hundredth",
        _ => EnglishCore(n - n % 10, false) + " " + EnglishOrdinal(n % 10),
    };

    private static string DutchOrdinal(long n) => n switch
    {
        3 => "derde",
        8 => "achtste",
        _ when n < 20 => NlOnes[n] + "de",
        100 => "honderdste",
        _ => DutchCore(n, "") + "ste",
    };

    /// <summary>Digit-by-digit words for a decimal ("zero point six two five", "nul komma zes twee vijf").</summary>
    public static IReadOnlyList<string> DecimalWords(string digits)
    {
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || !long.TryParse(digits[..dot], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var whole))
        {
            return [];
        }

        var fraction = digits[(dot + 1)..];
        var en = string.Join(" ", fraction.Select(c => EnOnes[c - '0']));
        var nl = string.Join(" ", fraction.Select(c => NlOnes[c - '0']));
        var result = new List<string>();
        foreach (var w in English(whole))
        {
            result.Add(w + " point " + en);
        }

        foreach (var w in Dutch(whole))
        {
            result.Add(w + " komma " + nl);
        }

        return result;
    }
}
