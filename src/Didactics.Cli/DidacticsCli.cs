using System.CommandLine;

namespace Didactics.Cli;

/// <summary>
/// The <c>didactics</c> tool. Each command lives in its own file under <c>Commands/</c> and exposes a
/// <c>static Command Create(CliConsole console)</c>; add it to <see cref="Commands"/> to register it.
/// </summary>
internal static class DidacticsCli
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for a usage error (bad arguments, unreadable input file).</summary>
    public const int UsageError = 1;

    /// <summary>Exit code when some input records were malformed (the others were still processed).</summary>
    public const int InputError = 2;

    /// <summary>The command factories, one per command file.</summary>
    private static readonly Func<CliConsole, Command>[] Commands =
    [
        LeakScanCommand.Create,
        LintCommand.Create,
        CardCommand.Create,
        CertifyCommand.Create,
    ];

    /// <summary>Commands whose documented usage-error exit code differs from <see cref="UsageError"/> (certify: 0 pass, 1 fail, 2 usage).</summary>
    private static readonly Dictionary<string, int> UsageErrorCodes = new(StringComparer.Ordinal)
    {
        [CertifyCommand.Name] = CertifyCommandRunner.UsageError,
        ["lint"] = LintCommand.UsageError,
        ["card"] = CardCommand.UsageError,
    };

    /// <summary>Builds the root command with every registered command.</summary>
    public static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("Didactics: tools for AI tutors that make learners think instead of handing them answers.");
        foreach (var create in Commands)
        {
            root.Subcommands.Add(create(console));
        }

        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var root = BuildRoot(console);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && UsageErrorCodes.TryGetValue(parse.CommandResult.Command.Name, out var code))
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine(error.Message);
            }

            return Task.FromResult(code);
        }

        return parse.InvokeAsync(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            // Ctrl+C cancels the command's token; certify then stops its scenarios and writes the partial report,
            // which can take longer than System.CommandLine's default of 2 seconds before it ends the process.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
        }, cancellationToken);
    }
}
