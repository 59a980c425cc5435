namespace Didactics.Hosting;

/// <summary>Where a school's model runs.</summary>
public enum ModelProvider
{
    /// <summary>No model: the tutor runs on the strategy's authored content only (nothing leaves the host).</summary>
    None = 0,

    /// <summary>An OpenAI-compatible <c>/chat/completions</c> endpoint: OpenAI, or a local server such as Ollama or vLLM.</summary>
    OpenAICompatible = 1,

    /// <summary>An Azure OpenAI resource (its OpenAI-compatible <c>/openai/v1</c> API); the model is the deployment name.</summary>
    AzureOpenAI = 2,

    /// <summary>The model the host registered in code (for tenants without school settings); not valid in configuration.</summary>
    Host = 3,
}

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

/// <summary>One school (tenant): its model, data-processing facts, age and consent policy, helpline and alerts.</summary>
public sealed class SchoolOptions
{
    /// <summary>The school's display name.</summary>
    public string? Name { get; set; }

    /// <summary>The school's model; a missing section means <see cref="ModelProvider.None"/> (authored content).</summary>
    public SchoolModelOptions Model { get; set; } = new();

    /// <summary>The age and consent policy.</summary>
    public AgePolicyOptions AgePolicy { get; set; } = new();

    /// <summary>
    /// The helplines the safeguarding reply names, besides a trusted adult. Empty (the default): 113 Zelfmoordpreventie
    /// (113 or 0800-0113, 113.nl) and De Kindertelefoon (0800-0432, kindertelefoon.nl).
    /// </summary>
    public IList<HelplineOptions> Helplines { get; set; } = new List<HelplineOptions>();

    /// <summary>An HTTPS (or loopback HTTP) URL that receives every teacher alert as JSON; null: alerts only stream to the teacher view.</summary>
    public string? AlertWebhook { get; set; }

    /// <summary>The classes of the school (for the teacher view); sessions name their class when they start.</summary>
    public IList<string> Classes { get; set; } = new List<string>();
}

/// <summary>A school's model choice and the data-processing facts it must be able to show.</summary>
public sealed class SchoolModelOptions
{
    /// <summary>The provider (default <see cref="ModelProvider.None"/>).</summary>
    public ModelProvider Provider { get; set; }

    /// <summary>The endpoint: the base URL of an OpenAI-compatible API (e.g. <c>http://localhost:11434/v1</c>) or the Azure OpenAI resource URL.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model name (the deployment name for Azure OpenAI).</summary>
    public string? Model { get; set; }

    /// <summary>
    /// The name of the configuration value that holds the API key (e.g. <c>SchoolA:OpenAIKey</c>, set as an environment
    /// variable, user secret or key vault entry). The key itself never appears in the school's settings. Null: no key (local servers).
    /// </summary>
    public string? KeySecret { get; set; }

    /// <summary>Where the model runs and what happens to the data sent to it.</summary>
    public DataProcessingOptions DataProcessing { get; set; } = new();
}

/// <summary>The data-processing facts of a school's model, shown in the transparency card and the session export.</summary>
public sealed class DataProcessingOptions
{
    /// <summary>The processor (the company or the school itself).</summary>
    public string? Processor { get; set; }

    /// <summary>Where the model runs, e.g. <c>EU (Sweden Central)</c> or <c>on premises</c>.</summary>
    public string? Location { get; set; }

    /// <summary>How long the processor keeps inputs, in days (0: not kept); null: not stated.</summary>
    public int? RetentionDays { get; set; }

    /// <summary>Whether inputs are used to train models; null: not stated.</summary>
    public bool? UsedForTraining { get; set; }

    /// <summary>A reference to the data-processing agreement (verwerkersovereenkomst).</summary>
    public string? Agreement { get; set; }
}

/// <summary>What learners aged 16 and over get.</summary>
public enum OlderLearnerModelUse
{
    /// <summary>The school's model.</summary>
    Model = 0,

    /// <summary>Authored content only.</summary>
    AuthoredContent = 1,
}

/// <summary>
/// The age and consent policy of a school. Under 13 never reaches a generative model; 13–15 only with recorded parental
/// consent (16 is the Dutch age of digital consent); 16 and over per <see cref="From16"/>. The first two rules are fixed.
/// </summary>
public sealed class AgePolicyOptions
{
    /// <summary>Whether a session must state the learner's age band (default true for a configured school).</summary>
    public bool RequireAgeBand { get; set; } = true;

    /// <summary>What learners of 16 and over get (default the school's model).</summary>
    public OlderLearnerModelUse From16 { get; set; }
}

/// <summary>A helpline named in the safeguarding reply.</summary>
public sealed class HelplineOptions
{
    /// <summary>The name, e.g. <c>De Kindertelefoon</c>.</summary>
    public string? Name { get; set; }

    /// <summary>The phone number, e.g. <c>0800-0432</c>.</summary>
    public string? Phone { get; set; }

    /// <summary>The website or chat address.</summary>
    public string? Url { get; set; }
}
