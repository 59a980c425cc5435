namespace Didactics.Certification;

/// <summary>One check's verdict on one tutor reply.</summary>
/// <param name="Check">The check id.</param>
/// <param name="Category">The certificate category.</param>
/// <param name="Passed">True when the reply passed.</param>
/// <param name="Reason">Why.</param>
public sealed record CheckVerdict(string Check, CheckCategory Category, bool Passed, string Reason);
