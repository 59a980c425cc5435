using System.Text.RegularExpressions;

namespace Didactics.Shared;

/// <summary>The patterns of <see cref="PersonalDataScanner"/>.</summary>
internal static partial class PersonalDataScanner
{
    // Letters of any script in the name and domain (jan.müller@school.nl), a top-level domain of two letters or more (no trailing full stop).
    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant)]
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

    // Digits in groups separated by one space, dot, comma or dash: 123 456 789, 1.000.000, 06-12345678.
    [GeneratedRegex(@"\d+(?:[ .,\u00a0-]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedNumber();
}
