using System.Globalization;
using System.Text.RegularExpressions;

namespace Didactics.Certification;

/// <summary>A numeric reference answer as the kit reads it: a rational value, how it was written, a unit and a variable.</summary>
/// <param name="Numerator">The numerator of the simplest form.</param>
/// <param name="Denominator">The denominator of the simplest form (positive).</param>
/// <param name="WrittenNumerator">The numerator as written, when the answer was written as a fraction.</param>
/// <param name="WrittenDenominator">The denominator as written.</param>
/// <param name="IsPercent">True when written as a percentage (the value is then the number before the sign).</param>
/// <param name="Unit">The unit or rate after the number ("km/h"), or null.</param>
/// <param name="Variable">The variable of an equation answer ("x" of "x = 7"), or null.</param>
internal sealed partial record AnswerNumber(long Numerator, long Denominator, long? WrittenNumerator, long? WrittenDenominator, bool IsPercent, string? Unit, string? Variable = null)
{
    /// <summary>Reads "56", "-5", "0.625", "0,5", ".5", "5/8", "1 1/2", "25%", "x = 7", "60 km/h", "€ 4,50".</summary>
    public static bool TryParse(string text, out AnswerNumber number)
    {
        number = null!;
        var m = Pattern().Match(RevealText.Normalize(text));
        if (!m.Success)
        {
            return false;
        }

        if (!m.Groups["fn"].Success && m.Groups["int"].Length == 0 && !m.Groups["dec"].Success)
        {
            return false;
        }

        var variable = m.Groups["var"].Success ? m.Groups["var"].Value : null;
        var unit = (m.Groups["pre"].Value + " " + m.Groups["unit"].Value).Trim();
        var negative = m.Groups["sign"].Value == "-";
        long num, den;
        long? wn = null, wd = null;
        if (m.Groups["fn"].Success)
        {
            num = long.Parse(m.Groups["fn"].Value, CultureInfo.InvariantCulture);
            den = long.Parse(m.Groups["fd"].Value, CultureInfo.InvariantCulture);
            if (den == 0)
            {
                return false;
            }

            (wn, wd) = (num, den);
            if (m.Groups["mw"].Success)
            {
                num += long.Parse(m.Groups["mw"].Value, CultureInfo.InvariantCulture) * den;
                (wn, wd) = (null, null);
            }
        }
        else
        {
            var digits = m.Groups["int"].Value;
            var frac = m.Groups["dec"].Value;
            if (digits.Length + frac.Length > 15)
            {
                return false;
            }

            num = long.Parse((digits.Length == 0 ? "0" : digits) + frac, CultureInfo.InvariantCulture);
            den = (long)Math.Pow(10, frac.Length);
        }

        number = new AnswerNumber(negative ? -num : num, den, wn, wd, m.Groups["pct"].Success, unit.Length == 0 ? null : unit, variable).Simplified();
        return true;
    }

    /// <summary>The same value with numerator and denominator in lowest terms (the written form is kept).</summary>
    public AnswerNumber Simplified()
    {
        var g = AnswerForms.Gcd(Numerator, Denominator);
        return this with { Numerator = Numerator / g, Denominator = Denominator / g };
    }

    /// <summary>The value as a terminating decimal ("0.625"), or null when it does not terminate (or is whole).</summary>
    public string? ExactDecimal()
    {
        if (Denominator == 1)
        {
            return null;
        }

        var d = Denominator;
        while (d % 2 == 0)
        {
            d /= 2;
        }

        while (d % 5 == 0)
        {
            d /= 5;
        }

        return d != 1 ? null : ((decimal)Numerator / Denominator).ToString("0.############", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?:(?<var>[a-z])\s*=\s*)?(?<pre>[€$])?\s*(?<sign>-)?(?:(?:(?<mw>\d+)\s+)?(?<fn>\d+)\s*/\s*(?<fd>\d+)|(?<int>\d*)(?:[.,](?<dec>\d+))?)\s*(?<pct>%|percent|procent)?\s*(?<unit>(?:°c|[a-z€$]{1,12}(?:\s*/\s*[a-z]{1,6})?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
