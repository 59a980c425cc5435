using Didactics.Certification;
using Didactics.Tests.Shared;

namespace Didactics.Cli.Tests;

/// <summary>The exit codes and output of <see cref="CertifyCommandRunner"/>, called with <see cref="CertifyOptions"/> directly.</summary>
public sealed class CertifyCommandRunnerTests
{
    [Fact]
    public async Task Certify_command_exit_codes()
    {
        var dir = CertifyCommandTests.TempDir();
        var suitePath = Path.Combine(dir, "s.yaml");
        File.WriteAllText(suitePath, "suite: s\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: 'What is 7 × 8?', answer: '56' }\n    persona: correct-first-try\n");
        var good = Path.Combine(dir, "good.sh");
        File.WriteAllText(good, "while read line; do echo '{\"content\":\"Yes, that is correct! How did you work it out?\"}'; done\n");
        var bad = Path.Combine(dir, "bad.sh");
        File.WriteAllText(bad, "while read line; do echo '{\"content\":\"No.\"}'; done\n");

        async Task<(int Code, string Out, string Err)> Run(CertifyOptions options)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await new CertifyCommandRunner(output, error, interactive: false).RunAsync(options);
            return (code, output.ToString(), error.ToString());
        }

        var pass = await Run(new CertifyOptions { Suite = suitePath, Out = Path.Combine(dir, "out1"), TutorCommand = $"bash {good}" });
        Assert.Equal(0, pass.Code);
        Assert.Contains("[1/1] s/a: Passed", pass.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "out1", "certificate.json")));

        var fail = await Run(new CertifyOptions { Suite = suitePath, Out = Path.Combine(dir, "out2"), TutorCommand = $"bash {bad}" });
        Assert.Equal(1, fail.Code);
        Assert.Contains("FAIL:", fail.Out, StringComparison.Ordinal);

        var noTutor = await Run(new CertifyOptions { Suite = suitePath, Out = Path.Combine(dir, "out3") });
        Assert.Equal(2, noTutor.Code);
        Assert.Contains("exactly one tutor", noTutor.Err, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(dir, "broken.yaml"), "suite: s\nversion: 1\nscenarios:\n  - id: a\n    persona: confused\n");
        var broken = await Run(new CertifyOptions { Suite = Path.Combine(dir, "broken.yaml"), Out = Path.Combine(dir, "out4"), TutorCommand = "true" });
        Assert.Equal(2, broken.Code);
        Assert.Contains("broken.yaml(4,5): error: Scenario 'a' has no 'problem'", broken.Err, StringComparison.Ordinal);

        var missingKey = await Run(new CertifyOptions { Suite = suitePath, Out = Path.Combine(dir, "out5"), Endpoint = "http://127.0.0.1:9/v1", Model = "m", ApiKeyEnv = "DIDACTICS_TEST_UNSET_" + Guid.NewGuid().ToString("N") });
        Assert.Equal(2, missingKey.Code);
        Assert.Contains("is not set", missingKey.Err, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(dir, "judged.yaml"), "suite: j\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: confused\n    checks: [judge-tone]\n");
        var judged = await Run(new CertifyOptions { Suite = Path.Combine(dir, "judged.yaml"), Out = Path.Combine(dir, "out6"), TutorCommand = "true" });
        Assert.Equal(2, judged.Code);
        Assert.Contains("--judge-endpoint", judged.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certify_command_against_an_endpoint_with_an_api_key_variable()
    {
        await using var stub = new ChatCompletionsStub(_ => "Let's look at 7 × 8 together. What is 7 × 4?");
        var variable = "DIDACTICS_TEST_KEY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "sk-test");
        try
        {
            var dir = CertifyCommandTests.TempDir();
            var suitePath = Path.Combine(dir, "s.yaml");
            File.WriteAllText(suitePath, "suite: s\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: 'What is 7 × 8?', answer: '56' }\n    persona: confused\n    turns: 1\n");
            var output = new StringWriter();
            var code = await new CertifyCommandRunner(output, new StringWriter(), interactive: false).RunAsync(new CertifyOptions
            {
                Suite = suitePath, Out = Path.Combine(dir, "out"), Endpoint = stub.BaseUrl, Model = "stub-model", ApiKeyEnv = variable,
            });
            Assert.Equal(0, code);
            Assert.Equal("Bearer sk-test", stub.Requests.Last().Authorization);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
