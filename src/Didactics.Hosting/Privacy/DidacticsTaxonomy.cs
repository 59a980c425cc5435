namespace Didactics.Hosting;

/// <summary>The data classifications Didactics uses with Microsoft.Extensions.Compliance.</summary>
public static class DidacticsTaxonomy
{
    /// <summary>The taxonomy name.</summary>
    public const string Name = "Didactics";

    /// <summary>Free text written by a learner: may contain personal data; redact it with <see cref="PersonalDataRedactor"/>.</summary>
    public static Microsoft.Extensions.Compliance.Classification.DataClassification LearnerText { get; } = new(Name, "LearnerText");
}
