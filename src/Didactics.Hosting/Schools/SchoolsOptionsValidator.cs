using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Didactics.Hosting;

/// <summary>
/// Checks the schools configuration as written (the binder would quietly turn an unknown provider name into the
/// default): provider and age-policy names, endpoints and model names of schools that use a model, and the allow-list
/// format. Runs at start-up (the host does not start) and on every reload (<see cref="SchoolModelResolver"/> keeps the
/// last good settings in force).
/// </summary>
internal sealed class SchoolsOptionsValidator(IConfiguration configuration)
{
    public ValidateOptionsResult Validate(SchoolsOptions options)
    {
        var errors = new List<string>();
        var root = configuration.GetSection(SchoolsOptions.SectionName);
        foreach (var school in root.GetSection("Tenants").GetChildren().Append(root.GetSection("Default")))
        {
            if (!school.Exists())
            {
                continue;
            }

            var provider = school["Model:Provider"];
            if (provider is not null && (!Enum.TryParse<ModelProvider>(provider, ignoreCase: true, out var parsed) || parsed == ModelProvider.Host || int.TryParse(provider, out _)))
            {
                errors.Add($"{school.Path}:Model:Provider: '{provider}' is not a provider; use None, OpenAICompatible or AzureOpenAI.");
            }

            if (school["AgePolicy:From16"] is { } from16 && (!Enum.TryParse<OlderLearnerModelUse>(from16, ignoreCase: true, out _) || int.TryParse(from16, out _)))
            {
                errors.Add($"{school.Path}:AgePolicy:From16: '{from16}' is not valid; use Model or AuthoredContent.");
            }

            var model = new SchoolModelOptions { Endpoint = school["Model:Endpoint"], Model = school["Model:Model"] };
            if (provider is not null && Enum.TryParse<ModelProvider>(provider, ignoreCase: true, out var p) && p is ModelProvider.OpenAICompatible or ModelProvider.AzureOpenAI
                && SchoolModelResolver.Problem(model) is { } problem)
            {
                errors.Add($"{school.Path}:Model: {problem} (a school with a model needs Model and an https Endpoint, or http on loopback).");
            }
        }

        foreach (var entry in options.AllowedModels)
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !Enum.TryParse<ModelProvider>(entry[..colon], ignoreCase: true, out _))
            {
                errors.Add($"{SchoolsOptions.SectionName}:AllowedModels: '{entry}' names no provider; use provider:model, e.g. OpenAICompatible:llama3.1.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

/// <summary>Fails the host's start when the schools configuration is invalid, naming every bad key.</summary>
internal sealed class SchoolsConfigurationCheck(SchoolsOptionsValidator validator, IOptionsMonitor<SchoolsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var result = validator.Validate(options.CurrentValue);
        return result.Failed
            ? throw new OptionsValidationException(SchoolsOptions.SectionName, typeof(SchoolsOptions), result.Failures)
            : Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
