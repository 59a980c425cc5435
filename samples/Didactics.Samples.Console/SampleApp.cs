using System.ClientModel;
using System.CommandLine;
using System.Collections.Immutable;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace Didactics.Samples.Console;

/// <summary>
/// The console tutor: parses the options, builds the tutor (authored-content mode, or an OpenAI-compatible endpoint),
/// and runs one session over a text reader and writer so that it works in a terminal, with piped input, and in tests.
/// </summary>
public static class SampleApp
{
    /// <summary>Exit code for bad options (unknown option, bad URL, missing environment variable).</summary>
    public const int UsageError = 2;

    /// <summary>The built-in problem: adding fractions with unlike denominators, with hints and known misconceptions.</summary>
    public static Problem BuiltInProblem { get; } = new("fractions-add-halves-quarters", "What is 1/2 + 1/4?", "3/4", AnswerKind.Fraction)
    {
        Hints =
        [
            "Fractions can only be added when their pieces have the same size: halves and quarters are not the same size yet.",
            "Which denominator could both halves and quarters be written in?",
            "How many quarters make one half?",
            "Write 1/2 in quarters, then add the quarters together. How many quarters do you have?",
        ],
        Misconceptions =
        [
            new("2/6", "It looks like the numerators were added and the denominators were added too; the denominator only says how big the pieces are."),
        ],
        Skills = ["fraction-addition", "common-denominator"],
        Example = new WorkedExample("What is 1/3 + 1/6?",
        [
            "Make the pieces the same size: 1/3 = 2/6.",
            "Add the sixths: 2/6 + 1/6 = 3/6.",
            "Simplify: 3/6 = 1/2.",
        ]),
    };

    /// <summary>The strategies the sample can run, by the name given to <c>--strategy</c>.</summary>
    public static IReadOnlyDictionary<string, Func<IStrategy>> Strategies { get; } = new Dictionary<string, Func<IStrategy>>(StringComparer.OrdinalIgnoreCase)
    {
        ["socratic"] = static () => new Didactics.SocraticStrategy(),
        ["scaffolded-feedback"] = static () => new Didactics.ScaffoldedFeedbackStrategy(),
        ["worked-example"] = static () => new Didactics.WorkedExampleStrategy(),
        ["fractions"] = static () => new FractionsTutor(),
        ["retrieval-practice"] = static () => new Strategies.RetrievalPracticeStrategy(), // from samples/strategies/retrieval-practice.strategy.sbn
    };

    /// <summary>Runs the sample with the process's console and environment.</summary>
    public static Task<int> RunAsync(string[] args) =>
        RunAsync(args, System.Console.In, System.Console.Out, System.Console.Error, echoInput: System.Console.IsInputRedirected, Environment.GetEnvironmentVariable);

    /// <summary>Runs the sample.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="input">Where learner lines come from, one per line.</param>
    /// <param name="output">Where the session is written.</param>
    /// <param name="error">Where errors and notes are written.</param>
    /// <param name="echoInput">True when the input is not a terminal: each learner line is echoed after <c>&gt; </c> so the output reads as a transcript.</param>
    /// <param name="environment">Reads environment variables (for <c>--api-key-env</c>).</param>
    /// <param name="cancellationToken">Ends the session.</param>
    /// <returns>0 when the session ended or the input ended, 2 for bad options.</returns>
    public static async Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, bool echoInput, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(environment);

        var endpoint = new Option<string?>("--endpoint") { Description = "Base URL of an OpenAI-compatible API, e.g. http://localhost:11434/v1 (without it the tutor runs on authored content, no model)." };
        var model = new Option<string?>("--model") { Description = "The model name to request from --endpoint." };
        var apiKeyEnv = new Option<string?>("--api-key-env") { Description = "Name of the environment variable that holds the API key for --endpoint (omit for endpoints without keys)." };
        var problemText = new Option<string?>("--problem") { Description = "Work on this problem instead of the built-in one (needs --answer)." };
        var answer = new Option<string?>("--answer") { Description = "The reference answer of --problem, e.g. 5/6, 0.75 or x = 4. It never goes to the model." };
        var showEvents = new Option<bool>("--show-events") { Description = "Print each turn's phase, learner signal and the guard/policy events." };
        var strategy = new Option<string>("--strategy")
        {
            Description = "The strategy to run: socratic (built-in, the default), scaffolded-feedback (built-in), worked-example (built-in), fractions (a C# class in this sample) or retrieval-practice (a template file, samples/strategies).",
            DefaultValueFactory = _ => "socratic",
        };
        strategy.AcceptOnlyFromAmong([.. Strategies.Keys]);
        var card = new Option<bool>("--card") { Description = "Print the strategy's transparency card (JSON manifest and Mermaid phase diagram) and exit." };

