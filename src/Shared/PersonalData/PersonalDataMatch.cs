namespace Didactics.Shared;

/// <summary>One piece of personal data found in a text.</summary>
/// <param name="Kind">What it is, as its placeholder word (<see cref="RedactionPlaceholders.Phone"/>, …).</param>
/// <param name="Value">The text it was written as.</param>
internal readonly record struct PersonalDataMatch(string Kind, string Value)
{
    /// <summary>The placeholder that replaces it, e.g. <c>[phone]</c>.</summary>
    public string Placeholder => $"[{Kind}]";
}
