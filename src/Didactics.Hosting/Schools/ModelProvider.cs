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