        var root = new RootCommand("A tutor built with Didactics (Socratic questioning on a fractions problem by default). Type your thinking after '> '; /quit ends the session.")
        {
            endpoint, model, apiKeyEnv, problemText, answer, showEvents, strategy, card,
        };

        var exitCode = 0;
        root.SetAction(async (result, ct) =>
        {
            if (result.GetValue(card))
            {
                exitCode = await PrintCardAsync(Strategies[result.GetValue(strategy) ?? "socratic"](), output).ConfigureAwait(false);
                return exitCode;
            }

            var options = new SessionOptions(
                result.GetValue(endpoint), result.GetValue(model), result.GetValue(apiKeyEnv),
                result.GetValue(problemText), result.GetValue(answer), result.GetValue(showEvents), result.GetValue(strategy) ?? "socratic");
            exitCode = await RunSessionAsync(options, input, output, error, echoInput, environment, ct).ConfigureAwait(false);
            return exitCode;
        });

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync("error: " + parseError.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run with --help to see the options.").ConfigureAwait(false);
            return UsageError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> PrintCardAsync(IStrategy strategy, TextWriter output)
    {
        var card = strategy.Descriptor.TransparencyCard;
        if (card is null)
        {
            await output.WriteLineAsync($"Strategy '{strategy.Descriptor.Name}' has no transparency card (it was not generated by the Didactics generator).").ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync(card.Json).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(card.Mermaid).ConfigureAwait(false);
        return 0;
    }

    private sealed record SessionOptions(string? Endpoint, string? Model, string? ApiKeyEnv, string? Problem, string? Answer, bool ShowEvents, string Strategy);

    private static async Task<int> RunSessionAsync(
        SessionOptions options, TextReader input, TextWriter output, TextWriter error, bool echoInput, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        if (!TryCreateProblem(options, out var problem, out var problemError))
        {
            await error.WriteLineAsync("error: " + problemError).ConfigureAwait(false);
            return UsageError;
        }

        if (!TryCreateModel(options, environment, out var chatClient, out var modelError))
        {
            await error.WriteLineAsync("error: " + modelError).ConfigureAwait(false);
            return UsageError;
        }

        using var ownedClient = chatClient;
        var tutor = new Tutor(Strategies[options.Strategy](), chatClient);
        var mode = chatClient is null ? "authored content (no model)" : $"model '{options.Model}' at {options.Endpoint}";
        await output.WriteLineAsync($"Didactics sample tutor · strategy {tutor.Pipeline.Strategy.Descriptor.Name} · {mode}").ConfigureAwait(false);
        await output.WriteLineAsync($"Problem: {problem.Statement}").ConfigureAwait(false);
        await output.WriteLineAsync("Type your thinking or your answer; /quit ends the session.").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);

        var session = await tutor.StartAsync(problem, cancellationToken: cancellationToken).ConfigureAwait(false);
        var modelFailureNoted = false;
        modelFailureNoted = await WriteTurnAsync(session.Opening, options.ShowEvents, output, error, modelFailureNoted).ConfigureAwait(false);

        while (!cancellationToken.IsCancellationRequested)
        {
            if (!echoInput)
            {
                await output.WriteAsync("> ").ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                await output.WriteLineAsync().ConfigureAwait(false);
                await output.WriteLineAsync($"End of input: session left open in phase {session.Last.Phase} after {session.Last.State.Attempts} attempt(s).").ConfigureAwait(false);
                return 0;
            }

            if (echoInput)
            {
                await output.WriteLineAsync("> " + line).ConfigureAwait(false);
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (string.Equals(line, "/quit", StringComparison.OrdinalIgnoreCase))
            {
                await output.WriteLineAsync($"Session closed in phase {session.Last.Phase} after {session.Last.State.Attempts} attempt(s).").ConfigureAwait(false);
                return 0;
            }

            var turn = await session.SendAsync(line, cancellationToken).ConfigureAwait(false);
            modelFailureNoted = await WriteTurnAsync(turn, options.ShowEvents, output, error, modelFailureNoted).ConfigureAwait(false);
            if (turn.Ended)
            {
                await output.WriteLineAsync().ConfigureAwait(false);
                var disclosure = turn.State.Disclosed ? "the tutor disclosed the answer in a reveal phase" : "the answer was never disclosed by the tutor";
                await output.WriteLineAsync($"Session complete: solved in {turn.State.Attempts} attempt(s) with {turn.State.HintLevel} hint(s); {disclosure}.").ConfigureAwait(false);
                return 0;
            }
        }

        return 0;
    }

    private static async Task<bool> WriteTurnAsync(DidacticTurn turn, bool showEvents, TextWriter output, TextWriter error, bool modelFailureNoted)
    {
        if (showEvents)
        {
            await output.WriteLineAsync($"  [phase {turn.Phase} · signal {turn.Signal} · verdict {turn.Plan.Verdict.Word}]").ConfigureAwait(false);
            foreach (var e in turn.Events)
            {
                await output.WriteLineAsync($"  [event {e.Kind}: {e.Detail}]").ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync("Tutor: " + turn.Reply.Trim()).ConfigureAwait(false);

        // A failing model is easy to miss because the pipeline falls back to authored content: say so once.
        if (!modelFailureNoted && !showEvents)
        {
            foreach (var e in turn.Events)
            {
                if (e.Kind == TurnEventKind.ModelFailed)
                {
                    await error.WriteLineAsync($"note: the model failed ({e.Detail}); replies come from authored content. Run with --show-events for details.").ConfigureAwait(false);
                    return true;
                }
            }
        }

        return modelFailureNoted;
    }

    private static bool TryCreateProblem(SessionOptions options, out Problem problem, out string message)
    {
        problem = BuiltInProblem;
        message = "";
        if (options.Problem is null && options.Answer is null)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(options.Problem) || string.IsNullOrWhiteSpace(options.Answer))
        {
            message = "--problem and --answer go together: give the problem text and its reference answer, e.g. --problem \"What is 1/3 + 1/2?\" --answer 5/6.";
            return false;
        }

        var value = options.Answer.Trim();
        var kind = value.Contains('=') ? AnswerKind.Expression
            : value.Any(char.IsDigit) ? AnswerKind.Number
            : AnswerKind.Text;
        problem = new Problem("custom", options.Problem.Trim(), ImmutableArray.Create(new ReferenceAnswer(value, kind)));
        return true;
    }

    private static bool TryCreateModel(SessionOptions options, Func<string, string?> environment, out IChatClient? client, out string message)
    {
        client = null;
        message = "";
        if (options.Endpoint is null)
        {
            if (options.Model is not null || options.ApiKeyEnv is not null)
            {
                message = "--model and --api-key-env need --endpoint (the base URL of an OpenAI-compatible API, e.g. http://localhost:11434/v1).";
                return false;
            }

            return true;
        }

        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            message = $"--endpoint '{options.Endpoint}' is not an absolute http:// or https:// URL; give the API's base URL, e.g. http://localhost:11434/v1.";
            return false;
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            message = "--endpoint needs --model: the name of the model to request, e.g. --model llama3.2.";
            return false;
        }

        // Local OpenAI-compatible servers often need no key, but the client requires a non-empty credential.
        var key = "no-key";
        if (options.ApiKeyEnv is not null)
        {
            var value = environment(options.ApiKeyEnv);
            if (string.IsNullOrEmpty(value))
            {
                message = $"--api-key-env names the environment variable '{options.ApiKeyEnv}', but it is not set or empty; export it first (export {options.ApiKeyEnv}=...).";
                return false;
            }

            key = value;
        }

        client = new ChatClient(options.Model, new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = uri }).AsIChatClient();
        return true;
    }
}
