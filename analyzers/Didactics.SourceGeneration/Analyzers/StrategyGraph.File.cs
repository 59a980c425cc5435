using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Didactics.SourceGeneration;

/// <summary>The strategy-file front end: a strategy read from what the generator's <c>*.strategy.sbn</c> parser produced.</summary>
internal sealed partial class StrategyGraph
{
    /// <summary>
    /// Builds the graph of a <c>*.strategy.sbn</c> file from what the generator's parser read, with every part located
    /// in the file (a phase or transition at its list entry, a template at its section text, a hint at its string).
    /// Returns null when the parser could not build a strategy or reported a structural error (DID1xxx): the
    /// generator rejects such a file with an exact error, and judging a half-read design would only add noise.
    /// </summary>
    public static StrategyGraph? FromFile(StrategyParseResult result, StrategyFileLayout layout, SourceText text)
    {
        var spec = result.Spec;
        if (spec is null || result.FilePath is null)
        {
            return null;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Id != DiagnosticIds.MissingAnswerPolicy && diagnostic.Id != DiagnosticIds.DisclosureBeforeAttempt)
            {
                return null;
            }
        }

        // The layout lists run parallel to the spec; a mismatch would mean a parser change forgot the layout.
        if (layout.PhaseEntries.Count != spec.Phases.Count || layout.TransitionEntries.Count != spec.Transitions.Count || layout.Hints.Count != spec.Hints.Count)
        {
            return null;
        }

        var path = result.FilePath;
        var classLocation = result.StrategyNameLocation?.ToLocation() ?? Location.Create(path, default, default);

        var phases = ImmutableArray.CreateBuilder<PhaseNode>();
        for (var i = 0; i < spec.Phases.Count; i++)
        {
            var phase = spec.Phases[i];
            var (entry, hasValidMove) = layout.PhaseEntries[i];
            if (!hasValidMove || phase.Move < 0 || phase.Move > (int)MoveKind.Reveal)
            {
                continue;
            }

            var content = ImmutableArray.CreateBuilder<LocatedText>();
            foreach (var section in phase.Content)
            {
                content.Add(SectionText(section, path, text));
            }

            phases.Add(new PhaseNode(
                phases.Count,
                phase.Name,
                (MoveKind)phase.Move,
                phase.IsStart,
                phase.IsTerminal,
                phase.Template is null ? null : SectionText(phase.Template, path, text),
                content.ToImmutable(),
                syntax: null,
                entry.ToLocation()));
        }

        var transitions = ImmutableArray.CreateBuilder<TransitionEdge>();
        for (var i = 0; i < spec.Transitions.Count; i++)
        {
            var transition = spec.Transitions[i];
            if (transition.On < 0 || transition.On > (int)SignalKind.AuthorityPressure)
            {
                continue;
            }

            transitions.Add(new TransitionEdge(transition.From, (SignalKind)transition.On, transition.To, syntax: null, layout.TransitionEntries[i].ToLocation()));
        }

        PolicyInfo? policy = null;
        if (spec.AnswerPolicy is { } declared)
        {
            policy = new PolicyInfo(
                declared.Disclosure is >= 0 and <= (int)DisclosureKind.Always ? (DisclosureKind)declared.Disclosure : null,
                declared.MinAttempts,
                syntax: null,
                layout.Policy?.ToLocation());
        }

        var hints = ImmutableArray.CreateBuilder<LocatedText>();
        for (var i = 0; i < spec.Hints.Count; i++)
        {
            hints.Add(LocatedText.InFile(spec.Hints[i], layout.Hints[i].ToLocation()));
        }

        var preamble = spec.Preamble is null ? (LocatedText?)null : LocatedText.InFile(spec.Preamble, layout.Preamble?.ToLocation());

        return new StrategyGraph(
            type: null,
            spec.Name,
            classLocation,
            layout.Phases?.ToLocation(),
            layout.Transitions?.ToLocation(),
            declaration: null,
            preamble,
            phases.ToImmutable(),
            transitions.ToImmutable(),
            policy,
            hints.ToImmutable())
        {
            FileEffortGate = spec.EffortGateMinAttempts,
        };
    }

    /// <summary>The text of a <c>=== Phase ===</c> section, located from its first to its last non-blank character line.</summary>
    private static LocatedText SectionText(TemplateSpec template, string path, SourceText text)
    {
        var start = template.Origin.FileOffset;
        if (start < 0 || start + template.Source.Length > text.Length)
        {
            return LocatedText.InFile(template.Source, null);
        }

        var span = new TextSpan(start, template.Source.Length);
        return LocatedText.InFile(template.Source, Location.Create(path, span, text.Lines.GetLinePositionSpan(span)));
    }
}
