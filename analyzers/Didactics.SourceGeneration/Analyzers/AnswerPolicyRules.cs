using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration;

/// <summary>
/// DID0001 (no explicit answer policy) and DID0002 (the policy lets a learner obtain the answer before any attempt
/// of their own: <c>OnRequest</c>, <c>Always</c>, or <c>AfterAttempts</c> with <c>MinAttempts</c> below 1).
/// </summary>
internal static class AnswerPolicyRules
{
    /// <summary>The rules' descriptors.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingAnswerPolicy, DiagnosticDescriptors.DisclosureBeforeAttempt);

    /// <summary>
    /// Why a policy lets the learner obtain the answer before any attempt (the DID0002 message's reason), or null.
    /// The strategy-file parser reports DID0002 for files with the same reasons, naming the threshold as it is
    /// spelled there (<paramref name="minAttemptsName"/>).
    /// </summary>
    public static string? DisclosureReason(DisclosureKind? disclosure, int minAttempts, string minAttemptsName) => disclosure switch
    {
        DisclosureKind.OnRequest => "Disclosure.OnRequest discloses it whenever the learner asks",
        DisclosureKind.Always => "Disclosure.Always discloses it at any time",
        // The runtime clamps MinAttempts to at least 1, but a threshold below 1 still states the intent to
        // disclose before any attempt, so the design is flagged where it is written.
        DisclosureKind.AfterAttempts when minAttempts < 1 =>
            "Disclosure.AfterAttempts with " + minAttemptsName + " = " + minAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture) + " requires no attempt",
        _ => null,
    };

    public static void Analyze(StrategyGraph graph, Action<Diagnostic> report)
    {
        var policy = graph.Policy;
        if (policy is null)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.MissingAnswerPolicy, graph.ClassLocation, graph.Name));
            return;
        }

        var reason = DisclosureReason(policy.Disclosure, policy.MinAttempts, "MinAttempts");
        if (reason is not null)
        {
            var location = policy.Location ?? graph.ClassLocation;
            report(Diagnostic.Create(DiagnosticDescriptors.DisclosureBeforeAttempt, location, graph.Name, reason));
        }
    }
}
