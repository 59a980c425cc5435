namespace Didactics.Shared;

/// <summary>
/// The words that, in square brackets (<c>[phone]</c>), stand for personal data a redactor removed. The redactor writes
/// them; the learner-signal classifier skips them, because they are not words the learner wrote.
/// </summary>
internal static class RedactionPlaceholders
{
    /// <summary>An e-mail address.</summary>
    public const string Email = "e-mail";

    /// <summary>A phone number.</summary>
    public const string Phone = "phone";

    /// <summary>A Dutch citizen service number.</summary>
    public const string Bsn = "bsn";

    /// <summary>A bank account number.</summary>
    public const string Iban = "iban";

    /// <summary>A postcode or street address.</summary>
    public const string Address = "address";

    /// <summary>A name from a class roster.</summary>
    public const string Name = "name";

    /// <summary>Every placeholder word, with the spellings other redactors use (<c>[email]</c>, <c>[redacted]</c>).</summary>
    public static IReadOnlySet<string> Words { get; } =
        new HashSet<string>([Email, "email", Phone, Bsn, Iban, Address, Name, "redacted"], StringComparer.Ordinal);
}
