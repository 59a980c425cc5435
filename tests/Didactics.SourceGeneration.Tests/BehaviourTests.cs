using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Didactics.SourceGeneration.Tests;

/// <summary>Compiles a strategy with the generator, loads the emitted assembly and runs real sessions through the pipeline.</summary>
public sealed class BehaviourTests
{
    private static readonly Lazy<Assembly> Socratic = new(() => GeneratorHarness.Load(GeneratorHarness.RunClean(Sources.Socratic, Sources.WithConstructor).Output));

    private static Problem Fractions => new("fractions-1", "1/2 + 1/4", "3/4", AnswerKind.Fraction);

    /// <summary>A <c>partial record</c> strategy is generated as a partial record and behaves like the class form.</summary>
    [Theory]
    [InlineData("public partial record SocraticStrategy { }", "public partial record SocraticStrategy")]
    [InlineData("public sealed partial record SocraticStrategy(string Label)\n{\n    /// <summary>With the default label.</summary>\n    public SocraticStrategy() : this(\"default\") { }\n}", "public partial record SocraticStrategy")]
    public async Task A_partial_record_strategy_is_generated_and_runs_a_session(string declaration, string emitted)
    {
        var source = Sources.Socratic.Replace("public partial class SocraticStrategy\n{\n}", declaration, StringComparison.Ordinal);
        Assert.Contains(declaration, source, StringComparison.Ordinal);
        var run = GeneratorHarness.RunClean(source, Sources.WithConstructor);
        Assert.Contains(emitted + " : global::Didactics.IStrategy", run.AllGeneratedSource, StringComparison.Ordinal);

        var type = GeneratorHarness.Load(run.Output).GetType("Sample.Strategies.SocraticStrategy", throwOnError: true)!;
        var strategy = (IStrategy)Activator.CreateInstance(type)!;
        Assert.Equal("socratic", strategy.Descriptor.Name);
        var session = await new Tutor(strategy).StartAsync(Fractions);
        Assert.Equal("What do you notice about 1/2 + 1/4?", session.Opening.Reply);
        var turn = await session.SendAsync("I don't know");
        Assert.Equal("Hint", turn.Phase);
        Assert.Equal("Hint: Look at the denominators.", turn.Reply);
    }

    [Fact]
    public async Task Authored_content_session_follows_the_compiled_state_machine()
    {
        var strategy = (IStrategy)Activator.CreateInstance(Socratic.Value.GetType("Sample.Strategies.SocraticStrategy", throwOnError: true)!)!;
        Assert.Equal("socratic", strategy.Descriptor.Name);

        var session = await new Tutor(strategy).StartAsync(Fractions);
        Assert.Equal("Elicit", session.Opening.Phase);
        Assert.Equal("What do you notice about 1/2 + 1/4?", session.Opening.Reply);

        var turn = await session.SendAsync("I don't know");
        Assert.Equal(LearnerSignal.DontKnow, turn.Signal);
        Assert.Equal("Hint", turn.Phase);
        Assert.Equal("Hint: Look at the denominators.", turn.Reply);

        // "*" sends an incorrect attempt to Probe; the first visit uses the first content variant.
        turn = await session.SendAsync("1/2");
        Assert.Equal(LearnerSignal.IncorrectAttempt, turn.Signal);
        Assert.Equal("Probe", turn.Phase);
        Assert.Equal("Why do you think so?", turn.Reply);
        Assert.Contains("The attempt was wrong.", turn.Plan.Instructions, StringComparison.Ordinal);
        Assert.Contains("Attempts: 1.", turn.Plan.Instructions, StringComparison.Ordinal);

        // In Probe the specific transition (IncorrectAttempt -> Hint) wins over "*" (-> Probe).
        turn = await session.SendAsync("2/6");
        Assert.Equal("Hint", turn.Phase);
        Assert.Equal("Hint: Make the denominators equal.", turn.Reply);

        // A second visit to Probe rotates to the second content variant.
        turn = await session.SendAsync("1/3");
        Assert.Equal("Probe", turn.Phase);
        Assert.Equal("How did you get that? (3 tries so far)", turn.Reply);

        turn = await session.SendAsync("it is 3/4");
        Assert.Equal(LearnerSignal.CorrectAttempt, turn.Signal);
        Assert.Equal("Done", turn.Phase);
        Assert.Equal("Well done: IT IS 3/4 is right.", turn.Reply);
        Assert.True(session.Ended);
    }

