using System.Xml.Linq;

namespace Didactics.Packaging.Tests;

/// <summary>
/// The public surface of every shipped assembly is declared in PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt, and a
/// public change that is not declared there fails the build (so CI fails on it).
/// </summary>
public sealed class PublicApiTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string RepositoryRoot = PackagingFixture.FindRepositoryRoot();

    public static TheoryData<string> ShippedProjects()
    {
        var data = new TheoryData<string>();
        foreach (var project in ShippedProjectPaths())
        {
            data.Add(Path.GetRelativePath(RepositoryRoot, project).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void Every_packable_project_and_roslyn_component_is_tracked()
    {
        var names = ShippedProjectPaths().Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Equal(
            ["Didactics", "Didactics.Certification", "Didactics.Cli", "Didactics.CodeFixes", "Didactics.Hosting", "Didactics.SourceGeneration"],
            names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ShippedProjects))]
    public void Shipped_project_declares_its_public_api_in_sorted_files(string project)
    {
        var directory = Path.GetDirectoryName(Path.Combine(RepositoryRoot, project))!;
        foreach (var name in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
        {
            var path = Path.Combine(directory, name);
            Assert.True(File.Exists(path), $"{project}: {name} is missing; run eng/update-public-api.sh");
            var lines = File.ReadAllLines(path);
            Assert.Equal("#nullable enable", lines.FirstOrDefault());
            var symbols = lines.Skip(1).ToList();
            Assert.All(symbols, s => Assert.False(string.IsNullOrWhiteSpace(s), $"{project}/{name} has a blank line"));
            Assert.Equal(symbols.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), symbols);
        }
    }

    [Fact]
    public async Task An_undeclared_public_change_fails_the_build()
    {
        // A project laid out like ours (the repository's Directory.Build.props/.targets and central package versions),
        // whose PublicAPI file declares a type that is gone and omits one that was added.
        var root = Path.Combine(Path.GetTempPath(), "didactics-public-api-" + Guid.NewGuid().ToString("N")[..12]);
        var project = Path.Combine(root, "src", "Probe");
        Directory.CreateDirectory(project);
        try
        {
            foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "NuGet.config", "global.json" })
            {
                File.Copy(Path.Combine(RepositoryRoot, file), Path.Combine(root, file));
            }

            File.WriteAllText(Path.Combine(project, "Probe.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <IsPackable>true</IsPackable>
                  </PropertyGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(project, "Api.cs"), """
                namespace Probe;

                public sealed class Kept
                {
                }

                public sealed class Added
                {
                }
                """);
            File.WriteAllText(Path.Combine(project, "PublicAPI.Shipped.txt"), "#nullable enable\nProbe.Kept\nProbe.Kept.Kept() -> void\nProbe.Removed\n");
            File.WriteAllText(Path.Combine(project, "PublicAPI.Unshipped.txt"), "#nullable enable\n");

            var build = await DotNet.RunAsync(project, new Dictionary<string, string>(), TimeSpan.FromMinutes(4),
                "build", "Probe.csproj", "--disable-build-servers", "-v:minimal", "-clp:NoSummary;ForceNoAlign");
            output.WriteLine(build.ToString());

            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains("error RS0016: Symbol 'Probe.Added' is not part of the declared public API", build.Output, StringComparison.Ordinal);
            Assert.Contains("error RS0017: Symbol 'Probe.Removed' is part of the declared API", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("'Probe.Kept'", build.Output, StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static IEnumerable<string> ShippedProjectPaths()
    {
        var projects = Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "analyzers"), "*.csproj", SearchOption.AllDirectories));
        foreach (var project in projects)
        {
            var properties = XDocument.Load(project).Descendants().Where(e => e.Parent?.Name.LocalName == "PropertyGroup").ToList();
            var packable = properties.Any(p => p.Name.LocalName == "IsPackable" && p.Value.Trim() == "true");
            var roslynComponent = project.StartsWith(Path.Combine(RepositoryRoot, "analyzers"), StringComparison.Ordinal);
            if (packable || roslynComponent)
            {
                yield return project;
            }
        }
    }
}
