using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Compliance.Redaction;

namespace Didactics.Hosting;

/// <summary>The kinds of personal data <see cref="PersonalDataRedactor"/> finds in learner text.</summary>
public enum PersonalDataKind
{
    /// <summary>An e-mail address.</summary>
    Email = 0,

    /// <summary>A phone number: international (+/00), national with its leading 0 (NL, UK), North American, or with an area code in brackets.</summary>
    Phone = 1,

    /// <summary>A Dutch citizen service number (BSN): nine digits, grouped or not, passing the eleven test, or any number the text names as a BSN.</summary>
    Bsn = 2,

    /// <summary>An IBAN: check digits passing the mod-97 check, or the shape of a country's IBAN (a mistyped one too).</summary>
    Iban = 3,

    /// <summary>A Dutch postcode (with house number when given) or a street with house number.</summary>
    Address = 4,

    /// <summary>A name from the class roster.</summary>
    Name = 5,
}

/// <summary>The result of redacting a text.</summary>
/// <param name="Text">The text with every finding replaced by a placeholder such as <c>[phone]</c>.</param>
/// <param name="Findings">What was replaced, by kind (never the values).</param>
public sealed record RedactionResult(string Text, ImmutableArray<PersonalDataKind> Findings)
{
    /// <summary>True when anything was replaced.</summary>
    public bool Redacted => !Findings.IsDefaultOrEmpty;
}

/// <summary>
/// Finds personal data in free learner text and replaces it with placeholders before the text reaches a model, a
/// store or a log: e-mail addresses, phone numbers (international, national NL/UK, North American, area codes in
/// brackets), BSNs (eleven test; plain or grouped), IBANs (mod-97 check, or a country's IBAN shape with a wrong
/// checksum), Dutch postcodes with house numbers and street addresses, names from a class roster, and any number the
/// text names as a phone number or BSN. Numbers are judged in context: operands, quantities with units and the
/// problem's own numbers (<see cref="RedactionContext"/>) are left alone unless the text names them as personal data.
/// </summary>
/// <remarks>
/// It is also a <see cref="Redactor"/> (Microsoft.Extensions.Compliance.Redaction), so log properties classified as
/// learner text can be redacted with it (<see cref="DidacticsTaxonomy.LearnerText"/>). The redactor is stateless
/// apart from its <see cref="Roster"/> and safe for concurrent use.
/// </remarks>
public sealed partial class PersonalDataRedactor : Redactor
{
    private static readonly string[] Placeholders = ["[e-mail]", "[phone]", "[bsn]", "[iban]", "[address]", "[name]"];