    [Fact]
    public void Compiled_state_machine_returns_minus_one_when_no_transition_applies()
    {
        var strategy = (IStrategy)Activator.CreateInstance(Socratic.Value.GetType("Sample.Strategies.SocraticStrategy", throwOnError: true)!)!;
        var done = strategy.Descriptor.IndexOf("Done");
        Assert.Equal(-1, strategy.NextPhase(done, LearnerSignal.IncorrectAttempt));   // "*" does not apply to a terminal phase
        Assert.Equal(-1, strategy.NextPhase(0, LearnerSignal.OffTopic));
        Assert.Equal(-1, strategy.NextPhase(99, LearnerSignal.CorrectAttempt));
        Assert.Equal(done, strategy.NextPhase(0, LearnerSignal.CorrectAttempt));
        Assert.False(strategy.RenderContent(99, 0, new TurnModel(), new System.Text.StringBuilder()));
        var output = new System.Text.StringBuilder();
        Assert.True(strategy.RenderContent(strategy.Descriptor.IndexOf("Probe"), -1, new TurnModel { Attempts = 2 }, output));
        Assert.Equal("How did you get that? (2 tries so far)", output.ToString());
    }

    [Fact]
    public async Task Generated_registration_method_registers_a_keyed_strategy_that_a_tutor_can_use()
    {
        var services = new ServiceCollection();
        Invoke("AddSocraticStrategy", services);
        services.AddDidacticsTutor("socratic");
        using var provider = services.BuildServiceProvider();

        var strategy = provider.GetRequiredKeyedService<IStrategy>("socratic");
        Assert.Equal("Sample.Strategies.SocraticStrategy", strategy.GetType().FullName);
        Assert.Same(strategy, provider.GetRequiredService<IStrategy>());

        var session = await provider.GetRequiredKeyedService<Tutor>("socratic").StartAsync(Fractions);
        Assert.Equal("What do you notice about 1/2 + 1/4?", session.Opening.Reply);
    }

    [Fact]
    public void Generated_factory_registration_uses_the_callers_factory()
    {
        var greetingType = Socratic.Value.GetType("Sample.Greeting", throwOnError: true)!;
        var strategyType = Socratic.Value.GetType("Sample.GreetingStrategy", throwOnError: true)!;
        var services = new ServiceCollection();
        var created = 0;
        Func<IServiceProvider, object> factory = _ =>
        {
            created++;
            return Activator.CreateInstance(strategyType, Activator.CreateInstance(greetingType))!;
        };

        // Build a Func<IServiceProvider, GreetingStrategy> from the untyped lambda (the type only exists in the loaded assembly).
        var typedFactory = typeof(BehaviourTests).GetMethod(nameof(Cast), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(strategyType).Invoke(null, [factory])!;
        Invoke("AddGreetingStrategy", services, typedFactory);
        using var provider = services.BuildServiceProvider();

        var strategy = provider.GetRequiredKeyedService<IStrategy>("needs-greeting");
        Assert.Same(strategyType, strategy.GetType());
        Assert.Same(strategy, provider.GetRequiredKeyedService<IStrategy>("needs-greeting"));
        Assert.Equal(1, created);
    }

    private static Func<IServiceProvider, T> Cast<T>(Func<IServiceProvider, object> factory) => sp => (T)factory(sp);

    private static void Invoke(string method, params object[] arguments)
    {
        var extensions = Socratic.Value.GetType("Microsoft.Extensions.DependencyInjection.DidacticsGeneratedConsumer_TestsExtensions", throwOnError: true)!;
        extensions.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);
    }
}
