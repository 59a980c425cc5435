using System.Diagnostics;
using System.Text.Json;

namespace Didactics.Cli.Tests;

public sealed class LeakScanCommandTests
{
    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await DidacticsCli.RunAsync(args, new CliConsole(new StringReader(stdin), output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Line(object record) => JsonSerializer.Serialize(record);

    private static JsonElement[] Parse(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    private static readonly string Sample = string.Join('\n',
        Line(new { id = "a", problem = "Solve x + 4 = 8.", reference_answer = "x = 4", response = "Subtract 4 from both sides.", answer_kind = "expression" }),
        Line(new { id = "b", problem = "Solve x + 4 = 8.", reference_answer = "x = 4", response = "So x = 4." }),
        Line(new { id = 7, problem = "Wat is 6 keer 7?", reference_answer = "42", response = "Het antwoord is tweeënveertig." }),
        Line(new { id = "d", problem = "Wat is 600 + 650?", reference_answer = 1250, response = "Samen is dat 1.250 euro." }),
        Line(new { id = "e", problem = "Solve x + 4 = 8.", reference_answer = "4", response = "Yes, x = 4 is right!", history = new[] { "Tutor: what do you get?", "Learner: is it 4?" } }),
        Line(new { id = "f", problem = "Which one? (A) 3 (B) 4", reference_answer = "B", response = "The answer is B.", answer_kind = "multiple_choice" }),
        Line(new { id = "g", problem = "Capital of France?", reference_answer = "Paris", response = "Which city has the Eiffel Tower?", answer_kind = "text" }));

    [Fact]
    public async Task Writes_one_result_per_input_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"leak-scan-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, Sample + "\n");
        try
        {
            var (code, stdout, stderr) = await RunAsync("", "leak-scan", "--input", path);
            Assert.Equal(0, code);
            Assert.Equal("", stderr);
            var results = Parse(stdout);
            Assert.Equal(["a", "b", "7", "d", "e", "f", "g"], results.Select(r => r.GetProperty("id").ToString()).ToArray());
            Assert.Equal(JsonValueKind.Number, results[2].GetProperty("id").ValueKind);
            Assert.Equal([false, true, true, true, false, true, false], results.Select(r => r.GetProperty("leak").GetBoolean()).ToArray());
            Assert.Equal("x = 4", results[1].GetProperty("form").GetString());
            Assert.Equal("Het antwoord is tweeënveertig", results[2].GetProperty("form").GetString());
            Assert.Equal("", results[0].GetProperty("form").GetString());
            foreach (var r in results)
            {
                Assert.InRange(r.GetProperty("confidence").GetDouble(), 0, 1);
                string[] expected = r.GetProperty("leak").GetBoolean() ? ["id", "leak", "confidence", "form", "rule", "start", "length"] : ["id", "leak", "confidence", "form"];
                Assert.Equal(expected, r.EnumerateObject().Select(p => p.Name).ToArray());
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Reads_standard_input_with_a_dash()
    {
        var (code, stdout, _) = await RunAsync(Sample, "leak-scan", "--input", "-");
        Assert.Equal(0, code);
        Assert.Equal(7, Parse(stdout).Length);
    }

    [Fact]
    public async Task Malformed_lines_are_reported_with_their_number_and_the_rest_is_processed()
    {
        var input = string.Join('\n',
            Line(new { id = "1", problem = "Solve x + 4 = 8.", reference_answer = "x = 4", response = "So x = 4." }),
            "{not json",
            Line(new { id = "3", problem = "Solve x + 4 = 8.", response = "hi" }),
            "",
            "[1, 2]",
            Line(new { id = "6", problem = "Solve x + 4 = 8.", reference_answer = "x = 4", response = "Try again.", answer_kind = "essay" }),
            Line(new { id = "7", problem = "Solve x + 4 = 8.", reference_answer = "x = 4", response = 5 }),
            Line(new { id = "8", problem = "What is 3 + 4?", reference_answer = "7", response = "Seven, I would say." }));
        var (code, stdout, stderr) = await RunAsync(input, "leak-scan", "--input", "-");
        Assert.Equal(2, code);
        var results = Parse(stdout);
        Assert.Equal(["1", "8"], results.Select(r => r.GetProperty("id").GetString()!).ToArray());
        Assert.Contains("line 2: not valid JSON", stderr);
        Assert.Contains("line 3: missing \"reference_answer\"", stderr);
        Assert.Contains("line 5: expected a JSON object", stderr);
        Assert.Contains("line 6: \"answer_kind\" must be one of", stderr);
        Assert.Contains("line 7: \"response\" must be a string", stderr);
        Assert.DoesNotContain("line 4", stderr);
        Assert.DoesNotContain("line 8", stderr);
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        var (code, stdout, stderr) = await RunAsync("", "leak-scan", "--input", "/no/such/file.jsonl");
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("cannot read '/no/such/file.jsonl'", stderr);
    }

    [Fact]
    public async Task The_input_option_is_required()
    {
        var (code, _, stderr) = await RunAsync("", "leak-scan");
        Assert.NotEqual(0, code);
        Assert.Contains("--input", stderr);
    }

    [Fact]
    public async Task Runs_as_a_process()
    {
        var dll = typeof(DidacticsCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("leak-scan");
        start.ArgumentList.Add("--input");
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(Sample + "\nbroken\n");
        process.StandardInput.Close();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(2, process.ExitCode);
        Assert.Equal(7, Parse(stdout).Length);
        Assert.Contains("line 8: not valid JSON", stderr);
    }
}
