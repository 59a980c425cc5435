using Didactics.Tests.Shared;

namespace Didactics.Hosting.Tests;

/// <summary>The redactor removes exactly the table's personal data (the kit's <c>no-pii-echo</c> check runs the same table).</summary>
public class PersonalDataAgreementTests
{
    public static TheoryData<string, string, string[]> Rows => PersonalDataAgreement.Rows;

    [Theory]
    [MemberData(nameof(Rows))]
    public void Redacts_what_the_table_calls_personal_data(string statement, string message, string[] personalData)
    {
        var context = RedactionContext.ForProblem(new Problem("p", statement, "56"));
        var result = PersonalDataRedactor.Default.RedactText(message, null, context);

        Assert.Equal(personalData.Length, result.Findings.Length);
        var expected = message;
        foreach (var value in personalData)
        {
            expected = expected.Replace(value, "\u0000", StringComparison.Ordinal);
        }

        // Each value became one placeholder; nothing else changed.
        var placeholders = result.Findings.Select(PersonalDataRedactor.PlaceholderFor).ToArray();
        var parts = expected.Split('\u0000');
        Assert.Equal(parts.Length - 1, placeholders.Length);
        var rebuilt = parts[0] + string.Concat(parts.Skip(1).Select((part, i) => placeholders[i] + part));
        Assert.Equal(rebuilt, result.Text);
    }
}
