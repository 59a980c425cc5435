using System.Text.RegularExpressions;

namespace Didactics.Shared;

/// <summary>
/// The one definition of personal data in learner text, used by the hosting package's redactor and by the
/// certification kit's "no personal data echoed" check: e-mail addresses, phone numbers (international, national
/// NL/UK, North American, area codes in brackets), BSNs (eleven test; plain or grouped), IBANs (mod-97 check, or a
/// country's IBAN shape with a wrong checksum), Dutch postcodes with house numbers and street addresses, and any number
/// the text names as a phone number or BSN. Numbers are judged in context: operands, quantities with units and the
/// problem's own numbers are left alone unless the text names them as personal data. Names (a roster) are the
/// redactor's own business.
/// </summary>
internal static partial class PersonalDataScanner
{
    /// <summary>The personal data in <paramref name="text"/>, in the order <see cref="Redact"/> replaces it.</summary>
    public static List<PersonalDataMatch> Find(string text, IReadOnlySet<string>? protectedNumbers = null)
    {
        var found = new List<PersonalDataMatch>();
        Redact(text, protectedNumbers, found);
        return found;
    }

    /// <summary>
    /// Replaces the personal data in <paramref name="text"/> with placeholders and adds what it replaced to
    /// <paramref name="found"/>. A phone- or BSN-shaped number is kept when it is part of the math (an operand next to an
    /// operator or a word such as <c>plus</c>, <c>keer</c>, <c>divided</c>; a quantity with a unit; one of
    /// <paramref name="protectedNumbers"/>, see <see cref="ProtectedNumbers(Problem)"/>), unless the text names it as personal
    /// data ("my BSN is …", "bel me op …").
    /// </summary>
    public static string Redact(string text, IReadOnlySet<string>? protectedNumbers, List<PersonalDataMatch> found)
    {
        var result = EmailPattern().Replace(text, m => Hit(found, RedactionPlaceholders.Email, m.Value));
        result = IbanPattern().Replace(result, m => RedactIban(m.Value, found));
        result = ReplaceNumbers(result, IntlPhonePattern(), RedactionPlaceholders.Phone, d => d.Length is >= 8 and <= 15, protectedNumbers, found);
        result = ReplaceNumbers(result, BracketedAreaCodePattern(), RedactionPlaceholders.Phone, d => d.Length is >= 9 and <= 12, protectedNumbers, found);
        result = ReplaceNumbers(result, DomesticPhonePattern(), RedactionPlaceholders.Phone, d => d.Length is 10 or 11, protectedNumbers, found);
        result = ReplaceNumbers(result, NorthAmericanPhonePattern(), RedactionPlaceholders.Phone, d => d.Length is 10 or 11, protectedNumbers, found);
        result = PostcodePattern().Replace(result, m => Hit(found, RedactionPlaceholders.Address, m.Value));
        result = StreetPattern().Replace(result, m => Hit(found, RedactionPlaceholders.Address, m.Value));
        result = ReplaceNumbers(result, BsnPattern(), RedactionPlaceholders.Bsn, PersonalNumbers.IsValidBsn, protectedNumbers, found);
        return RedactCuedNumbers(result, found);
    }

    /// <summary>
    /// The numbers of <paramref name="problem"/> (its statement, accepted answers and hints) as digit strings: a learner
    /// who writes one of them is doing the math, not sharing a phone number or BSN.
    /// </summary>
    public static HashSet<string> ProtectedNumbers(Problem problem) =>
        ProtectedNumbers([problem.Statement, .. problem.Answers.Select(a => a.Value), .. problem.Hints]);

    /// <summary>The numbers written in <paramref name="texts"/> as digit strings (six digits or more), whole and by group.</summary>
    public static HashSet<string> ProtectedNumbers(IEnumerable<string?> texts)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            foreach (Match m in GroupedNumber().Matches(text))
            {
                var digits = PersonalNumbers.DigitsOf(m.Value);
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

        return numbers;
    }

