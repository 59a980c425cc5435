using System.CommandLine;
using Didactics.Certification;

namespace Didactics.Cli;

/// <summary>
/// <c>didactics certify --suite FILE_OR_DIR (--endpoint URL --model NAME [--api-key-env VAR] [--strategy NAME] [--stream] | --tutor-command "CMD" [--tutor-opening]) --out DIR</c>:
/// runs certification suites against a tutor and writes report.json, report.md, junit.xml, report.html and
/// certificate.json. Exit code 0 when the tutor meets every suite's criteria, 1 when it does not (or the run was
/// cancelled with Ctrl+C, which still writes a partial report), 2 on usage or input errors. The console side lives in
/// <see cref="CertifyCommandRunner"/> and the certification itself in <see cref="CertificationJob"/>; this file only maps
/// the command line onto <see cref="CertifyOptions"/>.
/// </summary>
internal static class CertifyCommand
{
    /// <summary>The command name.</summary>
    public const string Name = "certify";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        // No option is marked Required: the runner validates them and answers a usage error with exit code 2.
        var suite = new Option<string>("--suite", "-s") { Description = "A suite file (YAML or JSON) or a directory of suite files." };
        var output = new Option<string>("--out", "-o") { Description = "The directory for the reports." };
        var endpoint = new Option<string>("--endpoint") { Description = "Base URL of an OpenAI-compatible endpoint to certify, e.g. http://127.0.0.1:8080/v1." };
        var model = new Option<string>("--model") { Description = "The model name at --endpoint." };
        var apiKeyEnv = new Option<string>("--api-key-env") { Description = "The environment variable that holds the API key (for all endpoints)." };
        var tutorCommand = new Option<string>("--tutor-command") { Description = "A program to certify: started per scenario, one JSON line per turn on stdin/stdout." };
        var strategy = new Option<string>("--strategy") { Description = "Certify a Didactics pipeline running this built-in strategy (socratic, scaffolded-feedback, worked-example) over the model at --endpoint." };
        var stream = new Option<bool>("--stream") { Description = "Stream the replies of the --endpoint tutor (as learners would see them)." };
        var tutorOpening = new Option<bool>("--tutor-opening") { Description = "Ask the --tutor-command for its opening turn first (a line with \"opening\": true)." };
        var concurrency = new Option<int>("--concurrency") { Description = "Scenarios run at the same time.", DefaultValueFactory = _ => 8 };
        var turnTimeout = new Option<double>("--turn-timeout") { Description = "Seconds one tutor reply may take.", DefaultValueFactory = _ => 60 };
        var retries = new Option<int>("--retries") { Description = "Retries of transient failures (HTTP 408/429/5xx, network errors).", DefaultValueFactory = _ => 2 };
        var seed = new Option<int>("--seed") { Description = "The run seed (simulated learners derive theirs from it).", DefaultValueFactory = _ => 1 };
        var judgeEndpoint = new Option<string>("--judge-endpoint") { Description = "OpenAI-compatible endpoint of the judge for model-judged checks." };
        var judgeModel = new Option<string>("--judge-model") { Description = "The judge model." };
        var learnerEndpoint = new Option<string>("--learner-endpoint") { Description = "OpenAI-compatible endpoint for model-driven learners." };
        var learnerModel = new Option<string>("--learner-model") { Description = "The learner model." };

        var command = new Command(Name, "Certify a tutor against suites and write the reports and the certificate.")
        {
            suite, output, endpoint, model, apiKeyEnv, tutorCommand, strategy, stream, tutorOpening, concurrency, turnTimeout, retries, seed,
            judgeEndpoint, judgeModel, learnerEndpoint, learnerModel,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new CertifyOptions
            {
                Suite = parse.GetValue(suite) ?? "",
                Out = parse.GetValue(output) ?? "",
                Endpoint = parse.GetValue(endpoint),
                Model = parse.GetValue(model),
                ApiKeyEnv = parse.GetValue(apiKeyEnv),
                TutorCommand = parse.GetValue(tutorCommand),
                Strategy = parse.GetValue(strategy),
                Stream = parse.GetValue(stream),
                TutorOpening = parse.GetValue(tutorOpening),
                Concurrency = parse.GetValue(concurrency),
                TurnTimeoutSeconds = parse.GetValue(turnTimeout),
                Retries = parse.GetValue(retries),
                Seed = parse.GetValue(seed),
                JudgeEndpoint = parse.GetValue(judgeEndpoint),
                JudgeModel = parse.GetValue(judgeModel),
                LearnerEndpoint = parse.GetValue(learnerEndpoint),
                LearnerModel = parse.GetValue(learnerModel),
            };

            // A live progress bar only when writing to a real terminal; plain lines for pipes, CI and tests.
            var interactive = ReferenceEquals(console.Out, Console.Out) && !Console.IsOutputRedirected;

            // Ctrl+C cancels the token: the runner stops, and the partial report is still written.
            return new CertifyCommandRunner(console.Out, console.Error, interactive).RunAsync(options, cancellationToken);
        });
        return command;
    }
}
