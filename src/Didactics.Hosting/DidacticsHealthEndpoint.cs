using Microsoft.AspNetCore.Http;

namespace Didactics.Hosting;

/// <summary><c>GET /didactics/health</c>: the state of the session store and the audit log; 200 when all answer, 503 otherwise.</summary>
internal static class DidacticsHealthEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, DidacticsHealth health)
    {
        var report = await health.CheckAsync(TimeSpan.FromSeconds(2), http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(report, DidacticsHostingJson.Options,
            statusCode: report.Status == "healthy" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
