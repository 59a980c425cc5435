using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Didactics.SourceGeneration;

/// <summary>
/// Writes a strategy's transparency card: a JSON manifest and a Mermaid <c>stateDiagram-v2</c>. The schema is
/// documented in docs/transparency-card.md; keys are written in a fixed order so that the output is stable.
/// </summary>
internal static class TransparencyCardWriter
{
    /// <summary>The JSON manifest of <paramref name="spec"/>.</summary>
    public static string Json(StrategySpec spec)
    {
        var json = new StringBuilder();
        json.Append("{\n");
        Property(json, 1, "schema", "didactics.transparency-card/1", last: false);
        Property(json, 1, "strategy", spec.Name, last: false);
        Property(json, 1, "description", spec.Description, last: false);
        Property(json, 1, "preamble", spec.Preamble, last: false);

        Indent(json, 1).Append("\"phases\": [");
        for (var i = 0; i < spec.Phases.Count; i++)
        {
            var phase = spec.Phases[i];
            json.Append(i == 0 ? "\n" : ",\n");
            Indent(json, 2).Append("{\n");
            Property(json, 3, "name", phase.Name, last: false);
            Property(json, 3, "move", Name(KnownEnums.PhaseMove, phase.Move), last: false);
            Raw(json, 3, "start", phase.IsStart ? "true" : "false", last: false);
            Raw(json, 3, "terminal", phase.IsTerminal ? "true" : "false", last: false);
            Property(json, 3, "instructions", phase.Template?.Source, last: false);
            StringArray(json, 3, "content", phase.Content.Select(c => c.Source), last: true);
            Indent(json, 2).Append('}');
        }

        json.Append(spec.Phases.Count == 0 ? "],\n" : "\n" + new string(' ', 2) + "],\n");

        Indent(json, 1).Append("\"transitions\": [");
        for (var i = 0; i < spec.Transitions.Count; i++)
        {
            var t = spec.Transitions[i];
            json.Append(i == 0 ? "\n" : ",\n");
            Indent(json, 2).Append("{ \"from\": ").Append(Quote(t.From))
                .Append(", \"on\": ").Append(Quote(Name(KnownEnums.LearnerSignal, t.On)))
                .Append(", \"to\": ").Append(Quote(t.To)).Append(" }");
        }

        json.Append(spec.Transitions.Count == 0 ? "],\n" : "\n  ],\n");

        Indent(json, 1).Append("\"answerPolicy\": { \"disclosure\": ")
            .Append(Quote(spec.AnswerPolicy is { } p ? Name(KnownEnums.Disclosure, p.Disclosure) : "Never"))
            .Append(", \"minAttempts\": ").Append((spec.AnswerPolicy?.MinAttempts ?? 0).ToString(CultureInfo.InvariantCulture))
            .Append(", \"declared\": ").Append(spec.AnswerPolicy is null ? "false" : "true").Append(" },\n");
        if (spec.EffortGateMinAttempts is { } gate)
        {
            Indent(json, 1).Append("\"effortGate\": { \"minAttempts\": ").Append(gate.ToString(CultureInfo.InvariantCulture)).Append(" },\n");
        }

        StringArray(json, 1, "hintLadder", spec.Hints, last: false);

        // What reaches the model: the instruction templates (system prompt) and the conversation. Authored content is
        // shown to the learner without a model call.
        var instructionMembers = spec.Phases.Where(ph => ph.Template is not null).SelectMany(ph => ph.Template!.UsedMembers).Distinct().OrderBy(m => m, System.StringComparer.Ordinal).ToList();
        var contentMembers = spec.Phases.SelectMany(ph => ph.Content).SelectMany(c => c.UsedMembers).Distinct().OrderBy(m => m, System.StringComparer.Ordinal).ToList();
        Indent(json, 1).Append("\"dataSentToModel\": {\n");
        Raw(json, 2, "learnerMessages", "true", last: false);
        StringArray(json, 2, "templateVariables", instructionMembers, last: true);
        Indent(json, 1).Append("},\n");
        StringArray(json, 1, "authoredContentVariables", contentMembers, last: false);
        Raw(json, 1, "referenceAnswerCanReachModel", ReferenceAnswerCanReachModel(spec, instructionMembers) ? "true" : "false", last: true);
        json.Append("}\n");
        return json.ToString();
    }

    /// <summary>
    /// The reference answer reaches the model only through <c>{{ Answer }}</c> in an instruction template, and the
    /// runtime fills <c>Answer</c> only when the answer policy allows disclosure.
    /// </summary>
    private static bool ReferenceAnswerCanReachModel(StrategySpec spec, List<string> instructionMembers) =>
        instructionMembers.Contains("Answer")
        && spec.AnswerPolicy is { } policy
        && Name(KnownEnums.Disclosure, policy.Disclosure) != "Never";

    /// <summary>The Mermaid state diagram: the start arrow, every effective transition (with <c>*</c> expanded), terminal arrows.</summary>
    public static string Mermaid(StrategySpec spec)
    {
        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        for (var i = 0; i < spec.Phases.Count; i++)
        {
            text.Append("    state \"").Append(MermaidLabel(spec.Phases[i].Name)).Append("\" as p")
                .Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        for (var i = 0; i < spec.Phases.Count; i++)
        {
            if (spec.Phases[i].IsStart)
            {
                text.Append("    [*] --> p").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        for (var i = 0; i < spec.Phases.Count; i++)
        {
            var phase = spec.Phases[i];
            var seen = new HashSet<int>();
            foreach (var t in spec.Transitions.Where(t => t.From == phase.Name).Concat(phase.IsTerminal ? Enumerable.Empty<TransitionSpec>() : spec.Transitions.Where(t => t.From == "*")))
            {
                // Same precedence as the generated NextPhase: specific before "*", first declaration wins.
                if (!seen.Add(t.On))
                {
                    continue;
                }

                var target = IndexOf(spec, t.To);
                text.Append("    p").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" --> p").Append(target.ToString(CultureInfo.InvariantCulture))
                    .Append(" : ").Append(Name(KnownEnums.LearnerSignal, t.On)).Append('\n');
            }

            if (phase.IsTerminal)
            {
                text.Append("    p").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" --> [*]\n");
            }
        }

        return text.ToString();
    }

    private static int IndexOf(StrategySpec spec, string name)
    {
        for (var i = 0; i < spec.Phases.Count; i++)
        {
            if (spec.Phases[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static string MermaidLabel(string name) => name.Replace("\"", "#quot;");

    private static string Name(string[] names, int value) =>
        value >= 0 && value < names.Length ? names[value] : value.ToString(CultureInfo.InvariantCulture);

    private static StringBuilder Indent(StringBuilder json, int level) => json.Append(' ', level * 2);

    private static void Property(StringBuilder json, int level, string name, string? value, bool last) =>
        Raw(json, level, name, value is null ? "null" : Quote(value), last);

    private static void Raw(StringBuilder json, int level, string name, string value, bool last) =>
        Indent(json, level).Append('"').Append(name).Append("\": ").Append(value).Append(last ? "\n" : ",\n");

    private static void StringArray(StringBuilder json, int level, string name, IEnumerable<string> values, bool last) =>
        Raw(json, level, name, "[" + string.Join(", ", values.Select(Quote)) + "]", last);

    /// <summary>A JSON string literal (RFC 8259 escaping; non-ASCII kept as is, control characters as \u escapes).</summary>
    internal static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
