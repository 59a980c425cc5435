namespace Didactics.Packaging.Tests;

/// <summary>The README's "Declare your first strategy" walkthrough, run verbatim outside the repository (see <see cref="ReadmeWalkthrough"/>).</summary>
public sealed partial class PackagingTests
{
    private ReadmeWalkthrough Walkthrough => fixture.Walkthrough;

    private string Transcript => (Walkthrough.Failure?.ToString() ?? "") + "\n" + string.Join("\n\n", Walkthrough.Commands);

    [Fact]
    public void Readme_walkthrough_creates_the_project_outside_the_repository()
    {
        AssertPacked();
        Assert.True(Walkthrough.ProjectDirectory is not null, Transcript);
        Assert.All(Walkthrough.Commands.Take(1), c => Assert.True(c.ExitCode == 0, Transcript));
        Assert.False(Walkthrough.ProjectDirectory!.StartsWith(fixture.RepositoryRoot, StringComparison.Ordinal));

        // The repository's build settings never reached the project: no central versions, no warnings as errors.
        var project = File.ReadAllText(Path.Combine(Walkthrough.ProjectDirectory, "MyTutor.csproj"));
        Assert.Contains("<PackageReference Include=\"Didactics\" Version=\"" + fixture.Version + "\" />", project);
    }

    [Fact]
    public void Readme_walkthrough_first_build_prints_DID0001_as_the_readme_shows_then_the_policy_makes_it_clean()
    {
        AssertPacked();
        Assert.True(Walkthrough.FirstBuild is not null && Walkthrough.BuildWithPolicy is not null, Transcript);

        // A warning, not an error: the build succeeds, and the printed line (path relative to the project) is in the output.
        Assert.True(Walkthrough.FirstBuild!.ExitCode == 0, Transcript);
        var printed = Assert.Single(Walkthrough.PrintedBuildOutput);
        var lines = Walkthrough.FirstBuild.Output.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(Walkthrough.ProjectDirectory!, printed), StringComparison.Ordinal));

        Assert.True(Walkthrough.BuildWithPolicy!.ExitCode == 0, Transcript);
        Assert.DoesNotContain(": warning ", Walkthrough.BuildWithPolicy.Output, StringComparison.Ordinal);
        Assert.Contains("0 Warning(s)", Walkthrough.BuildWithPolicy.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_walkthrough_runs_the_authored_content_session_the_readme_describes()
    {
        AssertPacked();
        Assert.True(Walkthrough.AuthoredRun is not null && Walkthrough.AuthoredRun.ExitCode == 0, Transcript);
        var output = Walkthrough.AuthoredRun!.Output;

        // "the opening question, feedback on 2/6, a redirect for "just tell me", the first hint, and the confirmation of 3/4".
        Assert.Contains("Let's work on this together: What is 1/2 + 1/4? What do you notice about the denominators?", output, StringComparison.Ordinal);
        var feedback = output.IndexOf("> 2/6\n[Feedback] Not quite yet.", StringComparison.Ordinal);
        var redirect = output.IndexOf("> just tell me\n[Redirect] I won't give you the answer", StringComparison.Ordinal);
        var hint = output.IndexOf("> I don't know\n[Hint] Here is a hint: Fractions can only be added when they have the same denominator.", StringComparison.Ordinal);
        var done = output.IndexOf("> 3/4\n[Consolidate] Yes, 3/4 is right!", StringComparison.Ordinal);
        Assert.True(feedback >= 0 && redirect > feedback && hint > redirect && done > hint, Transcript);
    }

    [Fact]
    public void Readme_walkthrough_step_5_compiles_as_printed_and_falls_back_to_authored_content_without_a_server()
    {
        AssertPacked();
        Assert.True(Walkthrough.ModelRun is not null && Walkthrough.ModelRun.ExitCode == 0, Transcript);
        Assert.DoesNotContain(": warning ", Walkthrough.ModelRun!.Output, StringComparison.Ordinal);
        Assert.Contains("Let's work on this together: What is 1/2 + 1/4?", Walkthrough.ModelRun.Output, StringComparison.Ordinal);
    }
}
