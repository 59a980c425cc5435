namespace Didactics.Hosting;

/// <summary>A school's transparency facts: its model, where it runs and what happens to the data, and its rules.</summary>
/// <param name="Tenant">The tenant id.</param>
/// <param name="Name">The school's name.</param>
/// <param name="Provider">The provider (<c>None</c>: authored content only; <c>Host</c>: the model registered in code).</param>
/// <param name="Model">The model name, or null.</param>
/// <param name="Endpoint">Where requests go, or null.</param>
/// <param name="KeySecret">The name of the configuration value holding the key (never the key), or null.</param>
/// <param name="Status">Whether the model can be used now: <c>school-model</c>, or why not (<c>not-on-allow-list</c>, <c>key-missing</c>, …).</param>
/// <param name="AllowedModels">The board's allow-list (empty: any model).</param>
/// <param name="DataProcessing">The data-processing facts, or null.</param>
/// <param name="AgeRules">The age and consent rules in force.</param>
/// <param name="Helplines">The helplines the safeguarding reply names.</param>
public sealed record SchoolCard(
    string Tenant, string? Name, ModelProvider Provider, string? Model, string? Endpoint, string? KeySecret, string Status,
    IReadOnlyList<string> AllowedModels, DataProcessingOptions? DataProcessing, AgeRulesCard AgeRules, IReadOnlyList<HelplineOptions> Helplines);

/// <summary>The age and consent rules of a school, in words.</summary>
/// <param name="Under13">What learners under 13 get.</param>
/// <param name="From13To15">What learners of 13–15 get.</param>
/// <param name="From16">What learners of 16 and over get.</param>
/// <param name="AgeBandRequired">Whether a session must state the age band.</param>
public sealed record AgeRulesCard(string Under13, string From13To15, string From16, bool AgeBandRequired);

/// <summary>The school part of a session's transparency card and export.</summary>
/// <param name="School">The school's card.</param>
/// <param name="AgeBand">The learner's age band.</param>
/// <param name="ParentalConsent">Whether parental consent is recorded.</param>
/// <param name="ConsentChangedAt">When consent was last recorded or withdrawn.</param>
/// <param name="Class">The learner's class.</param>
/// <param name="NextTurnModel">The model the next turn would use (<c>provider:model</c> or <c>authored-content</c>).</param>
/// <param name="NextTurnReason">Why.</param>
/// <param name="Turns">Which model produced every turn so far.</param>
/// <param name="Safeguarding">Whether a safeguarding rule fired in the session.</param>
public sealed record SchoolSessionCard(
    SchoolCard School, string AgeBand, bool ParentalConsent, DateTimeOffset? ConsentChangedAt, string? Class,
    string NextTurnModel, string NextTurnReason, IReadOnlyList<TurnModelRecord> Turns, bool Safeguarding);

/// <summary>Builds the cards.</summary>
internal static class SchoolCards
{
    public static SchoolCard For(string tenant, SchoolModelResolver resolver, string hostModel)
    {
        var school = resolver.School(tenant);
        IReadOnlyList<HelplineOptions> helplines = school is { Helplines.Count: > 0 } ? school.Helplines.ToArray() : SafeguardingReplies.DefaultHelplines;
        if (school is null)
        {
            return new SchoolCard(tenant, null, ModelProvider.Host, hostModel, null, null, "host-model", resolver.AllowedModels, null,
                new AgeRulesCard("the host's model (no school settings)", "the host's model (no school settings)", "the host's model (no school settings)", false), helplines);
        }

        var model = school.Model;
        var status = model.Provider == ModelProvider.None ? "no-model-configured"
            : SchoolModelResolver.Problem(model) ?? (SchoolModelResolver.IsAllowed(model, resolver.AllowedModels) ? "school-model" : "not-on-allow-list");
        var modelWords = model.Provider == ModelProvider.None ? "authored content (no model)" : $"the school's model {model.Provider}:{model.Model}";
        return new SchoolCard(
            tenant, school.Name, model.Provider, model.Provider == ModelProvider.None ? null : model.Model, model.Provider == ModelProvider.None ? null : model.Endpoint,
            model.KeySecret, status, resolver.AllowedModels, model.Provider == ModelProvider.None ? null : model.DataProcessing,
            new AgeRulesCard(
                "authored content only: no generative model, the full didactic strategy",
                $"{modelWords} only with recorded parental consent; otherwise authored content",
                school.AgePolicy.From16 == OlderLearnerModelUse.AuthoredContent ? "authored content (the school's choice)" : modelWords,
                school.AgePolicy.RequireAgeBand),
            helplines);
    }
}
