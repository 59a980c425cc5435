using System.Text.Json;

namespace Didactics.Cli.Tests;

public sealed class CardCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "didactics-card-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string[] Lines, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await DidacticsCli.RunAsync(["card", .. args], new CliConsole(new StringReader(""), output, error));
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray(), error.ToString());
    }

    [Fact]
    public async Task Writes_the_json_and_mermaid_card_of_each_generated_strategy()
    {
        // The runtime assembly carries the three built-in strategies, generated with their cards.
        var (code, lines, error) = await RunAsync("--assembly", typeof(IStrategy).Assembly.Location, "--output", _folder);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        foreach (var strategy in new[] { Didactics.SocraticStrategy.Descriptor, Didactics.WorkedExampleStrategy.Descriptor, Didactics.ScaffoldedFeedbackStrategy.Descriptor })
        {
            var json = Path.Combine(_folder, strategy.Name + ".card.json");
            Assert.Contains(json, lines);
            Assert.Equal(strategy.TransparencyCard!.Json, File.ReadAllText(json));
            Assert.Equal(strategy.TransparencyCard.Mermaid, File.ReadAllText(Path.Combine(_folder, strategy.Name + ".card.mmd")));
            using var document = JsonDocument.Parse(File.ReadAllText(json));
            Assert.Equal(strategy.Name, document.RootElement.GetProperty("strategy").GetString());
        }

        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public async Task An_assembly_without_strategies_exits_1()
    {
        var (code, lines, error) = await RunAsync("--assembly", typeof(DidacticsCli).Assembly.Location, "--output", _folder);
        Assert.Equal(1, code);
        Assert.Empty(lines);
        Assert.Contains("contains no generated strategy", error);
        Assert.False(Directory.Exists(_folder));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("/no/such/assembly.dll")]
    public async Task A_missing_assembly_is_a_usage_error(string? path)
    {
        var (code, _, error) = path is null ? await RunAsync() : await RunAsync("--assembly", path);
        Assert.Equal(2, code);
        Assert.StartsWith("card: ", error);
    }
}
