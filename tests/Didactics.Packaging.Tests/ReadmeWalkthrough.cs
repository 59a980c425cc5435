using System.Text.RegularExpressions;

namespace Didactics.Packaging.Tests;

/// <summary>
/// Runs the README's "Declare your first strategy" walkthrough as a newcomer would, from a temporary folder outside the
/// repository, against the package the fixture packed. The commands and snippets are read from README.md, so the
/// walkthrough and the test cannot drift apart. Replaced, and only these: the pack step and the feed variable (the
/// fixture already packed src/Didactics, with a unique version, into its own feed), <c>~</c> (a temporary home) and
/// the Didactics version.
/// </summary>
public sealed class ReadmeWalkthrough
{
    private const string Section = "## Declare your first strategy";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(4);
    private readonly PackagingFixture _fixture;
    private readonly string _home;

    public ReadmeWalkthrough(PackagingFixture fixture)
    {
        _fixture = fixture;
        _home = Path.Combine(fixture.WorkDirectory, "home");
        Steps = ReadSteps(File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "README.md")));
    }

    /// <summary>The walkthrough's numbered steps ("1", "2", …), each with its fenced blocks in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Steps { get; }

    /// <summary>Every command run, in order; the first failing one ends the walkthrough.</summary>
    public List<CommandResult> Commands { get; } = [];

    public string? ProjectDirectory { get; private set; }

    /// <summary>Why the walkthrough stopped early, if it did.</summary>
    public Exception? Failure { get; set; }

    public CommandResult? FirstBuild { get; private set; }

    public CommandResult? BuildWithPolicy { get; private set; }

    public CommandResult? AuthoredRun { get; private set; }

    public CommandResult? ModelRun { get; private set; }

    public async Task RunAsync()
    {
        Directory.CreateDirectory(_home);
        var environment = new Dictionary<string, string> { ["DIDACTICS_FEED"] = _fixture.Feed };

        // Step 1: the shell commands, minus the two that concern the repository (done by the fixture).
        var commands = Lines(Steps["1"][0])
            .Where(line => !line.StartsWith("cd /path/to/didactics", StringComparison.Ordinal)
                && !line.StartsWith("dotnet pack ", StringComparison.Ordinal)
                && !line.StartsWith("export DIDACTICS_FEED=", StringComparison.Ordinal))
            .Select(line => line.Replace("~", _home, StringComparison.Ordinal)
                .Replace("--version 0.1.0", "--version " + _fixture.Version, StringComparison.Ordinal))
            .ToList();
        if (!await ShellAsync(_home, environment, commands))
        {
            return;
        }

        ProjectDirectory = FindProject();

        // Step 2: the strategy file, as printed.
        File.WriteAllText(Path.Combine(ProjectDirectory, "FractionsTutor.cs"), Steps["2"][0]);

        // Step 3: the build shows DID0001; the policy line goes above the class; the build is then clean.
        FirstBuild = await DotNetAsync("build", "--disable-build-servers");
        var tutor = File.ReadAllText(Path.Combine(ProjectDirectory, "FractionsTutor.cs"));
        var classLine = tutor.IndexOf("public partial class FractionsTutor", StringComparison.Ordinal);
        Assert.True(classLine >= 0, "The strategy snippet no longer declares 'public partial class FractionsTutor'.");
        File.WriteAllText(Path.Combine(ProjectDirectory, "FractionsTutor.cs"), tutor.Insert(classLine, Steps["3"][1].Trim() + "\n"));
        BuildWithPolicy = await DotNetAsync("build", "--disable-build-servers", "--no-incremental");

        // Step 4: Program.cs in authored-content mode.
        File.WriteAllText(Path.Combine(ProjectDirectory, "Program.cs"), Steps["4"][0]);
        AuthoredRun = await DotNetAsync("run", "--disable-build-servers");

        // Step 5: the OpenAI-compatible client package and Program.cs again; no server listens, so the tutor falls back.
        if (!await ShellAsync(ProjectDirectory, environment, Lines(Steps["5"][0]).ToList()))
        {
            return;
        }

        File.WriteAllText(Path.Combine(ProjectDirectory, "Program.cs"), Steps["5"][1]);
        ModelRun = await DotNetAsync("run", "--disable-build-servers");
    }

    /// <summary>The README's printed build output lines (step 3's first block, without the <c>$ command</c> line).</summary>
    public IEnumerable<string> PrintedBuildOutput => Lines(Steps["3"][0]).Where(l => !l.StartsWith("$ ", StringComparison.Ordinal));

    private async Task<CommandResult> DotNetAsync(params string[] args)
    {
        var result = await DotNet.RunAsync(ProjectDirectory!, new Dictionary<string, string>(), StepTimeout, args);
        Commands.Add(result);
        return result;
    }

    private async Task<bool> ShellAsync(string directory, Dictionary<string, string> environment, List<string> lines)
    {
        var script = "set -euo pipefail\n" + string.Join("\n", lines) + "\n";
        var result = await DotNet.RunProgramAsync("bash", directory, environment, StepTimeout, "-c", script);
        Commands.Add(result);
        return result.ExitCode == 0;
    }

    private string FindProject()
    {
        var project = Directory.EnumerateFiles(_home, "MyTutor.csproj", SearchOption.AllDirectories).SingleOrDefault();
        Assert.True(project is not null, "Step 1 did not create MyTutor.csproj under " + _home + "\n" + string.Join("\n", Commands));
        return Path.GetDirectoryName(project)!;
    }

    private static IEnumerable<string> Lines(string block) =>
        block.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0);

    /// <summary>Splits the walkthrough section into its "### N." steps and each step's fenced code blocks.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadSteps(string readme)
    {
        var start = readme.IndexOf(Section, StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '" + Section + "' section.");
        var end = readme.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];

        var steps = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (Match step in Regex.Matches(section, @"^### (?<number>\d+)\. .*?$(?<body>.*?)(?=^### |\z)", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            var blocks = Regex.Matches(step.Groups["body"].Value, @"^```[a-z]*\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)
                .Select(m => m.Groups["code"].Value)
                .ToList();
            steps[step.Groups["number"].Value] = blocks;
        }

        return steps;
    }
}
