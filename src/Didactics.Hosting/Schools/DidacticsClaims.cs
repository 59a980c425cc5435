namespace Didactics.Hosting;

/// <summary>The claims the school API reads from a bearer token.</summary>
public static class DidacticsClaims
{
    /// <summary>The user's pseudonym (the learner id of their sessions).</summary>
    public const string Subject = "sub";

    /// <summary>The role: <see cref="DidacticsRoles"/>.</summary>
    public const string Role = "role";

    /// <summary>The tenant (school) the user belongs to; requests act in this tenant only.</summary>
    public const string Tenant = "tenant";

    /// <summary>A class: the learner's class, or (repeated) the classes a teacher teaches.</summary>
    public const string Class = "class";

    /// <summary>The learner's age band (<c>under13</c>, <c>13-15</c>, <c>16+</c>).</summary>
    public const string AgeBand = "age_band";

    /// <summary>Whether parental consent is recorded (<c>true</c>/<c>false</c>).</summary>
    public const string ParentalConsent = "parental_consent";
}
