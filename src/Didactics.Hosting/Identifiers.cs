namespace Didactics.Hosting;

/// <summary>The shapes of ids the API accepts; they keep store keys unambiguous and keep real names out of pseudonyms.</summary>
internal static class Identifiers
{
    /// <summary>Tenants, session ids, problem ids: 1–64 of letters, digits, <c>_ . -</c>.</summary>
    public static bool IsId(string? value) =>
        value is { Length: > 0 and <= 64 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');

    /// <summary>Learner pseudonyms: the same shape as ids (no spaces, so no "First Last" names).</summary>
    public static bool IsPseudonym(string? value) => IsId(value);

    /// <summary>An idempotency key: 1–128 visible ASCII characters.</summary>
    public static bool IsIdempotencyKey(string? value) =>
        value is { Length: > 0 and <= 128 } && value.All(c => c > ' ' && c < 127);

    /// <summary>An IETF language tag such as <c>en</c>, <c>nl</c> or <c>nl-BE</c>.</summary>
    public static bool IsLanguageTag(string? value)
    {
        if (value is not { Length: >= 2 and <= 35 })
        {
            return false;
        }

        var parts = value.Split('-');
        return parts[0].Length is >= 2 and <= 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
