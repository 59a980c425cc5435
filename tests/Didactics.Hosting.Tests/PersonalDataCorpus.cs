using System.Globalization;

namespace Didactics.Hosting.Tests;

/// <summary>Generates EN/NL learner messages with personal data from templates and generated valid numbers.</summary>
internal static class PersonalDataCorpus
{
    private static readonly string[] Templates =
    [
        "my answer is 12 but you can reach me at {0}",
        "I think it's 40, {0} is my contact",
        "help!! {0} here, what is the next step",
        "sorry I don't know, ask {0}",
        "is it 42? my details: {0}",
        "ik denk 41, mijn gegevens: {0}",
        "geen idee... stuur het naar {0}",
        "het antwoord is 3/4 denk ik ({0})",
        "Mijn moeder zegt {0} en het is 42",
        "kun je me helpen? {0}",
    ];

    public static List<(PersonalDataKind Kind, string Message, string Value)> Generate(int seed)
    {
        var random = new Random(seed);
        var values = new List<(PersonalDataKind, string)>();
        string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => random.Next(10).ToString(CultureInfo.InvariantCulture)));

        string[] firstNames = ["jan", "sanne", "mo", "lisa", "tim", "noor", "daan", "emma"];
        for (var i = 0; i < 40; i++)
        {
            var name = firstNames[i % firstNames.Length];
            values.Add((PersonalDataKind.Email, i % 3 == 0 ? $"{name}.{i}@school.nl" : i % 3 == 1 ? $"{name}{Digits(2)}@gmail.com" : $"{name}_b@student.uva.nl"));
        }

        string[] phoneFormats =
        [
            "06-{0}", "06 {0}", "06{0}", "+31 6 {0}", "+316{0}", "0031 6 {0}", "+31 (0)6 {0}",
        ];
        for (var i = 0; i < 28; i++)
        {
            var eight = Digits(8);
            var spaced = i % 2 == 0 ? eight : $"{eight[..2]} {eight[2..4]} {eight[4..6]} {eight[6..]}";
            values.Add((PersonalDataKind.Phone, string.Format(CultureInfo.InvariantCulture, phoneFormats[i % phoneFormats.Length], spaced)));
        }

        string[] international = ["+44 20 7946 {0}", "+1 (415) 555-{0}", "+49 30 123{0}", "0044 20 7946 {0}", "+32 470 12 {0}", "+33 1 23 45 {0}"];
        for (var i = 0; i < 18; i++)
        {
            values.Add((PersonalDataKind.Phone, string.Format(CultureInfo.InvariantCulture, international[i % international.Length], Digits(4))));
        }

        // Without a country code: North American (area code in brackets, dashes, dots, spaces) and national NL/UK numbers.
        string[] national =
        [
            "({0}) {1}-{2}", "{0}-{1}-{2}", "{0}.{1}.{2}", "({0}){1}-{2}", "1-{0}-{1}-{2}", "{0} {1} {2}",
        ];
        for (var i = 0; i < 24; i++)
        {
            var area = random.Next(201, 990).ToString(CultureInfo.InvariantCulture);
            var exchange = random.Next(200, 1000).ToString(CultureInfo.InvariantCulture);
            values.Add((PersonalDataKind.Phone, string.Format(CultureInfo.InvariantCulture, national[i % national.Length], area, exchange, Digits(4))));
        }

        string[] domestic = ["020 {0} {1}", "010-{0}{1}", "(020) {0} {1}", "020 7946 {1}", "07700 {0}{2}", "(0161) {0} {1}", "0{0}{1}"];
        for (var i = 0; i < 14; i++)
        {
            var three = random.Next(100, 1000).ToString(CultureInfo.InvariantCulture);
            values.Add((PersonalDataKind.Phone, string.Format(CultureInfo.InvariantCulture, domestic[i % domestic.Length], three, Digits(i % 7 == 6 ? 6 : 4), Digits(3))));
        }

        for (var i = 0; i < 56; i++)
        {
            var bsn = ValidBsn(random);
            values.Add((PersonalDataKind.Bsn, (i % 7) switch
            {
                3 => $"{bsn[..4]}.{bsn[4..6]}.{bsn[6..]}",
                4 => $"{bsn[..3]} {bsn[3..6]} {bsn[6..]}",
                5 => $"{bsn[..4]} {bsn[4..6]} {bsn[6..]}",
                6 => $"{bsn[..3]}-{bsn[3..6]}-{bsn[6..]}",
                _ => bsn,
            }));
        }

        string[] banks = ["ABNA", "INGB", "RABO", "TRIO", "SNSB"];
        (string Country, Func<string> Bban)[] countries =
        [
            ("NL", () => banks[random.Next(banks.Length)] + Digits(10)), ("DE", () => Digits(18)), ("BE", () => Digits(12)),
            ("GB", () => "WEST" + Digits(14)), ("FR", () => Digits(23)),
        ];
        for (var i = 0; i < 50; i++)
        {
            var (country, bban) = countries[i % countries.Length];
            var iban = ValidIban(country, bban());
            if (i % 5 == 4)
            {
                // A typo in one digit: the checksum fails, the account is still someone's.
                var at = 4 + random.Next(iban.Length - 4);
                var c = iban[at];
                iban = iban[..at] + (char.IsAsciiDigit(c) ? (char)('0' + ((c - '0' + 1) % 10)) : c) + iban[(at + 1)..];
            }

            values.Add((PersonalDataKind.Iban, i % 2 == 0 ? iban : string.Join(' ', iban.Chunk(4).Select(c => new string(c)))));
        }

        string[] streets = ["Kerkstraat", "Dorpsweg", "Schoolplein", "Molenlaan", "Prinsengracht", "Stationsstraat"];
        for (var i = 0; i < 40; i++)
        {
            var letters = $"{(char)('A' + random.Next(0, 17))}{(char)('A' + random.Next(0, 26))}";
            var number = random.Next(1, 300).ToString(CultureInfo.InvariantCulture);
            values.Add((PersonalDataKind.Address, (i % 3) switch
            {
                0 => $"{random.Next(1000, 10000)} {letters} {number}",
                1 => $"{random.Next(1000, 10000)}{letters}",
                _ => $"{streets[i % streets.Length]} {number}",
            }));
        }

        string[] roster = ["Sanne de Vries", "Mohammed El Amrani", "Daan Bakker", "Emma Jansen", "Sanne", "Daan", "Bakker", "Mohammed"];
        for (var i = 0; i < 24; i++)
        {
            values.Add((PersonalDataKind.Name, roster[i % roster.Length]));
        }

        return values.Select((v, i) => (v.Item1, string.Format(CultureInfo.InvariantCulture, Templates[i % Templates.Length], v.Item2), v.Item2)).ToList();
    }

    public static void AssertAbsent(string haystack, PersonalDataKind kind, string value, string where, string message)
    {
        Assert.False(haystack.Contains(value, StringComparison.OrdinalIgnoreCase), $"{kind} '{value}' (from \"{message}\") reached {where}.");
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (kind is PersonalDataKind.Phone or PersonalDataKind.Bsn or PersonalDataKind.Iban && digits.Length >= 7)
        {
            var compact = new string(haystack.Where(c => c is not (' ' or '-' or '.' or '(' or ')')).ToArray());
            Assert.False(compact.Contains(digits, StringComparison.Ordinal), $"the digits of {kind} '{value}' (from \"{message}\") reached {where}.");
        }
    }

    private static string ValidBsn(Random random)
    {
        while (true)
        {
            var d = Enumerable.Range(0, 8).Select(_ => random.Next(10)).ToArray();
            var sum = d.Select((x, i) => x * (9 - i)).Sum();
            var last = sum % 11;
            if (last < 10 && sum - last != 0)
            {
                var bsn = string.Concat(d) + last.ToString(CultureInfo.InvariantCulture);
                Assert.True(PersonalDataRedactor.IsValidBsn(bsn));
                return bsn;
            }
        }
    }

    private static string ValidIban(string country, string bban)
    {
        var rearranged = bban + country + "00";
        var remainder = 0;
        foreach (var c in rearranged)
        {
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        var iban = $"{country}{98 - remainder:00}{bban}";
        Assert.True(PersonalDataRedactor.IsValidIban(iban));
        return iban;
    }
}
