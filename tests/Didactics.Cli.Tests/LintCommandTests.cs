using System.Runtime.CompilerServices;

namespace Didactics.Cli.Tests;

public sealed class LintCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "didactics-lint-" + Guid.NewGuid().ToString("N"));

    public LintCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string SampleStrategy([CallerFilePath] string caller = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(caller)!, "../../samples/strategies/retrieval-practice.strategy.sbn"));

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static async Task<(int ExitCode, string[] Lines, string Error)> LintAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await DidacticsCli.RunAsync(["lint", .. args], new CliConsole(new StringReader(""), output, error));
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray(), error.ToString());
    }

    private const string Strategy = """
        using Didactics;
        namespace Demo;
        [Strategy("demo")]
        [Phase("A", PhaseMove.Elicit, Start = true, Terminal = true, TemplateFile = "Templates/a.sbn")]
        [AnswerPolicy(Disclosure.Never)]
        internal partial class DemoStrategy { }
        """;

    [Fact]
    public async Task A_clean_folder_prints_nothing_and_exits_0()
    {
        Write("Strategies/retrieval-practice.strategy.sbn", SampleStrategy());
        Write("DemoStrategy.cs", Strategy);
        Write("Templates/a.sbn", "Ask about {{ Problem }}.");
        var (code, lines, error) = await LintAsync(_folder);
        Assert.Empty(lines);
        Assert.Equal(0, code);
        Assert.Contains("0 error(s), 0 warning(s)", error);
    }

    [Fact]
    public async Task Errors_in_cs_sbn_and_strategy_files_are_printed_as_file_line_col_and_exit_1()
    {
        Write("DemoStrategy.cs", Strategy);
        Write("Templates/a.sbn", "Ask about\n  {{ Problme }}.");
        Write("Templates/unused.sbn", "nobody");
        Write("bad.strategy.sbn", SampleStrategy().Replace("{ from: \"Recall\", on: \"DontKnow\", to: \"Hint\" }", "{ from: \"Recall\", on: \"DontKnow\", to: \"Hnit\" }"));
        Write("bin/Debug/ignored.strategy.sbn", "not even front matter");

        var (code, lines, _) = await LintAsync(_folder);
        Assert.Equal(1, code);
        Assert.Equal(
        [
            "Templates/a.sbn:2:6: error DID1007: Template of phase 'A' uses 'Problme', which the template model does not define; did you mean 'Problem'?",
            "Templates/unused.sbn:1:1: warning DID1011: Template file 'Templates/unused.sbn' is not used by any phase; reference it with TemplateFile or ContentFiles, or remove it from the project",
            $"bad.strategy.sbn:{LineOf(SampleStrategy(), "{ from: \"Recall\", on: \"DontKnow\"")}:41: error DID1004: Phase 'Hnit' is not declared in strategy 'retrieval-practice'; did you mean 'Hint'?",
        ], lines);
    }

    /// <summary>A folder of template files no strategy uses yet: each is parsed and its syntax errors are reported at their line.</summary>
    [Fact]
    public async Task Unused_template_files_are_parsed_and_every_path_is_relative_to_the_folder()
    {
        Write("Templates/greeting.sbn", "Hello {{ Learner }}.");
        Write("Templates/nested/broken.sbn", "Line one.\nLine two.\nNow {{ if Verdict == \"correct\" }}well done\n");
        Write("Templates/nested/stray.sbn", "Good.\n{{ end }}");

        var (code, lines, _) = await LintAsync(_folder);

        Assert.Equal(1, code);
        Assert.Equal(5, lines.Length);
        Assert.Equal("Templates/greeting.sbn:1:1: warning DID1011: Template file 'Templates/greeting.sbn' is not used by any phase; reference it with TemplateFile or ContentFiles, or remove it from the project", lines[0]);
        Assert.Equal("Templates/nested/broken.sbn:1:1: warning DID1011: Template file 'Templates/nested/broken.sbn' is not used by any phase; reference it with TemplateFile or ContentFiles, or remove it from the project", lines[1]);
        // The unclosed "if" on line 3 (Scriban reports it at the end of that line).
        Assert.StartsWith("Templates/nested/broken.sbn:3:", lines[2], StringComparison.Ordinal);
        Assert.Contains(": error DID1006: Template error in template file 'broken.sbn': Error while parsing if statement", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("Templates/nested/stray.sbn:1:1: warning DID1011: ", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("Templates/nested/stray.sbn:2:", lines[4], StringComparison.Ordinal);
        Assert.Contains(": error DID1006: Template error in template file 'stray.sbn': ", lines[4], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.DoesNotContain(_folder, line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pragma_warning_disable_applies_like_in_a_build()
    {
        Write("DemoStrategy.cs", """
            using Didactics;
            namespace Demo;
            [Strategy("demo")]
            #pragma warning disable DID1007
            [Phase("A", PhaseMove.Elicit, Start = true, Terminal = true, Template = "Hi {{ Lerner }}")]
            #pragma warning restore DID1007
            [AnswerPolicy(Disclosure.Never)]
            internal partial class DemoStrategy { }
            """);
        var (code, lines, _) = await LintAsync(_folder);
        Assert.Empty(lines);
        Assert.Equal(0, code);
    }

    [Fact]
    public async Task Warnings_only_exit_0()
    {
        Write("DemoStrategy.cs", Strategy);
        Write("Templates/a.sbn", "Ask.");
        Write("Templates/b.sbn", "Unused.");
        var (code, lines, _) = await LintAsync(_folder);
        Assert.Equal(0, code);
        Assert.Single(lines, l => l.Contains("warning DID1011", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_missing_or_absent_folder_is_a_usage_error_with_exit_2(bool giveFolder)
    {
        var (code, lines, error) = giveFolder ? await LintAsync(Path.Combine(_folder, "nope")) : await LintAsync();
        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.StartsWith("lint: ", error);
    }

    // The sample file evolves; find the 1-based line of the transition the test breaks instead of hard-coding it.
    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
