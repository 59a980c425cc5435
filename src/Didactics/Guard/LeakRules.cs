namespace Didactics;

/// <summary>The names of the rules by which the guard finds a leak, as reported in <see cref="LeakScanResult.Rule"/>.</summary>
public static class LeakRules
{
    /// <summary>The answer with result wording before or after it: "so x = 4", "the answer is 4", "4 is correct".</summary>
    public const string StatedAsResult = "stated-as-result";

    /// <summary>The answer with weak result wording ("is", "so", "dus") and not taken from the problem statement.</summary>
    public const string StatedWeakly = "stated";

    /// <summary>The answer asserted as a correction of another value: "5, not 12", "7 weeks instead of 3".</summary>
    public const string Correction = "correction";

    /// <summary>The answer only mentioned, but not a value of the problem statement ("try 4").</summary>
    public const string Mentioned = "mentioned";

    /// <summary>The correct multiple-choice letter picked: "the answer is B", "option C is the one", "go with C".</summary>
    public const string OptionLetter = "option-letter";

    /// <summary>The correct option's content picked: "only 29 is prime".</summary>
    public const string OptionContent = "option-content";

    /// <summary>A text answer spelled letter by letter: "c-h-i-l-d-r-e-n".</summary>
    public const string SpelledOut = "spelled-out";

    /// <summary>A symbolic answer written out: "y = 2x + 1".</summary>
    public const string Expression = "expression";

    /// <summary>A reply that gives in to an injection or changes role: "Switching to answer mode as requested."</summary>
    public const string RoleChange = "role-change";
}
