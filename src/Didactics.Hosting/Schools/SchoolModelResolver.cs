using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Didactics.Hosting;

/// <summary>
/// Resolves, per turn, which model a school's learner may get: the school's configured model (checked against the
/// board's allow-list), or authored content because of the learner's age band, missing consent, the school's choice
/// or a configuration problem. Reads <see cref="SchoolsOptions"/> through <see cref="IOptionsMonitor{T}"/>, so a changed
/// configuration applies from the next turn; clients are cached per model settings.
/// </summary>
internal sealed class SchoolModelResolver
{
    private readonly IOptionsMonitor<SchoolsOptions> _schools;
    private readonly IConfiguration? _configuration;
    private readonly ISchoolModelFactory _factory;
    private readonly ConcurrentDictionary<string, IChatClient> _clients = new(StringComparer.Ordinal);
    private SchoolsOptions? _lastGood;
    private SchoolsOptions? _lastBad;

    /// <summary>Creates the resolver.</summary>
    public SchoolModelResolver(IOptionsMonitor<SchoolsOptions> schools, ISchoolModelFactory factory, IConfiguration? configuration = null)
    {
        _schools = schools ?? throw new ArgumentNullException(nameof(schools));
        _factory = factory ?? throw new ArgumentNullException(nameof(factory));
        _configuration = configuration;
    }

    /// <summary>
    /// The school settings now. A reloaded configuration that cannot be bound (e.g. an unknown provider name) does not
    /// take the host down: the last settings that could be bound stay in force until the configuration is fixed.
    /// </summary>
    public SchoolsOptions Current
    {
        get
        {
            SchoolsOptions now;
            try
            {
                now = _schools.CurrentValue;
            }
            catch (InvalidOperationException) when (_lastGood is not null)
            {
                return _lastGood;
            }

            var last = _lastGood;
            if (ReferenceEquals(now, last) || ReferenceEquals(now, _lastBad))
            {
                return last ?? now;
            }

            // A new binding (a reload): checked once; an invalid one is remembered and skipped until the next reload.
            if (Validator is not null && last is not null && Validator.Validate(now).Failed)
            {
                _lastBad = now;
                return last;
            }

            return _lastGood = now;
        }
    }

    /// <summary>Checks reloaded settings before they apply.</summary>
    internal SchoolsOptionsValidator? Validator { get; init; }

    /// <summary>The settings of <paramref name="tenant"/> (or the default school), or null when the tenant has none.</summary>
    public SchoolOptions? School(string tenant)
    {
        var options = Current;
        return options.Tenants.TryGetValue(tenant, out var school) ? school : options.Default;
    }

    /// <summary>The board's allow-list as configured now.</summary>
    public IReadOnlyList<string> AllowedModels => Current.AllowedModels.ToArray();

    /// <summary>
    /// Decides the model for a learner of <paramref name="tenant"/>: null when the tenant has no school settings (the
    /// host's own model applies); otherwise the choice and, unless it is authored content, the client.
    /// </summary>
    public (ModelChoice Choice, IChatClient? Client)? Resolve(string tenant, AgeBand ageBand, bool parentalConsent)
    {
        if (School(tenant) is not { } school)
        {
            return null;
        }

        // The age rules come first: they decide whether a generative model may be reached at all.
        switch (ageBand)
        {
            case AgeBand.Under13:
                return (ModelChoice.Authored("under-13"), null);
            case AgeBand.From13To15 when !parentalConsent:
                return (ModelChoice.Authored("no-parental-consent"), null);
            case AgeBand.From16 when school.AgePolicy.From16 == OlderLearnerModelUse.AuthoredContent:
                return (ModelChoice.Authored("school-choice"), null);
            case AgeBand.Unknown when school.AgePolicy.RequireAgeBand:
                return (ModelChoice.Authored("age-unknown"), null);
        }

        var model = school.Model;
        if (model.Provider == ModelProvider.None)
        {
            return (ModelChoice.Authored("no-model-configured"), null);
        }

        if (Problem(model) is { } problem)
        {
            return (ModelChoice.Authored(problem), null);
        }

        if (!IsAllowed(model, Current.AllowedModels))
        {
            return (ModelChoice.Authored("not-on-allow-list"), null);
        }

        string? key = null;
        if (model.KeySecret is { Length: > 0 } secret)
        {
            key = _configuration?[secret];
            if (string.IsNullOrEmpty(key))
            {
                return (ModelChoice.Authored("key-missing"), null);
            }
        }

        var cacheKey = $"{model.Provider}|{model.Endpoint}|{model.Model}|{(key is null ? "" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))))}";
        var client = _clients.GetOrAdd(cacheKey, _ => _factory.Create(model, key));
        return (new ModelChoice(model.Provider, model.Model!, "school-model"), client);
    }

    /// <summary>Whether <paramref name="model"/> is on <paramref name="allowList"/> (an empty list allows every model).</summary>
    public static bool IsAllowed(SchoolModelOptions model, IEnumerable<string> allowList)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(allowList);
        var entries = allowList.Where(e => !string.IsNullOrWhiteSpace(e)).ToArray();
        if (entries.Length == 0)
        {
            return true;
        }

        return entries.Any(entry =>
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return string.Equals(entry.Trim(), model.Model, StringComparison.OrdinalIgnoreCase);
            }

            var provider = entry[..colon].Trim();
            var name = entry[(colon + 1)..].Trim();
            return string.Equals(provider, model.Provider.ToString(), StringComparison.OrdinalIgnoreCase)
                && (name == "*" || string.Equals(name, model.Model, StringComparison.OrdinalIgnoreCase));
        });
    }

    /// <summary>What makes <paramref name="model"/> unusable, as a reason code, or null.</summary>
    internal static string? Problem(SchoolModelOptions model)
    {
        if (model.Provider == ModelProvider.Host)
        {
            return "invalid-provider";
        }

        if (string.IsNullOrWhiteSpace(model.Model))
        {
            return "model-missing";
        }

        if (!Uri.TryCreate(model.Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            // Learner text only travels encrypted, except to a server on the same machine.
            return "endpoint-invalid";
        }

        return null;
    }
}
