namespace Didactics.Tests;

public class KnowledgeTracingTests
{
    private static readonly BktParameters P = BktParameters.Default;

    [Fact]
    public void Defaults_are_the_documented_ones() => Assert.Equal(new BktParameters(0.2, 0.15, 0.1, 0.2), P);

    [Fact]
    public void Correct_answer_from_the_prior_gives_the_hand_computed_value()
    {
        // posterior 0.2*0.9 / (0.2*0.9 + 0.8*0.2) = 0.529411..., then + (1 - 0.529411...) * 0.15 = 0.6
        Assert.Equal(0.6, KnowledgeTracing.Update(0.2, correct: true, P), 12);
    }

    [Fact]
    public void Wrong_answer_from_the_prior_gives_the_hand_computed_value()
    {
        // posterior 0.2*0.1 / (0.2*0.1 + 0.8*0.8) = 0.0303..., then + (1 - 0.0303...) * 0.15
        var posterior = 0.02 / 0.66;
        Assert.Equal(posterior + (1 - posterior) * 0.15, KnowledgeTracing.Update(0.2, correct: false, P), 12);
    }

    [Fact]
    public void Three_correct_answers_in_a_row_reach_mastery_two_do_not()
    {
        var p = P.PInit;
        p = KnowledgeTracing.Update(p, true, P);
        p = KnowledgeTracing.Update(p, true, P);
        Assert.False(new SkillMastery(p, 2, 2).IsMastered());
        p = KnowledgeTracing.Update(p, true, P);
        Assert.True(new SkillMastery(p, 3, 3).IsMastered(), $"p = {p}");
    }

    [Fact]
    public void A_slip_after_mastery_lowers_but_does_not_reset_the_estimate()
    {
        var after = KnowledgeTracing.Update(0.97, correct: false, P);
        Assert.InRange(after, 0.7, 0.97);
    }

    [Fact]
    public void Degenerate_parameters_stay_finite()
    {
        var p = new BktParameters(0, 0, 0, 0);
        Assert.Equal(0, KnowledgeTracing.Update(0, correct: true, p));
    }

    [Theory]
    [InlineData(-0.1, 0.1, 0.1, 0.1)]
    [InlineData(0.2, 1.1, 0.1, 0.1)]
    [InlineData(0.2, 0.1, 0.5, 0.1)]
    [InlineData(0.2, 0.1, 0.1, 0.6)]
    [InlineData(double.NaN, 0.1, 0.1, 0.1)]
    public void Validate_rejects_out_of_range_or_degenerate_parameters(double l0, double t, double s, double g) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BktParameters(l0, t, s, g).Validate());

    [Fact]
    public void Validate_accepts_the_defaults() => Assert.Same(P, P.Validate());
}
