using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Compliance.Redaction;

namespace Didactics.Hosting.Privacy;

/// <summary>The kinds of personal data <see cref="PersonalDataRedactor"/> finds in learner text.</summary>
public enum PersonalDataKind
{
    /// <summary>An e-mail address.</summary>
    Email = 0,

    /// <summary>A Dutch or international phone number.</summary>
    Phone = 1,

    /// <summary>A Dutch citizen service number (BSN) that passes the eleven test.</summary>
    Bsn = 2,

    /// <summary>An IBAN whose check digits pass the mod-97 check.</summary>
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
/// store or a log: e-mail addresses, phone numbers (Dutch and international), BSNs (validated with the eleven test),
/// IBANs (validated with the mod-97 check), Dutch postcodes with house numbers and street addresses, and names from a
/// class roster. Numbers that fail their check digit and plain arithmetic such as <c>12 + 30 = 42</c> are left alone.
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
    public RedactionResult RedactText(string text, IEnumerable<string>? extraRoster = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = ImmutableArray.CreateBuilder<PersonalDataKind>();
        var result = EmailPattern().Replace(text, m => Hit(findings, PersonalDataKind.Email));
        result = IbanPattern().Replace(result, m => IsValidIban(m.Value) ? Hit(findings, PersonalDataKind.Iban) : m.Value);
        result = NlPhonePattern().Replace(result, m => Hit(findings, PersonalDataKind.Phone));
        result = IntlPhonePattern().Replace(result, m => DigitCount(m.Value) is >= 8 and <= 15 ? Hit(findings, PersonalDataKind.Phone) : m.Value);
        result = PostcodePattern().Replace(result, m => Hit(findings, PersonalDataKind.Address));
        result = StreetPattern().Replace(result, m => Hit(findings, PersonalDataKind.Address));
        result = BsnPattern().Replace(result, m => IsValidBsn(m.Value) ? Hit(findings, PersonalDataKind.Bsn) : m.Value);
        result = RedactNames(result, extraRoster is null ? Roster : Roster.AddRange(Normalize(extraRoster)), findings);
        return new RedactionResult(result, findings.ToImmutable());
    }

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
    /// runtime's <see cref="Didactics.Signals.SignalText.RedactionPlaceholders"/>, so the learner-signal classifier
    /// does not read it as words the learner wrote.
    /// </summary>
    public static string PlaceholderFor(PersonalDataKind kind) => Placeholders[(int)kind];

    private static string Hit(ImmutableArray<PersonalDataKind>.Builder findings, PersonalDataKind kind)
    {
        findings.Add(kind);
        return Placeholders[(int)kind];
    }

    private static int DigitCount(string value) => value.Count(char.IsAsciiDigit);

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

    // Two letters, two check digits, then groups of four (spaces optional) and a short tail; the mod-97 check decides.
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IbanPattern();

    // +31 / 0031 / 0, then nine digits with optional spaces or dashes, e.g. 06-12345678, 020 123 4567, +31 (0)6 1234 5678.
    [GeneratedRegex(@"(?<![\w+])(?:\+31|0031|0)[ -]?(?:\(0\)[ -]?)?[1-9](?:[ -]?\d){8}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NlPhonePattern();

    // + or 00, a country code, then groups of digits: +44 20 7946 0958, +1 (415) 555-2671, 0049 30 1234567.
    [GeneratedRegex(@"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IntlPhonePattern();

    // 1234 AB (upper case, the official form; SA, SD and SS are never issued), with an optional house number after it.
    [GeneratedRegex(@"(?<!\w)[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?!\w)(?:,? ?\d{1,5}(?: ?[a-zA-Z](?!\w))?)?|(?i:postcode:?)\s*[1-9]\d{3} ?[A-Za-z]{2}(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodePattern();

    // A street with a house number: Kerkstraat 12, Dorpsweg 3a, Baker Street 221b.
    [GeneratedRegex(@"(?<!\w)[A-Z][a-zà-ÿ]+(?:straat|laan|weg|plein|gracht|singel|kade|dijk|hof|pad|steeg|dreef|park|markt|\s(?:Street|Road|Avenue|Lane|Drive))\s+\d{1,5}(?:\s?[a-zA-Z](?!\w))?(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex StreetPattern();

    // Nine digits, or 3.3.3 / 4.2.3 with dots as BSNs are often written; the eleven test decides.
    [GeneratedRegex(@"(?<![\d.,])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3})(?![\d]|[.,]\d)", RegexOptions.CultureInvariant)]
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
