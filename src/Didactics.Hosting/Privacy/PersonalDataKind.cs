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
