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
