using System.Collections.Immutable;
using System.Globalization;
using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Didactics.Hosting.Tests;

/// <summary>The personal-data forms of issue 13, and the traps: numbers that are math must survive.</summary>
public sealed class RedactionContextTests
{
    private static readonly PersonalDataRedactor Redactor = PersonalDataRedactor.Default;

    [Theory]
    // North American numbers without a country code.
    [InlineData("call me at (415) 555-2671 tonight", "call me at [phone] tonight")]
    [InlineData("my cell is 415-555-2671", "my cell is [phone]")]
    [InlineData("reach me: 212.555.0147", "reach me: [phone]")]
    [InlineData("text 1-800-555-0199 ok", "text [phone] ok")]
    [InlineData("(646)555-0123 is my mom", "[phone] is my mom")]
    [InlineData("ik ben bereikbaar op 415 555 2671", "ik ben bereikbaar op [phone]")]
    // National numbers with their leading 0, Dutch and British.
    [InlineData("bel 020 123 4567", "bel [phone]")]
    [InlineData("bel (020) 123 4567 na school", "bel [phone] na school")]
    [InlineData("ring 020 7946 0958", "ring [phone]")]
    [InlineData("my mobile 07700 900123", "my mobile [phone]")]
    [InlineData("(0161) 496 0000 is home", "[phone] is home")]
    [InlineData("mijn nummer 0612345678", "mijn nummer [phone]")]
    // International.
    [InlineData("+1 415 555 2671", "[phone]")]
    [InlineData("0049 30 1234567", "[phone]")]
    [InlineData("+32 470 12 34 56", "[phone]")]
    // BSN in groups.
    [InlineData("mijn bsn is 111 222 333", "mijn bsn is [bsn]")]
    [InlineData("bsn: 1112 22 333", "bsn: [bsn]")]
    [InlineData("123-456-782 is mijn nummer", "[bsn] is mijn nummer")]
    [InlineData("burgerservicenummer 123456782", "burgerservicenummer [bsn]")]
    // IBAN by shape: wrong checksum, lower case, a typo in the length.
    [InlineData("IBAN NL92 ABNA 0417 1643 00 graag", "IBAN [iban] graag")]
    [InlineData("stuur naar nl91abna0417164300", "stuur naar [iban]")]
    [InlineData("DE89 3704 0044 0532 0130 01 (wrong check)", "[iban] (wrong check)")]
    [InlineData("rekening NL91ABNA041716430", "rekening [iban]")]
    [InlineData("GB00 WEST 1234 5698 7654 32", "[iban]")]
    [InlineData("help!! BE88840261609898 here", "help!! [iban] here")]
    // Numbers the text names as personal data, whatever their shape.
    [InlineData("call me at 555-2671", "call me at [phone]")]
    [InlineData("mijn telefoonnummer is 12 34 567", "mijn telefoonnummer is [phone]")]
    [InlineData("mijn bsn is 123456789", "mijn bsn is [bsn]")]
    [InlineData("bel me op 0612345678, en 12345678 + 1 = ?", "bel me op [phone], en 12345678 + 1 = ?")]
    // Digits that are not ASCII.
    [InlineData("bel ０６-１２３４５６７８", "bel [phone]")]
    [InlineData("bsn ١١١٢٢٢٣٣٣", "bsn [bsn]")]
    public void Redacts_the_forms_of_issue_13(string input, string expected) => Assert.Equal(expected, Redactor.RedactText(input).Text);

    [Theory]
    // Operands next to an operator or a math word.
    [InlineData("Hoeveel is 123456782 + 18?")]
    [InlineData("123456782 - 2 = 123456780")]
    [InlineData("What is 111 222 333 divided by 3?")]
    [InlineData("wat is 111222333 gedeeld door 3")]
    [InlineData("bereken 7 × 123456782")]
    [InlineData("123 456 782 keer 2 is 246913564")]
    [InlineData("415-555-2671 = -2811")]
    [InlineData("is it 2 * 0612345678?")]
    [InlineData("x = 111222333")]
    // Quantities with a unit.
    [InlineData("de stad heeft 123 456 782 inwoners")]
    [InlineData("a budget of € 123456782")]
    [InlineData("the distance is 111222333 km")]
    [InlineData("het is 123456782 euro")]
    // Arithmetic and ordinary numbers that are no personal data at all.
    [InlineData("Is het 100 200 300?")]
    [InlineData("de uitkomst is 123456789")]
    [InlineData("NL12 is geen rekening")]
    [InlineData("AB12 CDEF GHIJ KLMN is a product code")]
    [InlineData("1.000.000 / 1000 = 1000")]
    [InlineData("pi is 3.141592653")]
    [InlineData("0,75 × 8 = 6")]
    [InlineData("I counted 100 200 3000 times")]
    [InlineData("2024-2025 school year, 12-30-42")]
    public void Keeps_numbers_that_are_math(string input)
    {
        var result = Redactor.RedactText(input);
        Assert.Equal(input, result.Text);
        Assert.False(result.Redacted);
    }

    [Theory]
    [InlineData("is het 123456782?", "What is 123456780 + 2?", "123456782")]
    [InlineData("ik denk 111 222 333", "Schrijf 111222333 in groepen van drie.", "111 222 333")]
    [InlineData("0612345678 is het antwoord", "Wat is 612345678 + 10 × 0?", "0612345678")]
    public void Keeps_the_numbers_of_the_problem(string input, string statement, string answer)
    {
        var context = RedactionContext.ForProblem(new Problem("p", statement, answer));
        Assert.Equal(input, Redactor.RedactText(input, null, context).Text);
        Assert.NotEqual(input, Redactor.RedactText(input).Text);
    }

