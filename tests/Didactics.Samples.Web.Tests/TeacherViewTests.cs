using System.IdentityModel.Tokens.Jwt;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Playwright;

namespace Didactics.Samples.Web.Tests;

/// <summary>
/// The teacher view of the sample host in headless Chromium, with bearer tokens switched on: a learner of the teacher's
/// class works and then discloses bullying; the alert appears live (server-sent events), the teacher reviews the
/// transcript (the disclosure was withheld from the model), switches the strategy and ends the session.
/// </summary>
public sealed class TeacherViewTests : SampleBrowserTest
{
    private const string Key = "sample-teacher-view-test-key-0123456789";

    protected override void Configure(WebApplicationBuilder builder) =>
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Didactics:Auth:SigningKey"] = Key,
            ["Didactics:Schools:Tenants:demo:Classes:0"] = "2b",
        });

    [Fact]
    public async Task Teacher_sees_the_class_gets_a_live_safeguarding_alert_reviews_switches_and_ends_the_session()
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

        await page.GotoAsync(BaseUrl + "/teacher.html#token=" + Token("juf-jansen", "teacher", "2b"));
        await Assertions.Expect(page.Locator("#live")).ToHaveTextAsync("live");
        await Assertions.Expect(page.Locator("#school")).ToContainTextAsync("Demo school");

        using var learner = new HttpClient { BaseAddress = new Uri(BaseUrl + "/didactics/") };
        learner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("pupil-1", "learner", "2b", new Claim("age_band", "16+")));
        string id;
        using (var start = await learner.PostAsJsonAsync("sessions", new { strategy = "socratic-demo", problemId = "sum-1" }))
        {
            Assert.True(start.IsSuccessStatusCode, await start.Content.ReadAsStringAsync());
            id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionId").GetString()!;
        }

        await TurnAsync(learner, id, "is it 40?");
        await page.ClickAsync("#refresh");
        var row = page.Locator($"#sessions tr[data-session='{id}']");
        await Assertions.Expect(row).ToContainTextAsync("pupil-1");
        await Assertions.Expect(row).ToContainTextAsync("socratic-demo / feedback");
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("1");

        // The disclosure reaches no model; the teacher hears about it live.
        var reply = await TurnAsync(learner, id, "they bully me every day and nobody wants to sit with me");
        Assert.Contains("trusted adult", reply.GetProperty("reply").GetString());
        await Assertions.Expect(page.Locator("#alerts li.Safeguarding")).ToContainTextAsync("pupil-1");
        await Assertions.Expect(row.Locator("td.safeguarding")).ToContainTextAsync("Safeguarding");

        await row.Locator("button.review").ClickAsync();
        await Assertions.Expect(page.Locator("#transcript")).ToContainTextAsync("withheld");
        await Assertions.Expect(page.Locator("#transcript .msg.safeguarding")).ToContainTextAsync("they bully me every day");
        await Assertions.Expect(page.Locator("#models")).ToContainTextAsync("safeguarding");

        await page.SelectOptionAsync("#switchTo", "worked-example");
        await page.ClickAsync("#switch");
        await Assertions.Expect(page.Locator("#reviewTitle")).ToContainTextAsync("worked-example");
        await Assertions.Expect(row).ToContainTextAsync("worked-example");

        await page.ClickAsync("#end");
        await Assertions.Expect(page.Locator("#reviewTitle")).ToContainTextAsync("(ended)");
        Assert.Contains("teacher has ended", (await TurnAsync(learner, id, "is it 41?")).GetProperty("reply").GetString());
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Teacher_of_another_class_sees_neither_the_session_nor_its_alerts()
    {
        using var learner = new HttpClient { BaseAddress = new Uri(BaseUrl + "/didactics/") };
        learner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("pupil-2", "learner", "2b", new Claim("age_band", "16+")));
        using (var start = await learner.PostAsJsonAsync("sessions", new { strategy = "socratic-demo", problemId = "sum-1" }))
        {
            var id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionId").GetString()!;
            await TurnAsync(learner, id, "ik word gepest");
        }

        var page = await Browser.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/teacher.html#token=" + Token("meester-bos", "teacher", "3c"));
        await Assertions.Expect(page.Locator("#live")).ToHaveTextAsync("live");
        await page.ClickAsync("#refresh");
        await Assertions.Expect(page.Locator("#empty")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#alerts li")).ToHaveCountAsync(0);
        Assert.DoesNotContain("pupil-2", await page.ContentAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> TurnAsync(HttpClient learner, string id, string text)
    {
        using var response = await learner.PostAsJsonAsync($"sessions/{id}/turns", new { text });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Token(string subject, string role, string cls, params Claim[] extra)
    {
        var claims = new List<Claim> { new("sub", subject), new("role", role), new("tenant", "demo"), new("class", cls) };
        claims.AddRange(extra);
        var token = new JwtSecurityToken(
            audience: "didactics", claims: claims, expires: DateTime.UtcNow.AddMinutes(10),
            signingCredentials: new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Key)), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
