using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Didactics.Samples.Web.Tests;

/// <summary>
/// Starts the sample host on a free loopback port and a real headless Chromium (Debian's <c>chromium</c>, installed by
/// <c>.ci/services.sh</c>) for each test class. Without the browser a test fails with a message saying how to install it.
/// </summary>
public abstract class SampleBrowserTest : IAsyncLifetime
{
    private static readonly string[] ChromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;

    /// <summary>The browser.</summary>
    protected IBrowser Browser { get; private set; } = null!;

    /// <summary>The host's address, e.g. <c>http://127.0.0.1:5123</c>.</summary>
    protected string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var chromium = ChromiumPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("The browser test needs Chromium at /usr/bin/chromium: run `apt-get install -y chromium` (or `. .ci/services.sh; start_services`).");

        _app = SampleApp.Build([], b =>
        {
            b.WebHost.UseUrls("http://127.0.0.1:0");
            b.Logging.ClearProviders();
            Configure(b);
        });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Changes the sample's builder (configuration, services) before it is built.</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }
}
