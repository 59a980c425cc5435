using System.CommandLine;
using System.Reflection;
using System.Runtime.Loader;

namespace Didactics.Cli;

/// <summary>
/// <c>didactics card --assembly PATH [--output DIR]</c>: writes the transparency card of every generated strategy in a
/// built assembly as <c>&lt;strategy&gt;.card.json</c> and <c>&lt;strategy&gt;.card.mmd</c> (Mermaid). The output
/// folder defaults to the assembly's folder, so the cards sit next to the build output. Exit code 0 when at least one card
/// was written, 1 when the assembly has no strategy with a card, 2 on a usage error (missing or unloadable assembly).
/// </summary>
/// <remarks>
/// The assembly is loaded into a collectible load context and read through reflection by name (the generated
/// <c>public static StrategyDescriptor Descriptor</c> property of each strategy class), so the tool works with any
/// Didactics version the assembly was built against.
/// </remarks>
internal static class CardCommand
{
    /// <summary>Exit code when the assembly contains no strategy with a transparency card.</summary>
    public const int NoCards = 1;

    /// <summary>Exit code for a usage error.</summary>
    public const int UsageError = 2;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var assembly = new Option<string?>("--assembly", "-a") { Description = "The built assembly (.dll) that contains the strategies." };
        var output = new Option<string?>("--output", "-o") { Description = "The folder to write the cards to (default: the assembly's folder)." };
        var command = new Command("card", "Write the transparency card (JSON + Mermaid) of each strategy in a built assembly.")
        {
            assembly,
            output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(assembly), parse.GetValue(output), console, cancellationToken));
        return command;
    }

    /// <summary>Writes the cards of the strategies in <paramref name="assemblyPath"/> to <paramref name="outputFolder"/>.</summary>
    public static async Task<int> RunAsync(string? assemblyPath, string? outputFolder, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (string.IsNullOrWhiteSpace(assemblyPath))
        {
            await console.Error.WriteLineAsync("card: give the built assembly, e.g. didactics card --assembly bin/Release/net10.0/MyTutor.dll").ConfigureAwait(false);
            return UsageError;
        }

        var path = Path.GetFullPath(assemblyPath);
        if (!File.Exists(path))
        {
            await console.Error.WriteLineAsync($"card: assembly '{assemblyPath}' does not exist").ConfigureAwait(false);
            return UsageError;
        }

        var folder = Path.GetFullPath(string.IsNullOrWhiteSpace(outputFolder) ? Path.GetDirectoryName(path)! : outputFolder);
        List<(string Name, string Json, string Mermaid)> cards;
        var context = new CardLoadContext(path);
        try
        {
            cards = ReadCards(context.LoadFromAssemblyPath(path));
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException or ReflectionTypeLoadException or TargetInvocationException)
        {
            await console.Error.WriteLineAsync($"card: cannot read strategies from '{assemblyPath}': {ex.Message}").ConfigureAwait(false);
            return UsageError;
        }
        finally
        {
            context.Unload();
        }

        if (cards.Count == 0)
        {
            await console.Error.WriteLineAsync($"card: '{assemblyPath}' contains no generated strategy with a transparency card").ConfigureAwait(false);
            return NoCards;
        }

        Directory.CreateDirectory(folder);
        foreach (var (name, json, mermaid) in cards)
        {
            var stem = Path.Combine(folder, FileStem(name));
            await File.WriteAllTextAsync(stem + ".card.json", json, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(stem + ".card.mmd", mermaid, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(stem + ".card.json").ConfigureAwait(false);
            await console.Out.WriteLineAsync(stem + ".card.mmd").ConfigureAwait(false);
        }

        return DidacticsCli.Success;
    }

    /// <summary>The cards of every class with a static <c>Descriptor</c> of type <c>Didactics.StrategyDescriptor</c>, ordered by strategy name.</summary>
    private static List<(string Name, string Json, string Mermaid)> ReadCards(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = ex.Types.Where(t => t is not null).ToArray()!;
        }

        var cards = new List<(string Name, string Json, string Mermaid)>();
        foreach (var type in types)
        {
            var property = type.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static);
            if (property?.PropertyType.FullName != "Didactics.StrategyDescriptor")
            {
                continue;
            }

            var descriptor = property.GetValue(null);
            var card = descriptor?.GetType().GetProperty("TransparencyCard")?.GetValue(descriptor);
            var name = descriptor?.GetType().GetProperty("Name")?.GetValue(descriptor) as string;
            if (card is null || name is null)
            {
                continue;
            }

            var json = card.GetType().GetProperty("Json")?.GetValue(card) as string;
            var mermaid = card.GetType().GetProperty("Mermaid")?.GetValue(card) as string;
            if (json is not null && mermaid is not null)
            {
                cards.Add((name, json, mermaid));
            }
        }

        return cards.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>A file name for a strategy name: letters, digits, '-', '_' and '.' kept, anything else '_'.</summary>
    private static string FileStem(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());

    /// <summary>Resolves the assembly's own dependencies from its folder (and its .deps.json when present).</summary>
    private sealed class CardLoadContext(string path) : AssemblyLoadContext("didactics-card", isCollectible: true)
    {
        private readonly AssemblyDependencyResolver _resolver = new(path);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var resolved = _resolver.ResolveAssemblyToPath(assemblyName);
            if (resolved is not null)
            {
                return LoadFromAssemblyPath(resolved);
            }

            var sibling = Path.Combine(Path.GetDirectoryName(path)!, assemblyName.Name + ".dll");
            return File.Exists(sibling) ? LoadFromAssemblyPath(sibling) : null;
        }
    }
}
