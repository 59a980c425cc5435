using System.IO.Compression;

namespace Didactics.Packaging.Tests;

/// <summary>
/// Packs src/Didactics once with a unique version into a temporary feed, then creates, builds and runs a fresh consumer
/// project in a temporary directory outside the repository. A unique version and an isolated packages folder mean
/// no stale copy from an earlier run can be used (re-packing one version is not picked up by NuGet's caches).
/// </summary>
public sealed class PackagingFixture : IAsyncLifetime
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(4);

    public string RepositoryRoot { get; } = FindRepositoryRoot();

    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "didactics-packaging-" + Guid.NewGuid().ToString("N")[..12]);

    public string Version { get; } = "0.1.0-ci." + DateTime.UtcNow.Ticks;

    public string Feed => Path.Combine(WorkDirectory, "feed");

    public string ConsumerDirectory => Path.Combine(WorkDirectory, "consumer");

    public string PackagePath => Path.Combine(Feed, $"Didactics.{Version}.nupkg");

    public CommandResult Pack { get; private set; } = null!;

    public CommandResult Build { get; private set; } = null!;

    public CommandResult Run { get; private set; } = null!;

    public CommandResult TemplateItems { get; private set; } = null!;

    public CommandResult TemplateItemsOptedOut { get; private set; } = null!;

    public string CorpusDirectory => Path.Combine(WorkDirectory, "corpus");

    /// <summary>A fresh build of the design corpus as a library that references the packed package.</summary>
    public CommandResult CorpusBuild { get; private set; } = null!;

    /// <summary>The README walkthrough, run from a temporary folder outside the repository against the packed package.</summary>
    public ReadmeWalkthrough Walkthrough { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        var noEnvironment = new Dictionary<string, string>();

        // Build into the temporary directory (artifacts layout) so the repository's own bin/obj are never touched.
        Pack = await DotNet.RunAsync(RepositoryRoot, noEnvironment, StepTimeout,
            "pack", Path.Combine(RepositoryRoot, "src", "Didactics", "Didactics.csproj"), "-c", "Release", "-o", Feed,
            "-p:Version=" + Version, "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + Path.Combine(WorkDirectory, "artifacts"),
            "--disable-build-servers");
        if (Pack.ExitCode != 0 || !File.Exists(PackagePath))
        {
            return;
        }

        Walkthrough = new ReadmeWalkthrough(this);
        try
        {
            await Walkthrough.RunAsync();
        }
        catch (Exception ex) when (ex is Xunit.Sdk.XunitException or IOException or TimeoutException)
        {
            // Reported by the walkthrough tests; the other packaging tests still run.
            Walkthrough.Failure = ex;
        }

        CreateConsumer();

        // Isolated packages folder: the new Didactics version is extracted here; everything else is read from the
        // machine's global packages folder as a read-only fallback, so nothing is downloaded twice.
        var consumerEnvironment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(WorkDirectory, "packages") };
        Build = await DotNet.RunAsync(ConsumerDirectory, consumerEnvironment, StepTimeout,
            "build", "Consumer.csproj", "--disable-build-servers", "-v:minimal", "-clp:NoSummary;ForceNoAlign");
        if (Build.ExitCode != 0)
        {
            return;
        }

        CreateCorpusConsumer();
        CorpusBuild = await DotNet.RunAsync(CorpusDirectory, consumerEnvironment, StepTimeout,
            "build", "Corpus.csproj", "--disable-build-servers", "-v:minimal", "-clp:NoSummary;ForceNoAlign");

        Run = await DotNet.RunAsync(ConsumerDirectory, consumerEnvironment, StepTimeout,
            Path.Combine(ConsumerDirectory, "bin", "Debug", "net10.0", "Consumer.dll"));
        TemplateItems = await DotNet.RunAsync(ConsumerDirectory, consumerEnvironment, StepTimeout,
            "msbuild", "Consumer.csproj", "-getItem:AdditionalFiles");
        TemplateItemsOptedOut = await DotNet.RunAsync(ConsumerDirectory, consumerEnvironment, StepTimeout,
            "msbuild", "Consumer.csproj", "-getItem:AdditionalFiles", "-p:DidacticsIncludeTemplates=false");
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);

            // The walkthrough restores like a newcomer, through the machine's global packages folder: drop this run's
            // unique Didactics version from it again.
            var extracted = Path.Combine(GlobalPackagesFolder(), "didactics", Version.ToLowerInvariant());
            if (Directory.Exists(extracted))
            {
                Directory.Delete(extracted, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; never fail the run over cleanup.
        }

        return Task.CompletedTask;
    }

    public ZipArchive OpenPackage() => ZipFile.OpenRead(PackagePath);

    private void CreateConsumer()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Consumer");
        foreach (var file in Directory.EnumerateFiles(source, "*.txt", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file)[..^".txt".Length];
            var target = Path.Combine(ConsumerDirectory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, File.ReadAllText(file)
                .Replace("$(DidacticsVersion)", Version, StringComparison.Ordinal)
                .Replace("$(Feed)", Feed, StringComparison.Ordinal)
                .Replace("$(FallbackFolders)", FallbackFolders(), StringComparison.Ordinal));
        }

        // A template in obj/ must not be passed to the generator.
        Directory.CreateDirectory(Path.Combine(ConsumerDirectory, "obj"));
        File.WriteAllText(Path.Combine(ConsumerDirectory, "obj", "stale.sbn"), "{{ Problem }}\n");
    }

    /// <summary>The design corpus as a class library: its files, the consumer's NuGet.config, and a plain project file.</summary>
    private void CreateCorpusConsumer()
    {
        Didactics.Tests.Shared.DesignCorpus.CopyTo(Path.Combine(AppContext.BaseDirectory, "DesignCorpus"), CorpusDirectory);
        File.Copy(Path.Combine(ConsumerDirectory, "NuGet.config"), Path.Combine(CorpusDirectory, "NuGet.config"));
        File.WriteAllText(Path.Combine(CorpusDirectory, "Corpus.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Didactics" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
    }

    private static string GlobalPackagesFolder()
    {
        var global = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return string.IsNullOrEmpty(global)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : global;
    }

    private static string FallbackFolders()
    {
        var global = GlobalPackagesFolder();
        return Directory.Exists(global)
            ? $"<fallbackPackageFolders>\n    <add key=\"global\" value=\"{global}\" />\n  </fallbackPackageFolders>"
            : "";
    }

    internal static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Didactics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Didactics.sln above {AppContext.BaseDirectory}; run the packaging tests from a repository checkout.");
    }
}
