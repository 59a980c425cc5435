using System.Collections.Immutable;
using Didactics.Hosting;
using Microsoft.Extensions.FileProviders;

namespace Didactics.Samples.Web;

/// <summary>Builds the sample host (used by Program and by the browser test).</summary>
public static class SampleApp
{
    /// <summary>Builds the app; <paramref name="configure"/> may change the builder (e.g. the URLs) before it is built.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Generated registrations: the sample's own demo strategy first (the learner page's default), then the built-ins.
        builder.Services.AddSocraticDemoStrategy();
        builder.Services.AddSocraticStrategy();
        builder.Services.AddScaffoldedFeedbackStrategy();
        builder.Services.AddWorkedExampleStrategy();
        builder.Services.AddDidacticsHosting(options =>
        {
            // One demo school; a real deployment names the tenant per request (header or resolver).
            options.DefaultTenant = "demo";
            options.AddProblem(new Problem("sum-1", "What is 12 + 30?", "42") { Hints = ["Add the tens first: 10 + 30.", "Now add the remaining 2."] });
            options.AddProblem(new Problem("fraction-1", "What is 3/4 of 20?", "15") { Hints = ["First find 1/4 of 20.", "1/4 of 20 is 5; how many quarters do you need?"] });
            options.AddProblem(new Problem("procent-1", "Hoeveel is 25% van 80?", "20") { Language = "nl", Hints = ["25% is een kwart.", "Deel 80 door 4."] });
            options.Privacy.Roster = _ => ["Sanne de Vries", "Daan Bakker"];
        });

        // Schools: the demo school's model, age rules, safeguarding and teacher view come from configuration
        // (appsettings.json, section Didactics:Schools). Optional: Redis (Didactics:Redis) and bearer tokens (Didactics:Auth).
        if (builder.Configuration["Didactics:Redis"] is { Length: > 0 } redis)
        {
            builder.Services.AddDidacticsRedisSessionStore(redis);
        }

        builder.Services.AddDidacticsSchools(builder.Configuration);
        configure?.Invoke(builder);
        if (builder.Configuration.GetSection("Didactics:Auth").Get<SchoolAuthOptions>() is { IsConfigured: true })
        {
            builder.Services.AddDidacticsSchoolAuthentication(builder.Configuration);
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var pages = new EmbeddedFileProvider(typeof(SampleApp).Assembly, "Didactics.Samples.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = pages });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = pages });
        app.MapDidactics();
        app.MapDidacticsSchools();
        return app;
    }
}
