namespace Didactics.Benchmarks;

/// <summary>Typical tutor replies and problems shared by the benchmarks.</summary>
internal static class Replies
{
    public static readonly Problem Linear = new("linear", "Solve x + 4 = 8. What is x?", "x = 4", AnswerKind.Expression) { Language = "en" };

    /// <summary>A clean reply of about 1 KB with numbers, number words and operands from the statement in it.</summary>
    public static readonly string OneKilobyte = Build();

    private static string Build()
    {
        const string Paragraph =
            "Good thinking so far! You wrote x + 4 = 8, and that is exactly where we start. " +
            "What could you do to both sides so that x stands alone? Remember the balance idea: " +
            "whatever you do on the left you also do on the right, like taking 4 away from both pans. " +
            "Try it with two small numbers first, say 3 + 2 = 5, and undo the plus two. ";
        var text = "";
        while (text.Length < 1024)
        {
            text += Paragraph;
        }

        return text[..1024];
    }
}
