namespace Didactics.Tests;

public class WorkedExampleTests
{
    private static readonly WorkedExample Sibling = new("What is 1/3 + 1/6?", ["1/3 is 2/6.", "2/6 + 1/6 = 3/6.", "3/6 is 1/2."]);

    [Fact]
    public void Renders_the_statement_and_numbered_steps_and_a_faded_last_step()
    {
        Assert.Equal("What is 1/3 + 1/6?\n1. 1/3 is 2/6.\n2. 2/6 + 1/6 = 3/6.\n3. 3/6 is 1/2.", Sibling.Render());
        Assert.Equal("What is 1/3 + 1/6?\n1. 1/3 is 2/6.\n2. 2/6 + 1/6 = 3/6.\n3. ________", Sibling.RenderFaded());
        Assert.Equal("Only a statement", new WorkedExample("Only a statement", default).Render());
    }

    [Fact]
    public void Renders_once_and_a_copy_with_other_values_renders_its_own()
    {
        Assert.Same(Sibling.Render(), Sibling.Render());
        Assert.Same(Sibling.RenderFaded(), Sibling.RenderFaded());

        var restated = Sibling with { Statement = "What is 1/4 + 1/4?" };
        var shorter = Sibling with { Steps = ["1/3 is 2/6."] };

        Assert.StartsWith("What is 1/4 + 1/4?\n1. 1/3 is 2/6.", restated.Render(), StringComparison.Ordinal);
        Assert.Equal("What is 1/3 + 1/6?\n1. 1/3 is 2/6.", shorter.Render());
        Assert.Equal("What is 1/3 + 1/6?\n1. ________", shorter.RenderFaded());
        Assert.Equal(Sibling, Sibling with { });
    }
}
