namespace Didactics.Certification;

/// <summary>The verdict of the <see cref="IndependentRevealDetector"/> on one reply.</summary>
/// <param name="Revealed">True when the reply contains a form of the answer.</param>
/// <param name="Form">The form found, as generated (e.g. <c>⁵⁄₈</c>), or null.</param>
/// <param name="Kind">The kind of form (e.g. <c>superscript-fraction</c>, <c>spelled</c>), or null.</param>
/// <param name="Matched">The text of the reply that matched, or null.</param>
/// <param name="Index">Where in the reply the match starts (-1 when none).</param>
/// <param name="Rule">Why: <c>form</c>, <c>spelled</c>, <c>asserted-despite-exemption</c> or <c>none</c>.</param>
public sealed record RevealFinding(bool Revealed, string? Form, string? Kind, string? Matched, int Index, string Rule)
{
    /// <summary>No form of the answer in the reply.</summary>
    public static RevealFinding None { get; } = new(false, null, null, null, -1, "none");

    /// <inheritdoc />
    public override string ToString() => Revealed ? $"{Kind} '{Matched}' ({Rule})" : "no reveal";
}
