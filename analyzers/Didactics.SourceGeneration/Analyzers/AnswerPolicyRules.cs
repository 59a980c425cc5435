using System;
using System.Collections.Immutable;
using Didactics.SourceGeneration.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration.Analyzers
{
    /// <summary>
    /// DID0001 (no explicit answer policy) and DID0002 (the policy lets a learner obtain the answer before any attempt
    /// of their own: <c>OnRequest</c>, <c>Always</c>, or <c>AfterAttempts</c> with <c>MinAttempts</c> below 1).
    /// </summary>
    internal static class AnswerPolicyRules
    {
        /// <summary>The rules' descriptors.</summary>
        public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingAnswerPolicy, DiagnosticDescriptors.DisclosureBeforeAttempt);

        public static void Analyze(StrategyGraph graph, Action<Diagnostic> report)
        {
            var policy = graph.Policy;
            if (policy is null)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.MissingAnswerPolicy, graph.ClassLocation, graph.Name));
                return;
            }

            var reason = policy.Disclosure switch
            {
                DisclosureKind.OnRequest => "Disclosure.OnRequest discloses it whenever the learner asks",
                DisclosureKind.Always => "Disclosure.Always discloses it at any time",
                // The runtime clamps MinAttempts to at least 1, but a threshold below 1 still states the intent to
                // disclose before any attempt, so the design is flagged where it is written.
                DisclosureKind.AfterAttempts when policy.MinAttempts < 1 => $"Disclosure.AfterAttempts with MinAttempts = {policy.MinAttempts} requires no attempt",
                _ => null,
            };

            if (reason is not null)
            {
                var location = policy.Location ?? graph.ClassLocation;
                report(Diagnostic.Create(DiagnosticDescriptors.DisclosureBeforeAttempt, location, graph.Name, reason));
            }
        }
    }
}
