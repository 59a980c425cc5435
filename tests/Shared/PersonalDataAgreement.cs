namespace Didactics.Tests.Shared;

/// <summary>
/// Learner messages with the personal data in them, as the hosting package's redactor removes it and as the
/// certification kit's <c>no-pii-echo</c> check flags it. Both test projects run the same table, so the two cannot
/// drift apart again. Each row: the problem statement (its numbers are the learner's math, not personal data), the
/// learner's message, and the values that are personal data, in the order the redactor replaces them.
/// </summary>
internal static class PersonalDataAgreement
{
    public static TheoryData<string, string, string[]> Rows { get; } = new()
    {
        // Both always agreed on these.
        { "What is 7 × 8?", "mail me at sam@example.com or call 06 1234 5678", ["sam@example.com", "06 1234 5678"] },
        { "What is 7 × 8?", "my e-mail is sam@example.com.", ["sam@example.com"] },
        { "What is 7 × 8?", "ring me: +44 20 7946 0958", ["+44 20 7946 0958"] },
        { "Wat is 7 × 8?", "mijn bsn is 111222333", ["111222333"] },

        // The kit missed these: brackets, dots, a local number named as one, BSNs and IBANs, addresses.
        { "What is 7 × 8?", "my number is (415) 555-2671", ["(415) 555-2671"] },
        { "What is 7 × 8?", "text me on 415.555.2671", ["415.555.2671"] },
        { "What is 7 × 8?", "call me at 555-2671", ["555-2671"] },
        { "Wat is 7 × 8?", "ik denk 56, mijn bsn is 123.456.782", ["123.456.782"] },
        { "Wat is 7 × 8?", "stort het op NL91 ABNA 0417 1643 00 aub", ["NL91 ABNA 0417 1643 00"] },
        { "Wat is 7 × 8?", "ik woon op Kerkstraat 12, 1234 AB Utrecht", ["1234 AB", "Kerkstraat 12"] },

        // The redactor cut these short: an address with letters beyond ASCII.
        { "What is 7 × 8?", "write to jan.müller@school.nl", ["jan.müller@school.nl"] },

        // The kit flagged these, but they are the learner's math: operands, quantities, the problem's own numbers.
        { "What is 123456789 + 1?", "123456789 + 1 = 123456790", [] },
        { "Is 111 222 333 groter dan 111 222 332?", "111 222 333 - 111 222 332 = 1", [] },
        { "How many digits does 0201234567 have?", "0201234567 has ten digits", [] },
        { "What is 7 × 8?", "a farm has 1234567890 apples", [] },
        { "What is 7 × 8?", "is it 56? or 0.5612345678?", [] },
    };
}
