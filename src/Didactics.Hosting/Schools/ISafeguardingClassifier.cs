namespace Didactics.Hosting;

/// <summary>Decides whether a learner message discloses self-harm, abuse or bullying. Runs before anything reaches a model.</summary>
public interface ISafeguardingClassifier
{
    /// <summary>
    /// Classifies <paramref name="text"/>: the learner's cleaned message before redaction, so a redacted name or number
    /// cannot hide a disclosure. A classifier that sends it anywhere must treat it as personal data.
    /// </summary>
    ValueTask<SafeguardingVerdict> ClassifyAsync(string text, string language, CancellationToken cancellationToken = default);
}
