using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.SourceGeneration;

internal sealed class PolicyInfo
{
    private readonly Location? _location;

    public PolicyInfo(DisclosureKind? disclosure, int minAttempts, AttributeSyntax? syntax, Location? location = null)
    {
        _location = location;
        Disclosure = disclosure;
        MinAttempts = minAttempts;
        Syntax = syntax;
    }

    /// <summary>Null when the argument is missing or not a known <c>Disclosure</c> value.</summary>
    public DisclosureKind? Disclosure { get; }

    public int MinAttempts { get; }

    public AttributeSyntax? Syntax { get; }

    /// <summary>The <c>[AnswerPolicy]</c> attribute, or a strategy file's <c>answer_policy</c> object.</summary>
    public Location? Location => _location ?? Syntax?.GetLocation();

    /// <summary>True when the policy can let the answer out at some point (mirrors <c>AnswerPolicy.AllowsDisclosure</c>).</summary>
    public bool CanDisclose => Disclosure is DisclosureKind.AfterAttempts or DisclosureKind.OnRequest or DisclosureKind.Always;
}
