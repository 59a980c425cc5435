using System.Globalization;
using System.Text.RegularExpressions;

namespace Didactics.Checking;

/// <summary>Reads numbers the way learners write them: integers, decimals with point or comma, fractions, percentages.</summary>
internal static partial class NumberText
{
    // A number token: optional sign, digits with optional decimal part, optional "/ denominator", optional percent.
    private const string TokenPattern = @"(?<![\p{L}\d])[-−]?\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?\s*%?";

#if NET7_0_OR_GREATER
    [GeneratedRegex(TokenPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex Token();
#else
    private static readonly Regex TokenRegex = new(TokenPattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    internal static Regex Token() => TokenRegex;
#endif

    /// <summary>Parses one token (as matched by <see cref="Token"/>) or a whole reference answer into a value.</summary>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var s = text.Trim().Replace('−', '-').Replace(" ", "", StringComparison.Ordinal);
        if (s.Length == 0)
        {
            return false;
        }

        var percent = s.EndsWith('%');
        if (percent)
        {
            s = s[..^1];
        }

        var slash = s.IndexOf('/');
        if (slash > 0)
        {
            if (!TryParseDecimal(s[..slash], out var numerator) || !TryParseDecimal(s[(slash + 1)..], out var denominator) || denominator == 0)
            {
                return false;
            }

            value = numerator / denominator;
        }
        else if (!TryParseDecimal(s, out value))
        {
            return false;
        }

        if (percent)
        {
            value /= 100;
        }

        return true;
    }

    /// <summary>True when two values are equal within a relative tolerance of 1e-9.</summary>
    public static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    private static bool TryParseDecimal(string s, out double value) =>
        double.TryParse(s.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
