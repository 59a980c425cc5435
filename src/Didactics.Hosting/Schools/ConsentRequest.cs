namespace Didactics.Hosting;

/// <summary>The body of <c>PUT sessions/{id}/consent</c>.</summary>
public sealed class ConsentRequest
{
    /// <summary>True to record parental consent, false to withdraw it (the next turn falls back to authored content).</summary>
    public bool? ParentalConsent { get; set; }
}
