namespace Didactics.Hosting;

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