    // Name particles are never redacted on their own ("de", "van" are everyday Dutch words).
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "den", "der", "van", "von", "het", "te", "ter", "ten", "la", "le", "du", "el", "al", "bin", "da", "dos",
    };

    /// <summary>Creates a redactor; <paramref name="roster"/> lists the learners' and teachers' names to remove.</summary>
    public PersonalDataRedactor(IEnumerable<string>? roster = null) => Roster = Normalize(roster);

    /// <summary>A redactor with no roster (patterns only).</summary>
    public static PersonalDataRedactor Default { get; } = new();

    /// <summary>The names this instance removes besides the patterns.</summary>
    public ImmutableArray<string> Roster { get; }

    /// <summary>Redacts <paramref name="text"/> with this instance's roster plus <paramref name="extraRoster"/>.</summary>
    public RedactionResult RedactText(string text, IEnumerable<string>? extraRoster = null) => RedactText(text, extraRoster, RedactionContext.None);

    /// <summary>
    /// Redacts <paramref name="text"/> with this instance's roster plus <paramref name="extraRoster"/>, judging numbers
    /// in <paramref name="context"/>: a phone- or BSN-shaped number is kept when it is part of the math (an operand next
    /// to an operator or a word such as <c>plus</c>, <c>keer</c>, <c>divided</c>; a quantity with a unit; a number of
    /// the problem), unless the text names it as personal data ("my BSN is …", "bel me op …").
    /// </summary>
    public RedactionResult RedactText(string text, IEnumerable<string>? extraRoster, RedactionContext? context)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= RedactionContext.None;
        var findings = ImmutableArray.CreateBuilder<PersonalDataKind>();
        var result = EmailPattern().Replace(text, m => Hit(findings, PersonalDataKind.Email));
        result = IbanPattern().Replace(result, m => RedactIban(m.Value, findings));
        result = ReplaceNumbers(result, IntlPhonePattern(), PersonalDataKind.Phone, d => d.Length is >= 8 and <= 15, context, findings);
        result = ReplaceNumbers(result, BracketedAreaCodePattern(), PersonalDataKind.Phone, d => d.Length is >= 9 and <= 12, context, findings);
        result = ReplaceNumbers(result, DomesticPhonePattern(), PersonalDataKind.Phone, d => d.Length is 10 or 11, context, findings);
        result = ReplaceNumbers(result, NorthAmericanPhonePattern(), PersonalDataKind.Phone, d => d.Length is 10 or 11, context, findings);
        result = PostcodePattern().Replace(result, m => Hit(findings, PersonalDataKind.Address));
        result = StreetPattern().Replace(result, m => Hit(findings, PersonalDataKind.Address));
        result = ReplaceNumbers(result, BsnPattern(), PersonalDataKind.Bsn, IsValidBsn, context, findings);
        result = RedactCuedNumbers(result, findings);
        result = RedactNames(result, extraRoster is null ? Roster : Roster.AddRange(Normalize(extraRoster)), findings);
        return new RedactionResult(result, findings.ToImmutable());
    }

    /// <summary>
    /// True when <paramref name="value"/> has the shape of an IBAN of a country that issues them (its country code and
    /// length, one character more or less for a typo), whatever its check digits: a mistyped IBAN is still someone's account.
    /// </summary>
    public static bool IsIbanShaped(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var compact = value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length < 14 || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3])
            || !IbanLengths.TryGetValue(compact[..2], out var length) || Math.Abs(compact.Length - length) > 1)
        {
            return false;
        }

        // An account number is mostly digits; a product code of letters is not an IBAN.
        return compact[4..].Count(char.IsAsciiDigit) >= (compact.Length - 4) / 2;
    }

    // The pattern may take a word after the IBAN as one more group ("NL91 ABNA 0417 1643 00 here"): try the longest prefix of groups that is one.
    private static string RedactIban(string value, ImmutableArray<PersonalDataKind>.Builder findings)
    {
        var parts = value.Split(' ');
        for (var n = parts.Length; n >= 1; n--)
        {
            var candidate = n == parts.Length ? value : string.Join(' ', parts[..n]);
            if (IsValidIban(candidate) || IsIbanShaped(candidate))
            {
                return n == parts.Length ? Hit(findings, PersonalDataKind.Iban) : Hit(findings, PersonalDataKind.Iban) + " " + string.Join(' ', parts[n..]);
            }
        }

        return value;
    }

    private static string ReplaceNumbers(
        string text, Regex pattern, PersonalDataKind kind, Func<string, bool> valid, RedactionContext context, ImmutableArray<PersonalDataKind>.Builder findings) =>
        pattern.Replace(text, m =>
        {
            var digits = DigitsOf(m.Value);
            if (!valid(digits) || (!NamedAsPersonalData(text, m.Index) && (context.Protects(digits) || IsMathAnywhere(text, m.Value))))
            {
                return m.Value;
            }

            return Hit(findings, kind);
        });

    // Any other run of 7–15 digits (separators allowed) that the text itself names as a phone number or BSN, e.g. a
    // local number without area code ("call me at 555-2671") or a BSN that fails the eleven test ("bsn 123456789").
    private static string RedactCuedNumbers(string text, ImmutableArray<PersonalDataKind>.Builder findings) =>
        CuedNumberPattern().Replace(text, m =>
        {
            var digits = DigitsOf(m.Value);
            if (digits.Length is < 7 or > 15 || !NamedAsPersonalData(text, m.Index) || IsMathAnywhere(text, m.Value))
            {
                return m.Value;
            }

            var from = Math.Max(0, m.Index - 48);
            var bsn = digits.Length == 9 && BsnCuePattern().IsMatch(text.AsSpan(from, m.Index - from));
            return Hit(findings, bsn ? PersonalDataKind.Bsn : PersonalDataKind.Phone);
        });

    /// <summary>The digits of <paramref name="value"/> as ASCII (full-width and other Unicode decimal digits count too).</summary>
    internal static string DigitsOf(string value) =>
        string.Concat(value.Where(char.IsDigit).Select(c => char.IsAsciiDigit(c) ? c : (char)('0' + (int)char.GetNumericValue(c))));

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

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input) => RedactText(input.ToString()).Text.Length;

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        var redacted = RedactText(source.ToString()).Text;
        if (redacted.Length > destination.Length)
        {
            throw new ArgumentException($"The destination has {destination.Length} characters; the redacted text needs {redacted.Length}.", nameof(destination));
        }

        redacted.AsSpan().CopyTo(destination);
        return redacted.Length;
    }

    /// <summary>True when <paramref name="value"/> (digits with optional dots) is a BSN: nine digits passing the eleven test.</summary>
    public static bool IsValidBsn(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
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
        ArgumentNullException.ThrowIfNull(value);
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
    /// The placeholder that replaces personal data of <paramref name="kind"/>, e.g. <c>[phone]</c>. Each is one of the
    /// runtime's <see cref="Didactics.SignalText.RedactionPlaceholders"/>, so the learner-signal classifier
    /// does not read it as words the learner wrote.
    /// </summary>
    public static string PlaceholderFor(PersonalDataKind kind) => Placeholders[(int)kind];

    private static string Hit(ImmutableArray<PersonalDataKind>.Builder findings, PersonalDataKind kind)
    {
        findings.Add(kind);
        return Placeholders[(int)kind];
    }

    private static string RedactNames(string text, ImmutableArray<string> roster, ImmutableArray<PersonalDataKind>.Builder findings)
    {
        if (roster.IsDefaultOrEmpty)
        {
            return text;
        }

        var (fullNames, parts) = NamePatterns(roster);
        text = fullNames.Replace(text, _ => Hit(findings, PersonalDataKind.Name));
        return parts is null ? text : parts.Replace(text, _ => Hit(findings, PersonalDataKind.Name));
    }

    // Rosters repeat (one per class), so their two patterns are built once and kept.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Regex FullNames, Regex? Parts)> NamePatternCache = new(StringComparer.Ordinal);

    private static (Regex FullNames, Regex? Parts) NamePatterns(ImmutableArray<string> roster)
    {
        var cacheKey = string.Join('\n', roster);
        if (NamePatternCache.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        // Full names in any case, longest first; then single name parts, which must be capitalised:
        // "Ben" is a name, "ben" is Dutch for "am".
        var full = new Regex(
            @"(?<!\w)(?:" + string.Join('|', roster.OrderByDescending(n => n.Length).Select(Flexible)) + @")(?!\w)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var parts = roster.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 2 && !Particles.Contains(p))
            .Select(p => char.ToUpperInvariant(p[0]) + p[1..])
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .Select(Regex.Escape)
            .ToArray();
        var partPattern = parts.Length == 0
            ? null
            : new Regex(@"(?<!\w)(?:" + string.Join('|', parts) + @")(?!\w)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (NamePatternCache.Count > 1024)
        {
            NamePatternCache.Clear();
        }

        return NamePatternCache[cacheKey] = (full, partPattern);
    }

    // Any run of white space between name parts matches.
    private static string Flexible(string name) => string.Join(@"\s+", name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    private static ImmutableArray<string> Normalize(IEnumerable<string>? roster) =>
        roster is null
            ? ImmutableArray<string>.Empty
            : roster.Where(n => !string.IsNullOrWhiteSpace(n))
                .Select(n => string.Join(' ', n.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToImmutableArray();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Two letters, two check digits, then groups of four (spaces optional) and a short tail; checksum or country shape decides.
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IbanPattern();

    // + or 00, a country code, then groups of digits: +44 20 7946 0958, +1 (415) 555-2671, 0049 30 1234567, +31 (0)6 1234 5678.
    [GeneratedRegex(@"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IntlPhonePattern();

    // An area code in brackets: (415) 555-2671, (020) 123 4567, (0161) 496 0000.
    [GeneratedRegex(@"(?<![\w+])\(\d{2,5}\)[ .-]?\d{2,4}(?:[ .-]?\d{2,4}){1,3}(?![\w]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAreaCodePattern();

    // A national number with its leading 0: 06-12345678, 020 123 4567 (NL, 10 digits), 020 7946 0958, 07700 900123 (UK, 11 digits).
    [GeneratedRegex(@"(?<![\w+.,/])0[1-9](?:[ -]?\d){8,9}(?![\w]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DomesticPhonePattern();

    // North American numbers without a country code: 415-555-2671, 415.555.2671, 415 555 2671, 1-800-555-0199.
    [GeneratedRegex(@"(?<![\w+.,/-])(?:1[ .-])?[2-9]\d{2}([ .-])\d{3}\1\d{4}(?![\w]|[.,-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NorthAmericanPhonePattern();

    // A run of digits with the separators phone numbers and BSNs are written with.
    [GeneratedRegex(@"(?<![\w+.,])\+?\d(?:[ ().-]{0,2}\d){6,16}(?!\w|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CuedNumberPattern();

    [GeneratedRegex(@"(?i)\b(?:bsn|burgerservice\w*|sofi\w*|service ?nummer|social security|ssn)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BsnCuePattern();

    // Words that name a number as personal data, shortly before it.
    [GeneratedRegex(@"(?i)\b(?:bsn|burgerservice\w*|sofi\w*|service ?nummer|social security|ssn|phone|telephone|telefoon\w*|tel|telnr|mobiel\w*|mobile|cell|gsm|bel|bellen|belt|call|ring|whatsapp|sms|text me|app me|fax|iban|rekening\w*|bank\w*|account|reach me|contact|bereikbaar)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalCuePattern();

    // A math word or a unit right before a number ("keer 123 456 789", "plus 0612345678").
    [GeneratedRegex(@"(?i)\b(?:plus|minus|min|times|keer|maal|divided by|gedeeld door|delen door|multiplied by|vermenigvuldigd met|sum|som|product|verschil|difference|sqrt|wortel|€|eur|euro|usd|\$)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MathWordBefore();

    // A math word or a unit right after a number ("123456782 gedeeld door 2", "111 222 333 km").
    [GeneratedRegex(@"(?i)^(?:plus|minus|min|times|keer|maal|divided|gedeeld|delen|multiplied|vermenigvuldigd|squared|kwadraat|cubed|groter|kleiner|greater|less|smaller|bigger|larger|gelijk|equals|procent|percent|euro|euros|eur|dollar|dollars|cent|km|m|cm|mm|kg|g|mg|l|ml|liter|litre|liters|litres|meter|meters|metres|seconds|seconden|minutes|minuten|hours|uur|days|dagen|years|jaar|people|mensen|inwoners|inhabitants|stuks|items|apples|appels|marbles|knikkers|stars|sterren|bytes|pixels)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MathWordAfter();

    // 1234 AB (upper case, the official form; SA, SD and SS are never issued), with an optional house number after it.
    [GeneratedRegex(@"(?<!\w)[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?!\w)(?:,? ?\d{1,5}(?: ?[a-zA-Z](?!\w))?)?|(?i:postcode:?)\s*[1-9]\d{3} ?[A-Za-z]{2}(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodePattern();

    // A street with a house number: Kerkstraat 12, Dorpsweg 3a, Baker Street 221b.
    [GeneratedRegex(@"(?<!\w)[A-Z][a-zà-ÿ]+(?:straat|laan|weg|plein|gracht|singel|kade|dijk|hof|pad|steeg|dreef|park|markt|\s(?:Street|Road|Avenue|Lane|Drive))\s+\d{1,5}(?:\s?[a-zA-Z](?!\w))?(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex StreetPattern();

    // Nine digits, or 3-3-3 / 4-2-3 groups with dots, spaces or dashes as BSNs are often written; the eleven test decides.
    [GeneratedRegex(@"(?<![\d.,])(?:\d{9}|\d{4}([ .-])\d{2}\1\d{3}|\d{3}([ .-])\d{3}\2\d{3})(?!\d|[.,]\d|[ .-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BsnPattern();
}

/// <summary>The data classifications Didactics uses with Microsoft.Extensions.Compliance.</summary>
public static class DidacticsTaxonomy
{
    /// <summary>The taxonomy name.</summary>
    public const string Name = "Didactics";

    /// <summary>Free text written by a learner: may contain personal data; redact it with <see cref="PersonalDataRedactor"/>.</summary>
    public static Microsoft.Extensions.Compliance.Classification.DataClassification LearnerText { get; } = new(Name, "LearnerText");
}
