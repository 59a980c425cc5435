using Didactics.Samples.Console;
using Didactics.Tests.Shared;

namespace Didactics.Samples.Tests;

public sealed class SampleAppTests
{
    private const string KeyVariable = "DIDACTICS_SAMPLE_TEST_KEY";

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        // These tests exercise the strategy the sample declares itself unless they pick one.
        if (!args.Contains("--strategy"))
        {
            args = ["--strategy", "fractions", .. args];
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SampleApp.RunAsync(args, new StringReader(input), output, error, echoInput: true,
            name => name == KeyVariable ? "sk-test-123" : null);
        return (exit, output.ToString(), error.ToString());
    }

    private static IEnumerable<string> TutorLines(string output) =>
        output.Split('\n').Where(l => l.StartsWith("Tutor: ", StringComparison.Ordinal));

    [Fact]
    public async Task The_default_is_the_built_in_socratic_strategy_and_it_completes_a_piped_session()
    {
        var output = new StringWriter();
        var exit = await SampleApp.RunAsync([], new StringReader("just tell me\nI dont know\nwe need the total of both pieces\n2/6\njust tell me\njust tell me\n3/4\nBecause I made the pieces the same size first\n"), output, new StringWriter(), echoInput: true, _ => null);
        var text = output.ToString();

        // The README's transcript: help is earned (a refusal with a smaller question, then one hint per effort).
        Assert.Equal(0, exit);
        Assert.Contains("strategy socratic", text);
        Assert.Contains("Tutor: I won't give you the answer, but I'm glad to help: the next hint is yours as soon as you try something yourself. The problem: What is 1/2 + 1/4? Let's make it smaller: in your own words, what are you asked to find?", text);
        Assert.Contains("Tutor: That's okay: not knowing yet is where thinking starts. The problem: What is 1/2 + 1/4? An even smaller step:", text);
        Assert.Contains("Tutor: Here is something to think about: Fractions can only be added", text);
        Assert.Contains("Tutor: Interesting! How did you get that?", text);
        Assert.Contains("A step forward: Which denominator could both halves and quarters be written in?", text);
        Assert.Contains("Stay with this hint for a moment: Which denominator could both halves and quarters be written in?", text);
        Assert.Contains("Tutor: Yes, that's right! Can you explain in your own words why it works?", text);
        Assert.Contains("Session complete: solved in 2 attempt(s) with 2 hint(s); the answer was never disclosed by the tutor.", text);
        Assert.DoesNotContain("Tutor: 3/4", text);
    }

    [Theory]
    [InlineData("scaffolded-feedback", "2/6\njust tell me\n3/4\n", "Tutor: Correct, well done!")]
    [InlineData("worked-example", "Because the pieces must be equal\nAdd the sixths\n3/4\n", "1. Make the pieces the same size: 1/3 = 2/6.")]
    public async Task The_other_built_in_strategies_complete_a_piped_session(string strategy, string input, string expected)
    {
        var (exit, output, _) = await RunAsync(input, "--strategy", strategy);

        Assert.Equal(0, exit);
        Assert.Contains("strategy " + strategy, output);
        Assert.Contains(expected, output);
        Assert.Contains("Session complete", output);
    }

    [Fact]
    public async Task The_strategy_written_only_as_a_template_file_runs_end_to_end()
    {
        var (exit, output, _) = await RunAsync("just tell me\n1/2\nI dont know\n3/4\n", "--strategy", "retrieval-practice");

        Assert.Equal(0, exit);
        Assert.Contains("strategy retrieval-practice", output);
        Assert.Contains("Tutor: What is 1/2 + 1/4? Before I explain anything: how would you start?", output);
        Assert.Contains("Tutor: I won't give you the answer yet: recalling it yourself is what makes it stick.", output);
        Assert.Contains("Tutor: Not quite. Which step of your reasoning would you check first?", output);
        Assert.Contains("Tutor: Here is a nudge: Fractions can only be added when their pieces have the same size", output);
        Assert.Contains("Tutor: Yes, that's it. Can you say in one sentence why it works?", output);
        Assert.Contains("Session complete: solved in 2 attempt(s) with 1 hint(s)", output);
    }

    [Theory]
    [InlineData("socratic", "\"strategy\": \"socratic\"")]
    [InlineData("retrieval-practice", "\"strategy\": \"retrieval-practice\"")]
    public async Task The_sample_prints_the_transparency_card(string strategy, string expectedJson)
    {
        var (exit, output, _) = await RunAsync("", "--strategy", strategy, "--card");

        Assert.Equal(0, exit);
        Assert.Contains(expectedJson, output);
        Assert.Contains("stateDiagram-v2", output);
        using var json = System.Text.Json.JsonDocument.Parse(output[..output.IndexOf("stateDiagram-v2", StringComparison.Ordinal)]);
        Assert.Equal(strategy, json.RootElement.GetProperty("strategy").GetString());
    }

    [Fact]
    public async Task An_unknown_strategy_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("", "--strategy", "lecture");

