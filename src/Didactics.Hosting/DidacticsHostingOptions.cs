using Microsoft.AspNetCore.Http;

namespace Didactics.Hosting;

/// <summary>Options of the Didactics session API (<c>services.AddDidacticsHosting(...)</c>).</summary>
public sealed class DidacticsHostingOptions
{
    /// <summary>The request header that names the tenant (default <c>X-Didactics-Tenant</c>).</summary>
    public string TenantHeader { get; set; } = "X-Didactics-Tenant";

    /// <summary>
    /// Resolves the tenant of a request (for example from an authenticated user's claims). When set it replaces the
    /// header; when it returns null the request gets <see cref="DefaultTenant"/>, or is rejected with 400 when that is null too.
    /// </summary>
    public Func<HttpContext, string?>? TenantResolver { get; set; }

    /// <summary>The tenant used when a request names none; null (the default) rejects such requests with 400.</summary>
    public string? DefaultTenant { get; set; }

    /// <summary>
    /// The longest learner message accepted, in characters as a reader counts them (text elements, so an emoji counts
    /// once; see <see cref="DidacticsRequestLimits"/>), after control and bidi characters are removed (default 2000).
    /// </summary>
    public int MaxMessageLength { get; set; } = 2000;

    /// <summary>Size limits of request bodies and of every field of an inline problem.</summary>
    public DidacticsRequestLimits Limits { get; } = new();

    /// <summary>
    /// Retries of failed model calls (see <see cref="ResilientChatClient"/>); applied when a model is registered, not in
    /// authored-content mode. Set to null to call the model without retries.
    /// </summary>
    public ChatResilienceOptions? Resilience { get; set; } = new();

    /// <summary>How learner data is protected: redaction of learner messages and model-bound requests, class rosters.</summary>
    public PrivacyOptions Privacy { get; } = new();

    /// <summary>Problems a session can be started on by id (<c>problemId</c>), besides problems given inline.</summary>
    public IDictionary<string, Problem> Problems { get; } = new Dictionary<string, Problem>(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="problem"/> to <see cref="Problems"/>.</summary>
    public DidacticsHostingOptions AddProblem(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problems[problem.Id] = problem;
        return this;
    }
}
