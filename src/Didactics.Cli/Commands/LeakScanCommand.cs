using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Didactics.Shared;

namespace Didactics.Cli;

/// <summary>
/// <c>didactics leak-scan --input FILE.jsonl</c>: scans tutor replies for the final answer. Each input line is a JSON
/// object <c>{"id", "problem", "reference_answer", "response"}</c> with optional <c>"history"</c> (the dialogue so far,
/// a string or an array of strings; lines labelled "Tutor:"/"Student:" are read as turns). MRBench's field names
/// <c>"tutor_response"</c> and <c>"conversation_history"</c> are read too, <c>"answer_kind"</c> (number, fraction, expression, text, multiple_choice) and
/// <c>"language"</c> (en, nl; guessed from the text when absent). Each output line is
/// <c>{"id", "leak", "confidence", "form"}</c>, and for a leak also <c>"rule"</c> (see <c>LeakRules</c>) and the form's
/// <c>"start"</c> and <c>"length"</c> in the response. A malformed line is reported on standard error with its line number,
/// the other lines are still processed, and the exit code is 2.
/// </summary>
internal static class LeakScanCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "The JSON Lines file to scan, or - for standard input.",
            Required = true,
        };
        var command = new Command("leak-scan", "Scan tutor replies (JSON Lines) for the final answer in any equivalent form.")
        {
            input,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(input)!, console, cancellationToken));
        return command;
    }

    /// <summary>Runs the scan over <paramref name="path"/> ("-" for standard input).</summary>
    public static async Task<int> RunAsync(string path, CliConsole console, CancellationToken cancellationToken)
    {
        TextReader reader;
        if (path == "-")
        {
            reader = console.In;
        }
        else
        {
            try
            {
                reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                await console.Error.WriteLineAsync($"leak-scan: cannot read '{path}': {ex.Message}").ConfigureAwait(false);
                return DidacticsCli.UsageError;
            }
        }

        var malformed = 0;
        var lineNumber = 0;
        using var output = new LineBuffer();
        try
        {
            string? line;
            while ((line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)) is not null)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (!TryReadRecord(line, out var record, out var error))
                {
                    malformed++;
                    await console.Error.WriteLineAsync($"leak-scan: line {lineNumber}: {error}").ConfigureAwait(false);
                    continue;
                }

                var result = AnswerLeakGuard.Instance.Scan(record.Problem, record.Response, record.History);
                await console.Out.WriteLineAsync(Format(record.Id, result, output)).ConfigureAwait(false);
            }
        }
        finally
        {
            if (!ReferenceEquals(reader, console.In))
            {
                reader.Dispose();
            }
        }

        await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (malformed > 0)
        {
            await console.Error.WriteLineAsync($"leak-scan: {malformed} malformed line(s) skipped.").ConfigureAwait(false);
            return DidacticsCli.InputError;
        }

        return DidacticsCli.Success;
    }

    /// <summary>One input record.</summary>
    private sealed record Record(JsonElement Id, Problem Problem, string Response, string? History);

    private static bool TryReadRecord(string line, out Record record, out string error)
    {
        record = null!;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            error = $"not valid JSON ({(at > 0 ? message[..at] : message)} at byte {ex.BytePositionInLine})";
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"expected a JSON object, found {root.ValueKind}";
                return false;
            }

            if (!root.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                error = "missing \"id\" (a string or a number)";
                return false;
            }

            if (!TryGetText(root, "problem", out var statement, out error)
                || !TryGetText(root, "reference_answer", out var answer, out error)
                || !TryGetText(root, root.TryGetProperty("response", out _) ? "response" : "tutor_response", out var response, out error))
            {
                return false;
            }

            string? history = null;
            if ((root.TryGetProperty("history", out var h) || root.TryGetProperty("conversation_history", out h)) && h.ValueKind != JsonValueKind.Null)
            {
                if (h.ValueKind == JsonValueKind.String)
                {
                    history = h.GetString();
                }
                else if (h.ValueKind == JsonValueKind.Array && h.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
                {
                    history = string.Join('\n', h.EnumerateArray().Select(e => e.GetString()));
                }
                else
                {
                    error = "\"history\" must be a string or an array of strings";
                    return false;
                }
            }

            var kind = AnswerKind.Number;
            if (root.TryGetProperty("answer_kind", out var k) && k.ValueKind != JsonValueKind.Null)
            {
                if (k.ValueKind != JsonValueKind.String || !TryParseKind(k.GetString()!, out kind))
                {
                    error = $"\"answer_kind\" must be one of number, fraction, expression, text, multiple_choice (found {k.GetRawText()})";
                    return false;
                }
            }

            string language;
            if (root.TryGetProperty("language", out var l) && l.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(l.GetString()))
            {
                language = l.GetString()!.Trim();
            }
            else
            {
                language = LanguageMarkers.Guess(statement + "\n" + response);
            }

            if (string.IsNullOrWhiteSpace(statement))
            {
                error = "\"problem\" is empty";
                return false;
            }

            if (string.IsNullOrWhiteSpace(answer))
            {
                error = "\"reference_answer\" is empty";
                return false;
            }

            var problem = new Problem("leak-scan", statement, ImmutableArray.Create(new ReferenceAnswer(answer, kind))) { Language = language };
            record = new Record(id.Clone(), problem, response, history);
            error = "";
            return true;
        }
    }

    private static bool TryGetText(JsonElement root, string name, out string value, out string error)
    {
        value = "";
        error = "";
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            error = $"missing \"{name}\" (a string)";
            return false;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                value = element.GetString()!;
                return true;
            case JsonValueKind.Number when name == "reference_answer":
                value = element.GetRawText();
                return true;
            default:
                error = $"\"{name}\" must be a string, found {element.ValueKind}";
                return false;
        }
    }

    private static bool TryParseKind(string text, out AnswerKind kind)
    {
        var normalized = text.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        (bool ok, kind) = normalized switch
        {
            "number" or "numeric" => (true, AnswerKind.Number),
            "fraction" => (true, AnswerKind.Fraction),
            "expression" or "equation" => (true, AnswerKind.Expression),
            "text" => (true, AnswerKind.Text),
            "multiplechoice" or "choice" or "mc" => (true, AnswerKind.MultipleChoice),
            _ => (false, AnswerKind.Number),
        };
        return ok;
    }

    private static string Format(JsonElement id, LeakScanResult result, LineBuffer buffer)
    {
        buffer.Reset();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            id.WriteTo(writer);
            writer.WriteBoolean("leak", result.Leak);
            writer.WriteNumber("confidence", Math.Round(result.Confidence, 2));
            writer.WriteString("form", result.Form ?? "");
            if (result.Leak)
            {
                writer.WriteString("rule", result.Rule);
                writer.WriteNumber("start", result.Start);
                writer.WriteNumber("length", result.Length);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A reusable in-memory stream for one output line.</summary>
    private sealed class LineBuffer : MemoryStream
    {
        public ReadOnlySpan<byte> WrittenSpan => GetBuffer().AsSpan(0, (int)Length);

        public void Reset() => SetLength(0);
    }
}
