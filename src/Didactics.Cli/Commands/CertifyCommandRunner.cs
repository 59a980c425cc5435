using System.Globalization;
using Didactics.Certification;
using Spectre.Console;

namespace Didactics.Cli;

/// <summary>
/// The console side of <c>didactics certify</c>: sets up a <see cref="CertificationJob"/>, runs it with a live progress
/// bar on a terminal and plain lines otherwise, writes the reports, prints the summary, and returns the exit code
/// (0 certified, 1 not certified or cancelled, 2 usage or input error).
/// </summary>
internal sealed class CertifyCommandRunner(TextWriter output, TextWriter error, bool interactive)
{
    /// <summary>Exit code: the tutor meets every suite's criteria.</summary>
    public const int Certified = 0;

    /// <summary>Exit code: the tutor does not meet the criteria (or the run was cancelled).</summary>
    public const int NotCertified = 1;

    /// <summary>Exit code: bad options or a malformed suite.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command. Cancelling <paramref name="cancellationToken"/> (Ctrl+C) writes a partial report.</summary>
    public async Task<int> RunAsync(CertifyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!CertificationJob.TryCreate(options, out var job, out var errors))
        {
            foreach (var line in errors)
            {
                await error.WriteLineAsync(line).ConfigureAwait(false);
            }

            return UsageError;
        }

        CertificationRun run;
        if (interactive)
        {
            run = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape($"Certifying {job!.Tutor.Identity}"), maxValue: job.ScenarioCount);
                    return await job.RunAsync(_ => task.Increment(1), cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            var gate = new object();
            var done = 0;
            run = await job!.RunAsync(r =>
            {
                lock (gate)
                {
                    done++;
                    output.WriteLine($"[{done}/{job.ScenarioCount}] {r.Suite}/{r.Scenario}: {r.Status}{(r.Error is null ? "" : " - " + r.Error)}");
                }
            }, cancellationToken).ConfigureAwait(false);
        }

        // The reports are written even when the run was cancelled: a partial report is better than none.
        var certificate = await ReportWriter.WriteAsync(run, options.Out, CancellationToken.None).ConfigureAwait(false);
        await output.WriteLineAsync(string.Format(CultureInfo.InvariantCulture,
            "{0}: {1} of {2} scenarios passed; answer-reveal rate {3:0.#} % ({4}/{5} replies); help without effort {6:0.00} per attempt ({7} scenario(s) over the allowance). Reports in {8}.",
            certificate.Verdict.ToUpperInvariant(), run.Scenarios.Count(s => s.Status == ScenarioStatus.Passed), run.Scenarios.Count,
            run.AnswerRevealRate * 100, run.RevealedTurns, run.RatedTurns, run.HelpWithoutEffort.PerAttempt, run.HelpWithoutEffort.OverAllowance,
            Path.GetFullPath(options.Out))).ConfigureAwait(false);
        await output.WriteLineAsync(RevealReport.Summary(run)).ConfigureAwait(false);
        return run.Passed ? Certified : NotCertified;
    }
}
