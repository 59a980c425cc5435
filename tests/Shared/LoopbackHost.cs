using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Didactics.Tests.Shared;

/// <summary>
/// Kestrel on a free loopback port and HTTP clients of the Didactics API it serves; shared by the hosting tests' hosts
/// and the hosting benchmarks.
/// </summary>
internal static class LoopbackHost
{
    /// <summary>The URL that makes Kestrel listen on a free loopback port.</summary>
    public const string AnyPort = "http://127.0.0.1:0";

    /// <summary>The address a started app listens on, e.g. <c>http://127.0.0.1:54321</c>.</summary>
    public static string AddressOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>A client of the API under <c>/didactics/</c> at <paramref name="address"/>, sending <paramref name="tenant"/> in the tenant header (none when null).</summary>
    public static HttpClient Client(string address, string? tenant)
    {
        var client = new HttpClient { BaseAddress = new Uri(address + "/didactics/") };
        if (tenant is not null)
        {
            client.DefaultRequestHeaders.Add("X-Didactics-Tenant", tenant);
        }

        return client;
    }
}