    private static string Hit(List<PersonalDataMatch> found, string kind, string value)
    {
        var match = new PersonalDataMatch(kind, value);
        found.Add(match);
        return match.Placeholder;
    }

    // The pattern may take a word after the IBAN as one more group ("NL91 ABNA 0417 1643 00 here"): try the longest prefix of groups that is one.
    private static string RedactIban(string value, List<PersonalDataMatch> found)
    {
        var parts = value.Split(' ');
        for (var n = parts.Length; n >= 1; n--)
        {
            var candidate = n == parts.Length ? value : string.Join(' ', parts[..n]);
            if (PersonalNumbers.IsValidIban(candidate) || PersonalNumbers.IsIbanShaped(candidate))
            {
                var placeholder = Hit(found, RedactionPlaceholders.Iban, candidate);
                return n == parts.Length ? placeholder : placeholder + " " + string.Join(' ', parts[n..]);
            }
        }

        return value;
    }

    private static string ReplaceNumbers(
        string text, Regex pattern, string kind, Func<string, bool> valid, IReadOnlySet<string>? protectedNumbers, List<PersonalDataMatch> found) =>
        pattern.Replace(text, m =>
        {
            var digits = PersonalNumbers.DigitsOf(m.Value);
            if (!valid(digits)
                || (!NamedAsPersonalData(text, m.Index) && ((protectedNumbers?.Contains(digits) ?? false) || IsMathAnywhere(text, m.Value))))
            {
                return m.Value;
            }

            return Hit(found, kind, m.Value);
        });

    // Any other run of 7–15 digits (separators allowed) that the text itself names as a phone number or BSN, e.g. a
    // local number without area code ("call me at 555-2671") or a BSN that fails the eleven test ("bsn 123456789").
    private static string RedactCuedNumbers(string text, List<PersonalDataMatch> found) =>
        CuedNumberPattern().Replace(text, m =>
        {
            var digits = PersonalNumbers.DigitsOf(m.Value);
            if (digits.Length is < 7 or > 15 || !NamedAsPersonalData(text, m.Index) || IsMathAnywhere(text, m.Value))
            {
                return m.Value;
            }

            var from = Math.Max(0, m.Index - 48);
            var bsn = digits.Length == 9 && BsnCuePattern().IsMatch(text.AsSpan(from, m.Index - from));
            return Hit(found, bsn ? RedactionPlaceholders.Bsn : RedactionPlaceholders.Phone, m.Value);
        });

    // Words before a number that say it is personal data: they win over every sign of math.
    private static bool NamedAsPersonalData(string text, int start)
    {
        var from = Math.Max(0, start - 48);
        return PersonalCuePattern().IsMatch(text.AsSpan(from, start - from));
    }

    // A number that is an operand where it stands, or where the same number stands again ("is X groter dan Y? X - Y = 3").
    private static bool IsMathAnywhere(string text, string number)
    {
        for (var at = text.IndexOf(number, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + number.Length, StringComparison.Ordinal))
        {
            if (IsMath(text, at, at + number.Length))
            {
                return true;
            }
        }

        return false;
    }

    // A number next to an operator or a math word, or followed by a unit, is a quantity in the learner's work.
    private static bool IsMath(string text, int start, int end)
    {
        var left = text.AsSpan(0, start).TrimEnd();
        var right = text.AsSpan(end).TrimStart();
        if ((!left.IsEmpty && IsOperator(left[^1], left.Length > 1 ? left[^2] : ' ')) || (!right.IsEmpty && IsOperator(right[0], ' ')))
        {
            return true;
        }

        return MathWordBefore().IsMatch(left.ToString()) || MathWordAfter().IsMatch(right.ToString());
    }

    private static bool IsOperator(char c, char before) =>
        c is '+' or '*' or '/' or '=' or '^' or '<' or '>' or '×' or '÷' or '·' or '−' or '–' or '≈' or '≤' or '≥' or '%' or '€' or '$' or '£'
        || (c == '-' && before == ' ') || (c == ':' && before == ' ') || (c == 'x' && before == ' ');
}
