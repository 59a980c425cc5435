using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Didactics.Shared;
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
public sealed class PersonalDataRedactor : Redactor
{
    // The placeholder word of each PersonalDataKind, in the enum's order.
    private static readonly string[] KindWords =
    [
        RedactionPlaceholders.Email, RedactionPlaceholders.Phone, RedactionPlaceholders.Bsn,
        RedactionPlaceholders.Iban, RedactionPlaceholders.Address, RedactionPlaceholders.Name,
    ];

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
        var found = new List<PersonalDataMatch>();
        var result = PersonalDataScanner.Redact(text, context.ProtectedNumbers, found);
        var findings = ImmutableArray.CreateBuilder<PersonalDataKind>(found.Count);
        findings.AddRange(found.Select(f => (PersonalDataKind)Array.IndexOf(KindWords, f.Kind)));
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
        return PersonalNumbers.IsIbanShaped(value);
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
        return PersonalNumbers.IsValidBsn(value);
    }

    /// <summary>True when <paramref name="value"/> (spaces allowed) is an IBAN whose check digits pass the mod-97 check.</summary>
    public static bool IsValidIban(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return PersonalNumbers.IsValidIban(value);
    }

    /// <summary>
    /// The placeholder that replaces personal data of <paramref name="kind"/>, e.g. <c>[phone]</c>. Each is one of the
    /// placeholders the runtime's learner-signal classifier skips, so it does not read it as words the learner wrote.
    /// </summary>
    public static string PlaceholderFor(PersonalDataKind kind) => $"[{KindWords[(int)kind]}]";

    private static string Hit(ImmutableArray<PersonalDataKind>.Builder findings, PersonalDataKind kind)
    {
        findings.Add(kind);
        return PlaceholderFor(kind);
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

}

/// <summary>The data classifications Didactics uses with Microsoft.Extensions.Compliance.</summary>
public static class DidacticsTaxonomy
{
    /// <summary>The taxonomy name.</summary>
    public const string Name = "Didactics";

    /// <summary>Free text written by a learner: may contain personal data; redact it with <see cref="PersonalDataRedactor"/>.</summary>
    public static Microsoft.Extensions.Compliance.Classification.DataClassification LearnerText { get; } = new(Name, "LearnerText");
}
