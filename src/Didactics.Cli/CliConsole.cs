namespace Didactics.Cli;

/// <summary>The standard streams a command reads and writes; tests pass their own.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output (results only).</param>
/// <param name="Error">Standard error (messages).</param>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>The process's console streams.</summary>
    public static CliConsole System => new(Console.In, Console.Out, Console.Error);
}
