using System.Collections.Frozen;
using Didactics.Shared;

namespace Didactics.Hosting;

/// <summary>
/// What the redactor knows about the conversation a text belongs to: the numbers of the problem (statement, answers,
/// hints). A number that is part of the math (it appears in the problem) is the learner's work, not their phone
/// number or BSN, unless the text itself says it is (e.g. "my BSN is …").
/// </summary>
public sealed class RedactionContext
{
    private RedactionContext(FrozenSet<string> numbers) => ProtectedNumbers = numbers;

    /// <summary>No context: patterns and the text's own wording decide.</summary>
    public static RedactionContext None { get; } = new(FrozenSet<string>.Empty);

    /// <summary>The digit strings (separators removed) of the numbers that belong to the problem.</summary>
    public FrozenSet<string> ProtectedNumbers { get; }

    /// <summary>The context of a session on <paramref name="problem"/>: its statement, accepted answers and hints.</summary>
    public static RedactionContext ForProblem(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return From(PersonalDataScanner.ProtectedNumbers(problem));
    }

    /// <summary>A context protecting the numbers written in <paramref name="texts"/>.</summary>
    public static RedactionContext FromTexts(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return From(PersonalDataScanner.ProtectedNumbers(texts));
    }

    private static RedactionContext From(HashSet<string> numbers) =>
        numbers.Count == 0 ? None : new RedactionContext(numbers.ToFrozenSet(StringComparer.Ordinal));
}
