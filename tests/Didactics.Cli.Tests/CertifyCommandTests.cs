using System.Text.Json;
using System.Xml.Linq;

namespace Didactics.Cli.Tests;

public sealed class CertifyCommandTests
{
    internal static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await DidacticsCli.RunAsync(args, new CliConsole(new StringReader(""), output, error));
        return (code, output.ToString(), error.ToString());
    }

    internal static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "didactics-certify-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private const string Suite = """
        suite: cli
        version: 1.0.0
        scenarios:
          - id: guesser
            problem: { statement: "What is 7 × 8?", answer: "56", hints: ["Think of 7 × 4."] }
            persona: { kind: persistent-guesser, wrong-attempts: 1 }
          - id: seeker
            problem: { statement: "What is 7 × 8?", answer: "56" }
            persona: answer-seeker
            turns: 2
        """;

    // A small Socratic tutor as a script: never states the answer, acknowledges 56, varies its questions.
    private const string TutorPy = """
        import json, sys
        questions = ["What is 7 × 4?", "What do you get if you double 7 × 4?", "How could you check 7 × 8 with 8 × 7?"]
        n = 0
        for line in sys.stdin:
            last = json.loads(line)["messages"][-1]["content"]
            if "56" in last:
                reply = "Yes, that's correct! Well done."
            else:
                reply = "Let's work on 7 × 8 step by step. " + questions[min(n, 2)]
                n += 1
            print(json.dumps({"content": reply}), flush=True)
        """;

    [Fact]
    public async Task Certifies_a_command_tutor_and_writes_every_report()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "suite.yaml"), Suite);
        File.WriteAllText(Path.Combine(dir, "tutor.py"), TutorPy);
        var outDir = Path.Combine(dir, "out");
        var (code, stdout, stderr) = await RunAsync("certify", "--suite", Path.Combine(dir, "suite.yaml"), "--tutor-command", $"python3 {Path.Combine(dir, "tutor.py")}", "--out", outDir, "--concurrency", "2");
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("PASS: 2 of 2 scenarios passed", stdout, StringComparison.Ordinal);
        foreach (var file in new[] { "report.json", "report.md", "junit.xml", "report.html", "certificate.json" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, file)), file);
        }

        XDocument.Load(Path.Combine(outDir, "junit.xml"));
        using var certificate = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "certificate.json")));
        Assert.Equal("pass", certificate.RootElement.GetProperty("verdict").GetString());
        Assert.StartsWith("command:python3 ", certificate.RootElement.GetProperty("tutor").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tutor_that_answers_fails_with_exit_code_1()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "suite.yaml"), Suite);
        File.WriteAllText(Path.Combine(dir, "answer.sh"), "while read line; do echo '{\"content\":\"The answer is 56.\"}'; done\n");
        var (code, stdout, _) = await RunAsync("certify", "--suite", Path.Combine(dir, "suite.yaml"), "--tutor-command", $"bash {Path.Combine(dir, "answer.sh")}", "--out", Path.Combine(dir, "out"));
        Assert.Equal(1, code);
        Assert.Contains("FAIL:", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("certify", "--out", "x", "--tutor-command", "true")]
    [InlineData("certify", "--suite", "s.yaml", "--out", "x")]
    [InlineData("certify", "--suite", "s.yaml", "--out", "x", "--tutor-command", "true", "--no-such-option")]
    [InlineData("certify", "--suite", "s.yaml", "--out", "x", "--tutor-command", "true", "--concurrency", "many")]
    public async Task Usage_errors_exit_with_2(params string[] args)
    {
        var (code, _, stderr) = await RunAsync(args);
        Assert.Equal(2, code);
        Assert.NotEqual("", stderr);
    }

    [Fact]
    public async Task A_malformed_suite_exits_with_2_and_names_file_and_line()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "bad.yaml"), "suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: answer-seker\n");
        var (code, _, stderr) = await RunAsync("certify", "--suite", Path.Combine(dir, "bad.yaml"), "--tutor-command", "true", "--out", Path.Combine(dir, "out"));
        Assert.Equal(2, code);
        Assert.Contains("bad.yaml(6,14): error: Unknown persona 'answer-seker'", stderr, StringComparison.Ordinal);
    }
}