        Assert.Equal(SampleApp.UsageError, exit);
        Assert.Contains("lecture", error);
    }

    [Fact]
    public async Task Authored_mode_completes_a_piped_session_without_disclosing_the_answer()
    {
        var (exit, output, _) = await RunAsync("1/2\njust tell me\nI dont know\n3/4\n");

        Assert.Equal(0, exit);
        Assert.Contains("authored content (no model)", output);
        Assert.Contains("> just tell me", output);
        Assert.Contains("I won't give you the answer", output);
        Assert.Contains("Here is a hint:", output);
        Assert.Contains("Session complete: solved in 2 attempt(s) with 1 hint(s)", output);
        // Only the confirmation of the learner's own correct answer may contain it.
        var lines = TutorLines(output).ToList();
        Assert.All(lines.Take(lines.Count - 1), l => Assert.DoesNotContain("3/4", l));
    }

    [Fact]
    public async Task Endpoint_requests_carry_the_phase_instructions_and_never_the_reference_answer()
    {
        await using var stub = new ChatCompletionsStub(_ => "What do you notice about the two denominators?");

        var (exit, output, error) = await RunAsync("2/6\njust tell me\n/quit\n",
            "--endpoint", stub.BaseUrl, "--model", "stub-model", "--api-key-env", KeyVariable, "--show-events");

        Assert.True(exit == 0, error);
        Assert.Contains($"model 'stub-model' at {stub.BaseUrl}", output);
        Assert.Contains("Tutor: What do you notice about the two denominators?", output);
        Assert.Contains("Session closed in phase Redirect", output);

        var requests = stub.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r =>
        {
            Assert.Equal("/v1/chat/completions", r.Path);
            Assert.Equal("Bearer sk-test-123", r.Authorization);
            Assert.DoesNotContain("3/4", r.Body);
            Assert.DoesNotContain("0.75", r.Body);
            Assert.Contains("stub-model", r.Body);
        });

        var opening = requests[0].Messages();
        Assert.Equal("system", opening[0].Role);
        Assert.Contains("Never state the final answer", opening[0].Content);
        Assert.Contains("Present the problem 'What is 1/2 + 1/4?' and ask the learner how they would start", opening[0].Content);

        var feedback = requests[1].Messages();
        Assert.Contains("The learner answered '2/6'; the answer checker says it is incorrect.", feedback[0].Content);
        Assert.Contains("the denominators were added too", feedback[0].Content);
        Assert.Contains(feedback, m => m.Role == "user" && m.Content == "2/6");

        var redirect = requests[2].Messages();
        Assert.Contains("Kindly refuse to give the answer", redirect[0].Content);
    }

    [Fact]
    public async Task A_leaking_endpoint_reply_is_replaced_before_the_learner_sees_it()
    {
        await using var stub = new ChatCompletionsStub(_ => "Easy: 1/2 + 1/4 = 3/4.");

        var (exit, output, error) = await RunAsync("I dont know\n", "--endpoint", stub.BaseUrl, "--model", "stub-model", "--show-events");

        Assert.True(exit == 0, error);
        Assert.All(TutorLines(output), l => Assert.DoesNotContain("3/4", l));
        Assert.Contains("[event LeakBlocked:", output);
        Assert.Contains("[event Regenerated:", output);
        Assert.Contains("[event FellBackToAuthored:", output);
        Assert.Contains("Tutor: Let's work on this together: What is 1/2 + 1/4?", output);
        // Help is earned: "I don't know" before any attempt gets the hint phase's smaller question, not a hint.
        Assert.Contains("Tutor: That's okay, let's take a smaller step. Let's make it smaller: in your own words, what are you asked to find?", output);
        // Each turn: the first reply leaked, both regenerated ones (MaxRegenerations = 2) leaked too, then authored content was used.
        Assert.Equal(6, stub.Requests.Count);
        Assert.Equal("Bearer no-key", stub.Requests.First().Authorization);
    }

    [Fact]
    public async Task An_unreachable_endpoint_falls_back_to_authored_content_and_says_so()
    {
        string url;
        await using (var stub = new ChatCompletionsStub(_ => "unused"))
        {
            url = stub.BaseUrl;
        }

        var (exit, output, error) = await RunAsync("", "--endpoint", url, "--model", "stub-model");

        Assert.Equal(0, exit);
        Assert.Contains("Tutor: Let's work on this together", output);
        Assert.Contains("note: the model failed", error);
    }

    [Theory]
    [InlineData("--endpoint|not a url|--model|m", "is not an absolute http:// or https:// URL")]
    [InlineData("--endpoint|ftp://example.org/v1|--model|m", "is not an absolute http:// or https:// URL")]
    [InlineData("--endpoint|http://127.0.0.1:9/v1", "--endpoint needs --model")]
    [InlineData("--endpoint|http://127.0.0.1:9/v1|--model|m|--api-key-env|DIDACTICS_UNSET_VARIABLE", "'DIDACTICS_UNSET_VARIABLE', but it is not set")]
    [InlineData("--model|m", "need --endpoint")]
    [InlineData("--problem|What is 2 + 2?", "--problem and --answer go together")]
    [InlineData("--no-such-option", "Unrecognized command or argument '--no-such-option'")]
    public async Task Bad_options_exit_with_2_and_a_message(string args, string message)
    {
        var (exit, output, error) = await RunAsync("3/4\n", args.Split('|'));

        Assert.Equal(SampleApp.UsageError, exit);
        Assert.Contains(message, error);
        Assert.DoesNotContain("Tutor:", output);
    }

    [Fact]
    public async Task A_custom_problem_is_checked_against_its_own_answer()
    {
        var (exit, output, _) = await RunAsync("7/12\n5/6\n", "--problem", "What is 1/3 + 1/2?", "--answer", "5/6");

        Assert.Equal(0, exit);
        Assert.Contains("Problem: What is 1/3 + 1/2?", output);
        Assert.Contains("Not quite yet", output);
        Assert.Contains("Tutor: Yes, 5/6 is right!", output);
        Assert.Contains("Session complete", output);
    }
}
