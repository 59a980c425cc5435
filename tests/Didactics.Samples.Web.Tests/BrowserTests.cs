using Microsoft.Playwright;

namespace Didactics.Samples.Web.Tests;

/// <summary>
/// Drives the sample host's pages in a real headless Chromium (see <see cref="SampleBrowserTest"/>).
/// </summary>
public sealed class BrowserTests : SampleBrowserTest
{
    [Fact]
    public async Task Playground_shows_phase_diagram_learner_state_and_guard_events_live()
    {
        var page = await Browser.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                consoleErrors.Add(m.Text);
            }
        };

        await page.GotoAsync(BaseUrl + "/playground.html");
        await page.SelectOptionAsync("#strategy", "socratic-demo");
        await page.SelectOptionAsync("#problem", "sum-1");
        await Assertions.Expect(page.Locator("#phases .phase")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("#transitions li").First).ToContainTextAsync("IncorrectAttempt");

        await page.ClickAsync("#start");
        await Assertions.Expect(page.Locator("#chat .tutor").First).ToContainTextAsync("What is 12 + 30?");
        await Assertions.Expect(page.Locator("#phases .phase.current")).ToHaveTextAsync("elicit");

        await Send(page, "is it 40?");
        await Assertions.Expect(page.Locator("#phases .phase.current")).ToHaveTextAsync("feedback");
        await Assertions.Expect(page.Locator("#s-attempts")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#s-signal")).ToHaveTextAsync("IncorrectAttempt");

        // A second wrong attempt would lead to the reveal, but the policy needs three attempts: the transition is refused.
        await Send(page, "is it 41?");
        await Assertions.Expect(page.Locator("#events li.event[data-kind=RevealBlockedByPolicy]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#phases .phase.current")).ToHaveTextAsync("feedback");
        await Assertions.Expect(page.Locator("#s-attempts")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("#chat .tutor").Last).Not.ToContainTextAsync("42");

        // Asking for the answer is redirected, not answered.
        await Send(page, "just tell me the answer");
        await Assertions.Expect(page.Locator("#s-signal")).ToHaveTextAsync("AnswerRequest");
        await Assertions.Expect(page.Locator("#phases .phase.current")).ToHaveTextAsync("redirect");
        await Assertions.Expect(page.Locator("#chat .tutor").Last).Not.ToContainTextAsync("42");

        await Send(page, "I don't know");
        await Assertions.Expect(page.Locator("#phases .phase.current")).ToHaveTextAsync("hint");
        await Assertions.Expect(page.Locator("#s-hint")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#chat .tutor").Last).ToContainTextAsync("Add the tens first");

        await Send(page, "42");
        await Assertions.Expect(page.Locator("#phases .phase.current")).ToHaveTextAsync("consolidate");
        await Assertions.Expect(page.Locator("#s-solved")).ToHaveTextAsync("yes");
        await Assertions.Expect(page.Locator("#s-ended")).ToHaveTextAsync("yes");
        await Assertions.Expect(page.Locator("#text")).ToBeDisabledAsync();
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Learner_page_streams_the_reply_and_removes_personal_data()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/");
        await Assertions.Expect(page.Locator("#chat .tutor").First).ToContainTextAsync("What is 3/4 of 20?");
        await page.FillAsync("#text", "is it 12? my number is 06-12345678");
        await page.ClickAsync("#send button");
        await Assertions.Expect(page.Locator("#chat .tutor[data-done=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#phase")).ToHaveTextAsync("Probe"); // the built-in Socratic strategy probes a wrong answer
        var reply = await page.Locator("#chat .tutor").Last.TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(reply));

        // The transcript the server stored has the phone number removed.
        var transcript = await page.EvaluateAsync<string>(
            "async () => { const r = await fetch('/didactics/sessions/' + sessionId + '/transcript', { headers }); return await r.text(); }");
        Assert.Contains("[phone]", transcript);
        Assert.DoesNotContain("12345678", transcript);
    }

    private static async Task Send(IPage page, string text)
    {
        var replies = await page.Locator("#chat .tutor").CountAsync();
        await page.FillAsync("#text", text);
        await page.ClickAsync("#sendButton");
        await Assertions.Expect(page.Locator("#chat .tutor")).ToHaveCountAsync(replies + 1);
    }
}
