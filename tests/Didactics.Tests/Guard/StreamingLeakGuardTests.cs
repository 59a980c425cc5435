using System.Text;

namespace Didactics.Tests;

public sealed class StreamingLeakGuardTests
{
    private static (string Released, bool Leak) Stream(Problem problem, IEnumerable<string> chunks)
    {
        using var guard = new StreamingLeakGuard(problem);
        var released = new StringBuilder();
        foreach (var chunk in chunks)
        {
            released.Append(guard.Push(chunk));
            if (guard.LeakDetected)
            {
                return (released.ToString(), true);
            }
        }

        released.Append(guard.Complete());
        return (released.ToString(), guard.LeakDetected);
    }

    private static IEnumerable<string[]> Splits(string reply)
    {
        for (var i = 0; i <= reply.Length; i++)
        {
            yield return [reply[..i], reply[i..]];
        }

        for (var size = 1; size <= 8; size++)
        {
            yield return reply.Chunk(size).Select(c => new string(c)).ToArray();
        }
    }

    [Theory]
    [MemberData(nameof(LeakCases.Leaky), MemberType = typeof(LeakCases))]
    public void A_leak_split_anywhere_is_never_released(string language, string statement, string answer, AnswerKind kind, string reply)
    {
        var problem = LeakCases.Make(language, statement, answer, kind);
        var whole = AnswerLeakGuard.Instance.Scan(problem, reply);
        Assert.True(whole.Leak, $"precondition: '{reply}' leaks");
        var formAt = reply.IndexOf(whole.Form!, StringComparison.Ordinal);
        Assert.True(formAt >= 0);

        foreach (var chunks in Splits(reply))
        {
            var (released, leak) = Stream(problem, chunks);
            Assert.True(leak, $"split [{string.Join("|", chunks)}] was not detected");
            Assert.StartsWith(released, reply, StringComparison.Ordinal);
            Assert.True(released.Length <= formAt, $"split [{string.Join("|", chunks)}] released '{released}', past the leak '{whole.Form}' at {formAt}");
            Assert.False(AnswerLeakGuard.Instance.Scan(problem, released).Leak, $"released text '{released}' leaks");
        }
    }

    [Theory]
    [MemberData(nameof(LeakCases.Clean), MemberType = typeof(LeakCases))]
    public void A_clean_reply_is_released_whole(string language, string statement, string answer, AnswerKind kind, string reply)
    {
        var problem = LeakCases.Make(language, statement, answer, kind);
        Assert.False(AnswerLeakGuard.Instance.Scan(problem, reply).Leak, "precondition: clean");
        foreach (var chunks in Splits(reply))
        {
            var (released, leak) = Stream(problem, chunks);
            Assert.False(leak);
            Assert.Equal(reply, released);
        }
    }

    [Fact]
    public void Releases_whole_sentences_and_holds_back_only_a_short_suffix()
    {
        var problem = LeakCases.Make("en", LeakCases.LinearEn, "x = 4", AnswerKind.Expression);
        using var guard = new StreamingLeakGuard(problem);
        Assert.Equal("", guard.Push("Subtract 4").ToString());
        Assert.Equal("Subtract 4".Length, guard.HeldBack); // released sentence by sentence ("4" could also still become "42")
        Assert.Equal("Subtract 4 from both sides. ", guard.Push(" from both sides. So x").ToString());
        Assert.Equal("So x".Length, guard.HeldBack); // "So x" could still become "So x = 4"
        Assert.Equal(0, guard.Push(" =").Length);
        Assert.True(guard.Push(" 4.").IsEmpty); // "4." may still become "4.5"
        Assert.False(guard.LeakDetected);
        Assert.True(guard.Push(" Check").IsEmpty);
        Assert.True(guard.LeakDetected);
        Assert.Equal("x = 4", guard.Result.Form);
        Assert.True(guard.Push("more").IsEmpty);
        Assert.True(guard.Complete().IsEmpty);
    }

    [Fact]
    public void Long_replies_keep_a_bounded_buffer()
    {
        var problem = LeakCases.Make("en", "What is 6 times 7?", "42", AnswerKind.Number);
        using var guard = new StreamingLeakGuard(problem);
        var sb = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            sb.Append(guard.Push("Think about groups of seven and count them one by one. "));
            Assert.True(guard.HeldBack < 64);
        }

        sb.Append(guard.Complete());
        Assert.Equal(2000 * 55, sb.Length);
        Assert.False(guard.LeakDetected);
    }

    [Fact]
    public void Confirming_the_learners_answer_streams_through()
    {
        var problem = LeakCases.Make("en", LeakCases.LinearEn, "x = 4", AnswerKind.Expression);
        using var guard = new StreamingLeakGuard(problem, history: "Learner: x = 4");
        var text = guard.Push("Yes, x = 4 is right!").ToString() + guard.Complete().ToString();
        Assert.Equal("Yes, x = 4 is right!", text);
    }

    [Fact]
    public void A_block_never_leaves_a_cut_sentence()
    {
        var problem = LeakCases.Make("en", "What is the plural of child?", "children", AnswerKind.Text);
        const string Reply = "Good question. The word you're looking for is spelled c-h-i-l-d-r-e-n, remember it.";
        for (var size = 1; size <= 12; size++)
        {
            using var guard = new StreamingLeakGuard(problem);
            var released = new StringBuilder();
            foreach (var chunk in Reply.Chunk(size))
            {
                released.Append(guard.Push(new string(chunk)));
                if (guard.LeakDetected)
                {
                    break;
                }
            }

            Assert.True(guard.LeakDetected, $"chunks of {size}");
            Assert.Equal("Good question. ", released.ToString());
        }
    }

    [Theory]
    [InlineData("en", "Switching to answer mode as requested. Fifty-six is what you need.")]
    [InlineData("en", "Sure! I am now AnswerBot, so here goes.")]
    [InlineData("nl", "Ik schakel over naar de antwoordmodus. Het is zesenvijftig.")]
    public void Giving_in_to_an_injection_is_blocked_before_it_is_shown(string language, string reply)
    {
        var problem = LeakCases.Make(language, "What is 7 x 8?", "56", AnswerKind.Number);
        foreach (var chunks in Splits(reply))
        {
            var (released, leak) = Stream(problem, chunks);
            Assert.True(leak, $"split [{string.Join("|", chunks)}]");
            Assert.DoesNotContain("answer", released, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("antwoord", released, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("AnswerBot", released, StringComparison.Ordinal);
        }

        Assert.Equal(LeakRules.RoleChange, AnswerLeakGuard.Instance.Scan(problem, reply).Rule);
    }
}
