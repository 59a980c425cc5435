namespace Didactics.Certification;

/// <summary>One surface form of a reference answer, as the independent detector looks for it.</summary>
/// <param name="Text">The form as a person would write it, e.g. <c>⁵⁄₈</c>, <c>0,63</c> or <c>drie kwart</c>.</param>
/// <param name="Kind">What kind of form it is, e.g. <c>digits</c>, <c>vulgar-fraction</c>, <c>words-nl</c>, <c>option-letter</c>.</param>
public sealed record AnswerForm(string Text, string Kind)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Text}";
}
