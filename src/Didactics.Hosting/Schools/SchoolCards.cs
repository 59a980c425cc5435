namespace Didactics.Hosting;

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
