namespace Didactics.Hosting;

/// <summary>How the host protects learner data (DidacticsHostingOptions.Privacy).</summary>
public sealed class PrivacyOptions
{
    /// <summary>
    /// Redact learner messages before they are stored, checked or sent to the model (default true). Turning this off
    /// still redacts model-bound requests when <see cref="RedactModelRequests"/> is on.
    /// </summary>
    public bool RedactLearnerMessages { get; set; } = true;

    /// <summary>Redact every text of every model-bound request, as a second line of defence (default true).</summary>
    public bool RedactModelRequests { get; set; } = true;

    /// <summary>The redactor (default: patterns only; its roster applies to every tenant).</summary>
    public PersonalDataRedactor Redactor { get; set; } = PersonalDataRedactor.Default;

    /// <summary>Returns the class roster (learner and teacher names) of a tenant, whose names are redacted too.</summary>
    public Func<string, IReadOnlyCollection<string>>? Roster { get; set; }
}
