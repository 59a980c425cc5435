using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Didactics.Hosting;

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
