using System.Runtime.CompilerServices;
using System.Text.Json;
using Xunit.Abstractions;

namespace Didactics.Cli.Tests;

/// <summary>
/// <c>leak-scan</c> against human labels: the development half of MRBench's MathDial rows ("Revealing of the answer"),
/// read from <c>shared/data/mrbench-dev</c> beside the repository (CC BY-SA test data, never packed). A reply labelled
/// "yes" reveals the correct final answer; "partial" (a wrong final answer) and "no" do not.
/// </summary>
public sealed class MrBenchLeakScanTests(ITestOutputHelper output)
{
    private static string DataFile([CallerFilePath] string caller = "") =>
        Environment.GetEnvironmentVariable("DIDACTICS_MRBENCH_DEV")
        ?? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(caller)!, "../../../shared/data/mrbench-dev/answer_reveal_dev.jsonl"));

    [Fact]
    public async Task Leak_scan_agrees_with_human_reveal_labels()
    {
        var path = DataFile();
        Assert.True(File.Exists(path), $"The MRBench development set was not found at {path}; set DIDACTICS_MRBENCH_DEV to its path.");

        var labels = new Dictionary<string, bool>();
        foreach (var line in File.ReadLines(path))
        {
            using var row = JsonDocument.Parse(line);
            labels[row.RootElement.GetProperty("id").GetString()!] = row.RootElement.GetProperty("reveals_answer").GetString() == "yes";
        }

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await DidacticsCli.RunAsync(["leak-scan", "--input", path], new CliConsole(new StringReader(""), stdout, stderr));
        Assert.Equal(0, code);
        Assert.Equal("", stderr.ToString());

        int tp = 0, fp = 0, fn = 0, tn = 0;
        var rules = new Dictionary<string, int>();
        foreach (var line in stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var result = JsonDocument.Parse(line);
            var leak = result.RootElement.GetProperty("leak").GetBoolean();
            var label = labels[result.RootElement.GetProperty("id").GetString()!];
            (tp, fp, fn, tn) = (leak, label) switch
            {
                (true, true) => (tp + 1, fp, fn, tn),
                (true, false) => (tp, fp + 1, fn, tn),
                (false, true) => (tp, fp, fn + 1, tn),
                _ => (tp, fp, fn, tn + 1),
            };
            if (leak)
            {
                var rule = result.RootElement.GetProperty("rule").GetString()!;
                rules[rule] = rules.GetValueOrDefault(rule) + 1;
            }
        }

        Assert.Equal(labels.Count, tp + fp + fn + tn);
        var precision = tp / (double)Math.Max(1, tp + fp);
        var recall = tp / (double)Math.Max(1, tp + fn);
        var f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
        output.WriteLine($"MRBench dev: {labels.Count} replies, TP {tp} FP {fp} FN {fn} TN {tn}; P {precision:0.000} R {recall:0.000} F1 {f1:0.000}");
        output.WriteLine("Leaks by rule: " + string.Join(", ", rules.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}")));
        Assert.True(f1 >= 0.85, $"F1 {f1:0.000} (P {precision:0.000}, R {recall:0.000}) is below 0.85.");
        Assert.True(precision >= 0.80, $"Precision {precision:0.000} is below 0.80.");
    }
}
