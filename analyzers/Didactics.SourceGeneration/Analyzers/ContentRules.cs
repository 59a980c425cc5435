using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration;

/// <summary>
/// The rules over the text a strategy carries: DID0004 (a phase that does not reveal uses <c>{{ Answer }}</c>),
/// DID0005 (a hint states the final answer) and DID0011 (learner-visible text contains an answer key).
/// </summary>
internal static class ContentRules
{
    /// <summary>The rules' descriptors.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.TemplateExposesAnswer,
        DiagnosticDescriptors.HintContainsAnswer,
        DiagnosticDescriptors.AnswerKeyInContent);

    public static void Analyze(StrategyGraph graph, Action<Diagnostic> report)
    {
        var disclosing = graph.EffectiveDisclosure is DisclosureKind.OnRequest or DisclosureKind.Always;

        foreach (var phase in graph.Phases)
        {
            var fallback = phase.Location ?? graph.ClassLocation;

            // A Reveal phase is where the answer belongs; everywhere else TurnModel.Answer is empty at run time,
            // so using it there is either a leak in the making or a template that silently renders nothing.
            if (!phase.IsReveal)
            {
                if (phase.Template is { } template && TemplateText.UsesAnswer(template.Text))
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.TemplateExposesAnswer, template.Location ?? fallback, "template", phase.Name));
                }

                foreach (var content in phase.Content)
                {
                    if (TemplateText.UsesAnswer(content.Text))
                    {
                        report(Diagnostic.Create(DiagnosticDescriptors.TemplateExposesAnswer, content.Location ?? fallback, "authored content", phase.Name));
                    }
                }
            }

            // A Reveal phase of a policy that can disclose may legitimately show the key.
            if (phase.IsReveal && graph.EffectiveDisclosure != DisclosureKind.Never)
            {
                continue;
            }

            if (phase.Template is { } shown)
            {
                CheckAnswerKey(report, shown, $"template of phase '{phase.Name}'", fallback);
            }

            foreach (var content in phase.Content)
            {
                CheckAnswerKey(report, content, $"authored content of phase '{phase.Name}'", fallback);
            }
        }

        if (graph.Preamble is { } preamble)
        {
            CheckAnswerKey(report, preamble, "strategy preamble", graph.ClassLocation);
        }

        for (var i = 0; i < graph.Hints.Length; i++)
        {
            var hint = graph.Hints[i];
            CheckAnswerKey(report, hint, $"hint rung {i + 1}", graph.ClassLocation);

            // Under OnRequest/Always DID0002 already says the answer is available; a stated answer adds nothing there.
            if (!disclosing && HintText.FindStatedAnswer(hint.Text) is { } stated)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.HintContainsAnswer, hint.Location ?? graph.ClassLocation, i + 1, graph.Name, stated));
            }
        }
    }

    private static void CheckAnswerKey(Action<Diagnostic> report, LocatedText text, string where, Location fallback)
    {
        if (HintText.FindAnswerKey(text.Text) is { } key)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.AnswerKeyInContent, text.Location ?? fallback, where, key));
        }
    }
}

/// <summary>Scans Scriban template text for uses of the <c>Answer</c> variable.</summary>
internal static class TemplateText
{
    // A Scriban code block, and the Answer member used inside it as a variable (not as part of a longer name or a member access).
    private static readonly Regex CodeBlock = new Regex(@"\{\{(?<code>.*?)\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
    private static readonly Regex AnswerVariable = new Regex(@"(?<![\w.$])Answer(?!\w)", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    public static bool UsesAnswer(string template)
    {
        if (template.IndexOf("Answer", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        try
        {
            foreach (Match block in CodeBlock.Matches(template))
            {
                if (AnswerVariable.IsMatch(block.Groups["code"].Value))
                {
                    return true;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological text: treat as not matching rather than fail the build.
        }

        return false;
    }

    /// <summary>Rewrites every use of <c>Answer</c> inside a code block to <c>Verdict</c> (the DID0004 code fix).</summary>
    public static string ReplaceAnswerWithVerdict(string template) =>
        CodeBlock.Replace(template, block => "{{" + AnswerVariable.Replace(block.Groups["code"].Value, "Verdict") + "}}");
}
