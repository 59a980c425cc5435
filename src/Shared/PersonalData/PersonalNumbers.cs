using System.Collections.Frozen;

namespace Didactics.Shared;

/// <summary>The checks that tell a personal number from any other number: the BSN eleven test and the IBAN mod-97 check and shape.</summary>
internal static class PersonalNumbers
{
    private static readonly FrozenDictionary<string, int> IbanLengths = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22, ["BH"] = 22, ["BR"] = 29,
        ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24,
        ["FI"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27, ["GT"] = 28, ["HR"] = 21,
        ["HU"] = 28, ["IE"] = 22, ["IL"] = 23, ["IS"] = 26, ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LI"] = 21,
        ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30,
        ["NL"] = 18, ["NO"] = 15, ["PK"] = 24, ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["SA"] = 24,
        ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VG"] = 24, ["XK"] = 20,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The digits of <paramref name="value"/> as ASCII (full-width and other Unicode decimal digits count too).</summary>
    public static string DigitsOf(string value) =>
        string.Concat(value.Where(char.IsDigit).Select(c => char.IsAsciiDigit(c) ? c : (char)('0' + (int)char.GetNumericValue(c))));

    /// <summary>True when <paramref name="value"/> (digits with optional dots) is a BSN: nine digits passing the eleven test.</summary>
    public static bool IsValidBsn(string value)
    {
        Span<int> d = stackalloc int[9];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == 9)
                {
                    return false;
                }

                d[n++] = c - '0';
            }
        }

        if (n != 9)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += d[i] * (9 - i);
        }

        sum -= d[8];
        return sum != 0 && sum % 11 == 0;
    }

    /// <summary>True when <paramref name="value"/> (spaces allowed) is an IBAN whose check digits pass the mod-97 check.</summary>
    public static bool IsValidIban(string value)
    {
        var compact = value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length is < 15 or > 34 || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1])
            || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        var remainder = 0;
        foreach (var c in compact[4..] + compact[..4])
        {
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    /// <summary>
    /// True when <paramref name="value"/> has the shape of an IBAN of a country that issues them (its country code and
    /// length, one character more or less for a typo), whatever its check digits: a mistyped IBAN is still someone's account.
    /// </summary>
    public static bool IsIbanShaped(string value)
    {
        var compact = value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length < 14 || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3])
            || !IbanLengths.TryGetValue(compact[..2], out var length) || Math.Abs(compact.Length - length) > 1)
        {
            return false;
        }

        // An account number is mostly digits; a product code of letters is not an IBAN.
        return compact[4..].Count(char.IsAsciiDigit) >= (compact.Length - 4) / 2;
    }
}