    [Theory]
    [InlineData("mijn bsn is 123456782 + nog wat", "What is 123456780 + 2?", "123456782")]
    [InlineData("bel me op 0612345678", "Wat is 612345678 + 10 × 0?", "612345678")]
    public void Naming_a_number_as_personal_data_wins_over_math_and_context(string input, string statement, string answer)
    {
        var context = RedactionContext.ForProblem(new Problem("p", statement, answer));
        Assert.True(Redactor.RedactText(input, null, context).Redacted);
    }

    [Theory]
    [InlineData("NL91ABNA0417164300", true)]
    [InlineData("NL92ABNA0417164300", true)]
    [InlineData("NL91ABNA041716430", true)]
    [InlineData("DE89370400440532013001", true)]
    [InlineData("XX89370400440532013001", false)]
    [InlineData("NL12ABCDEFGHIJKLMN", false)]
    [InlineData("NL1234", false)]
    [InlineData("DE8937040044053201300123456", false)]
    public void Iban_shape(string value, bool shaped) => Assert.Equal(shaped, PersonalDataRedactor.IsIbanShaped(value));

    /// <summary>Generated traps: math with phone- and BSN-shaped operands never loses a number; the same numbers named as personal data always go.</summary>
    [Fact]
    public void Generated_math_traps_survive_and_the_same_numbers_named_as_personal_data_do_not()
    {
        var random = new Random(13);
        string[] math =
        [
            "Hoeveel is {0} + {1}?", "What is {0} - {1}?", "{0} × {1} = ?", "bereken {0} gedeeld door {1}", "what is {0} divided by {1}",
            "{0} keer {1}", "{1} + {0} = ", "is {0} groter dan {1}? {0} - {1} = 3", "de stad heeft {0} inwoners en {1} huizen", "{0} / {1}",
        ];
        string[] personal = ["mijn bsn is {0}", "bel me op {0}", "my phone: {0}", "call {0}", "sofinummer {0}", "whatsapp {0}"];
        var shapes = new Func<string, string>[] { b => b, b => $"{b[..3]} {b[3..6]} {b[6..]}", b => $"{b[..4]} {b[4..6]} {b[6..]}", b => $"{b[..4]}.{b[4..6]}.{b[6..]}" };
        var kept = 0;
        for (var i = 0; i < 120; i++)
        {
            var bsn = ValidBsn(random);
            var shaped = shapes[i % shapes.Length](bsn);
            var other = random.Next(2, 1000).ToString(CultureInfo.InvariantCulture);
            var question = string.Format(CultureInfo.InvariantCulture, math[i % math.Length], shaped, other);
            var result = Redactor.RedactText(question);
            Assert.True(result.Text == question, $"\"{question}\" became \"{result.Text}\"");
            kept++;

            var disclosure = string.Format(CultureInfo.InvariantCulture, personal[i % personal.Length], shaped);
            var redacted = Redactor.RedactText(disclosure);
            Assert.True(redacted.Redacted && !redacted.Text.Contains(bsn[..3], StringComparison.Ordinal), $"\"{disclosure}\" kept its number: \"{redacted.Text}\"");
        }

        Assert.Equal(120, kept);
    }

    [Fact]
    public async Task A_session_on_a_problem_with_big_numbers_keeps_them_in_the_store_and_the_model_request()
    {
        var model = new FakeChatClient((_, _) => Task.FromResult(FakeChatClient.Reply("What is your next step?")));
        var services = new ServiceCollection();
        services.AddDidacticsStrategy(TestStrategy.Name, _ => TestStrategy.Instance);
        services.AddKeyedSingleton<IChatClient>(DidacticsHostingServiceCollectionExtensions.ModelServiceKey, model);
        services.AddDidacticsHosting();
        await using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<DidacticsSessionService>();
        var start = await service.StartAsync("school-a", new StartSessionRequest
        {
            Strategy = TestStrategy.Name, Learner = "p-1",
            Problem = new ProblemInput { Statement = "Wat is 123 456 780 + 2?", Answers = ["123456782"] },
        });

        // 123456782 passes the eleven test, but it is this problem's answer; the number named as a BSN is not.
        var turn = await service.SendAsync("school-a", start.SessionId, "ik denk 123456782, en mijn bsn is 111222333");
        Assert.True(turn.Solved);
        var session = await service.GetAsync("school-a", start.SessionId);
        Assert.Equal("ik denk 123456782, en mijn bsn is [bsn]", session!.State.Transcript[1].Text);
        var sent = string.Join("\n", model.Calls.SelectMany(c => c.Messages).Select(m => m.Text));
        Assert.Contains("ik denk 123456782, en mijn bsn is [bsn]", sent);
        Assert.DoesNotContain("111222333", sent);
    }

    private static string ValidBsn(Random random)
    {
        while (true)
        {
            var d = Enumerable.Range(0, 8).Select(_ => random.Next(10)).ToArray();
            var sum = d.Select((x, i) => x * (9 - i)).Sum();
            var last = sum % 11;
            if (last < 10 && sum - last != 0 && d[0] != 0)
            {
                return string.Concat(d) + last.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
