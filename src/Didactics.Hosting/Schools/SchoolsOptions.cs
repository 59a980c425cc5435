namespace Didactics.Hosting;

/// <summary>
/// The schools of a board and their settings, bound from configuration (section <c>Didactics:Schools</c>, see
/// <c>docs/hosting.md</c>, "For schools"). Read through <c>IOptionsMonitor</c>, so a change in any configuration
/// source applies from the next turn without a restart.
/// </summary>
public sealed class SchoolsOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Didactics:Schools";

    /// <summary>
    /// The board-level allow-list: the models its schools may pick, as <c>provider:model</c> (e.g.
    /// <c>OpenAICompatible:llama3.1</c>, <c>AzureOpenAI:gpt-4o-mini</c>) or <c>provider:*</c>. Empty: every model is allowed.
    /// A school that picks a model outside the list runs on authored content, and its card says why.
    /// </summary>
    public IList<string> AllowedModels { get; set; } = new List<string>();

    /// <summary>The schools (tenants) by tenant id.</summary>
    public IDictionary<string, SchoolOptions> Tenants { get; set; } = new Dictionary<string, SchoolOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Settings for tenants not listed in <see cref="Tenants"/>; null: such tenants use the host's registered model and no age rules.</summary>
    public SchoolOptions? Default { get; set; }
}
