using System.Diagnostics;
using System.Text;

namespace Didactics.Packaging.Tests;

/// <summary>The result of one dotnet CLI run.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"$ {Command}  (exit {ExitCode}, {Elapsed.TotalSeconds:0.0} s)\n{Output}";
}

/// <summary>Runs the dotnet CLI as a child process with a clean MSBuild environment.</summary>
internal static class DotNet
{
    public static Task<CommandResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args) =>
        RunProgramAsync("dotnet", workingDirectory, environment, timeout, args);

    /// <summary>Runs <paramref name="program"/> (dotnet, or a shell for a README's command lines) like <see cref="RunAsync"/>.</summary>
    public static async Task<CommandResult> RunProgramAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The test host runs inside `dotnet test`, whose MSBuild variables would point the child build at the wrong SDK
        // pieces; the child must behave like a developer's fresh shell.
        foreach (var key in info.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                info.Environment.Remove(key);
            }
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s. Output so far:\n{output}");
        }

        lock (output)
        {
            return new CommandResult(program + " " + string.Join(' ', args), process.ExitCode, output.ToString(), watch.Elapsed);
        }
    }
}
