using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace Didactics.Certification;

/// <summary>
/// Tests a tutor that is a program. The command is started once per scenario (through <c>/bin/sh -c</c>, or
/// <c>cmd /c</c> on Windows). For every tutor turn one JSON line
/// <c>{"scenario":"suite/id","turn":0,"messages":[{"role":"system|user|assistant","content":"…"}]}</c> is written to its
/// standard input, and one JSON line <c>{"content":"…"}</c> is read from its standard output. With
/// <paramref name="requestOpening"/>, the first line asks for the tutor's opening turn before the learner speaks:
/// <c>{"scenario":"suite/id","turn":-1,"opening":true,"messages":[{"role":"system",…}]}</c>, answered with
/// <c>{"content":"…"}</c>, or <c>{"content":null}</c> when the tutor has no opening.
/// A crash, a timeout or malformed output fails the scenario with the reason (and the end of standard error).
/// </summary>
/// <param name="command">The command line.</param>
/// <param name="workingDirectory">The working directory (default: the current one).</param>
/// <param name="requestOpening">True to ask the tutor for its opening turn first (see above).</param>
public sealed class CommandTutor(string command, string? workingDirectory = null, bool requestOpening = false) : ITutorUnderTest
{
    /// <summary>How long the tutor may take for its opening turn.</summary>
    public TimeSpan OpeningTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <inheritdoc />
    public string Identity => $"command:{command}";

    /// <inheritdoc />
    public async Task<ITutorConversation> StartAsync(Scenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var windows = OperatingSystem.IsWindows();
        var info = new ProcessStartInfo(windows ? "cmd.exe" : "/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        info.ArgumentList.Add(windows ? "/c" : "-c");
        info.ArgumentList.Add(command);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new TutorFailureException($"The tutor command '{command}' could not be started.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new TutorFailureException($"The tutor command '{command}' could not be started: {ex.Message}", innerException: ex);
        }

        var conversation = new Conversation(process, scenario.ToString());
        if (requestOpening)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(OpeningTimeout);
            try
            {
                await conversation.OpenAsync(TutorPrompt.For(scenario), timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TutorFailureException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                await conversation.DisposeAsync().ConfigureAwait(false);
                throw ex as TutorFailureException ?? new TutorFailureException($"The tutor command did not write its opening within {OpeningTimeout.TotalSeconds:0.###} s.");
            }
        }

        return conversation;
    }

    private sealed class Conversation : ITutorConversation
    {
        private const int StderrLimit = 2000;

        // Plain UTF-8 on the wire ("7 × 8", "één"), not \u escapes: simple tutors may match on the text.
        private static readonly JsonSerializerOptions WireOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        private readonly Process _process;
        private readonly StringBuilder _stderr = new();
        private readonly Task _stderrPump;

        private readonly string _scenario;

        public Conversation(Process process, string scenario)
        {
            _process = process;
            _scenario = scenario;
            // Drain standard error continuously so a chatty tutor cannot block on a full pipe.
            _stderrPump = Task.Run(async () =>
            {
                var buffer = new char[1024];
                int read;
                while ((read = await process.StandardError.ReadAsync(buffer).ConfigureAwait(false)) > 0)
                {
                    lock (_stderr)
                    {
                        _stderr.Append(buffer, 0, read);
                        if (_stderr.Length > StderrLimit)
                        {
                            _stderr.Remove(0, _stderr.Length - StderrLimit);
                        }
                    }
                }
            });
        }

        public string? Opening { get; private set; }

        public bool CanRetry => false;

        public async Task OpenAsync(string systemPrompt, CancellationToken cancellationToken)
        {
            var request = Request([new ChatMessage(ChatRole.System, systemPrompt)], turn: -1);
            request["opening"] = true;
            var content = await ExchangeAsync(request, allowNull: true, cancellationToken).ConfigureAwait(false);
            Opening = string.IsNullOrWhiteSpace(content) ? null : content;
        }

        public async Task<string> ReplyAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken = default)
        {
            var request = Request(messages, messages.Count(m => m.Role == ChatRole.User) - 1);
            return (await ExchangeAsync(request, allowNull: false, cancellationToken).ConfigureAwait(false))!;
        }

        private JsonObject Request(IReadOnlyList<ChatMessage> messages, int turn) => new()
        {
            ["scenario"] = _scenario,
            ["turn"] = turn,
            ["messages"] = new JsonArray(messages.Select(m => (JsonNode)new JsonObject
            {
                ["role"] = m.Role == ChatRole.System ? "system" : m.Role == ChatRole.User ? "user" : "assistant",
                ["content"] = m.Text,
            }).ToArray()),
        };

        private async Task<string?> ExchangeAsync(JsonObject request, bool allowNull, CancellationToken cancellationToken)
        {

            try
            {
                await _process.StandardInput.WriteLineAsync(request.ToJsonString(WireOptions).AsMemory(), cancellationToken).ConfigureAwait(false);
                await _process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                throw new TutorFailureException(await CrashMessageAsync("before reading its input").ConfigureAwait(false), innerException: ex);
            }

            var line = await _process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                throw new TutorFailureException(await CrashMessageAsync("before replying").ConfigureAwait(false));
            }

            try
            {
                var node = JsonNode.Parse(line);
                if (node is JsonObject obj && obj["content"] is JsonValue value && value.TryGetValue<string>(out var content))
                {
                    return content;
                }

                if (allowNull && node is JsonObject none && (!none.ContainsKey("content") || none["content"] is null))
                {
                    return null;
                }
            }
            catch (JsonException)
            {
                // Reported below with the offending line.
            }

            throw new TutorFailureException($"The tutor command wrote malformed output; expected one JSON line {{\"content\":\"...\"}}, got: '{Truncate(line)}'.");
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                _process.StandardInput.Close();
                using var grace = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
                await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
            {
                // The tutor did not stop on end of input: it is killed below.
            }

            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }

            await _stderrPump.ConfigureAwait(false);
            _process.Dispose();
        }

        private async Task<string> CrashMessageAsync(string when)
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
                await _stderrPump.WaitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Still running with its output closed: report what is known.
            }

            string stderr;
            lock (_stderr)
            {
                stderr = _stderr.ToString().Trim();
            }

            var code = _process.HasExited ? $" with exit code {_process.ExitCode}" : "";
            return $"The tutor command exited{code} {when}." + (stderr.Length > 0 ? $" Standard error: {Truncate(stderr)}" : "");
        }

        private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
    }
}
