using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Didactics.SourceGeneration.Tests;

/// <summary>
/// DI: the generated all-strategies registration, options bound from configuration, the default strategy, and the inner
/// <c>IChatClient</c> taken from the services.
/// </summary>
public sealed class DependencyInjectionTests
{
    private static readonly Problem Fractions = new("fractions", "1/2 + 1/4", "3/4", AnswerKind.Fraction);

    private static void AddBuiltInStrategies(IServiceCollection services)
    {
        // Generated into the runtime assembly for its three built-in strategies (internal: one per assembly, never clashing).
        var extensions = typeof(IStrategy).Assembly.GetType("Microsoft.Extensions.DependencyInjection.DidacticsGeneratedDidacticsExtensions", throwOnError: true)!;
        extensions.GetMethod("AddDidacticsStrategies", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, [services]);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void The_generated_all_strategies_method_registers_every_strategy_keyed_by_name()
    {
        var services = new ServiceCollection();
        AddBuiltInStrategies(services);
        using var provider = services.BuildServiceProvider();
        Assert.Equal("scaffolded-feedback", provider.GetRequiredKeyedService<IStrategy>("scaffolded-feedback").Descriptor.Name);
        Assert.Equal("socratic", provider.GetRequiredKeyedService<IStrategy>("socratic").Descriptor.Name);
        Assert.Equal("worked-example", provider.GetRequiredKeyedService<IStrategy>("worked-example").Descriptor.Name);
        Assert.Equal(3, provider.GetKeyedServices<IStrategy>(KeyedService.AnyKey).Count());
    }

    [Fact]
    public async Task Options_from_configuration_set_the_default_tutor_and_the_pipeline()
    {
        var services = new ServiceCollection();
        services.AddDidactics(Configuration(("Didactics:DefaultStrategy", "socratic"), ("Didactics:MaxRegenerations", "3")).GetSection(DidacticsOptions.SectionName));
        AddBuiltInStrategies(services);
        services.AddDidacticsTutor();
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<DidacticsOptions>();
        Assert.Equal("socratic", options.DefaultStrategy);
        var tutor = provider.GetRequiredService<Tutor>();
        Assert.Equal(3, tutor.Pipeline.MaxRegenerations);
        Assert.Equal("socratic", tutor.Pipeline.Strategy.Descriptor.Name);
        var session = await tutor.StartAsync(Fractions);
        Assert.False(string.IsNullOrWhiteSpace(session.Opening.Reply));
    }

    [Fact]
    public void Named_tutors_get_the_options_too_and_configure_runs_after_them()
    {
        var services = new ServiceCollection();
        services.AddDidactics(o => o.MaxRegenerations = 0);
        AddBuiltInStrategies(services);
        services.AddDidacticsTutor("worked-example");
        services.AddDidacticsTutor("socratic", client => client.MaxRegenerations = 5);
        using var provider = services.BuildServiceProvider();
        Assert.Equal(0, provider.GetRequiredKeyedService<Tutor>("worked-example").Pipeline.MaxRegenerations);
        Assert.Equal(5, provider.GetRequiredKeyedService<Tutor>("socratic").Pipeline.MaxRegenerations);
        Assert.Single(services, d => d.ServiceType == typeof(DidacticsOptions));
    }

    [Fact]
    public void The_inner_chat_client_comes_from_the_services()
    {
        var services = new ServiceCollection();
        var inner = new MarkerClient();
        services.AddSingleton<Microsoft.Extensions.AI.IChatClient>(inner);
        AddBuiltInStrategies(services);
        services.AddDidacticsTutor("socratic");
        using var provider = services.BuildServiceProvider();
        var tutor = provider.GetRequiredKeyedService<Tutor>("socratic");
        Assert.Same(inner, tutor.Pipeline.GetService(typeof(MarkerClient)));
    }

    /// <summary>An inner client the pipeline can be asked for by type.</summary>
    private sealed class MarkerClient() : Microsoft.Extensions.AI.DelegatingChatClient(Didactics.AuthoredContentChatClient.Instance);

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("11")]
    public void A_malformed_value_fails_at_startup_naming_the_key(string value)
    {
        var services = new ServiceCollection();
        var error = Assert.Throws<FormatException>(() => services.AddDidactics(Configuration(("Didactics:MaxRegenerations", value)).GetSection("Didactics")));
        Assert.Equal($"Configuration value 'Didactics:MaxRegenerations' must be a whole number from 0 to 10, but it is '{value}'.", error.Message);
    }

    [Fact]
    public void A_default_tutor_without_a_default_strategy_says_what_to_configure()
    {
        var services = new ServiceCollection();
        AddBuiltInStrategies(services);
        services.AddDidacticsTutor();
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<Tutor>());
        Assert.Contains("Didactics:DefaultStrategy", error.Message);
    }
}
