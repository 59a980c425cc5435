using System.Text;
using System.Text.Json;
using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Didactics.Hosting.Tests;

public sealed class PrivacyTests
{
    private static readonly string[] Roster = ["Sanne de Vries", "Mohammed El Amrani", "Daan Bakker", "Emma Jansen", "Ben Visser"];

    [Theory]
    [InlineData("mail me at jan.jansen@school.nl please", "mail me at [e-mail] please")]
    [InlineData("bel 06-12345678", "bel [phone]")]
    [InlineData("my number is +31 6 1234 5678.", "my number is [phone].")]
    [InlineData("call +44 20 7946 0958 now", "call [phone] now")]
    [InlineData("mijn bsn is 111222333", "mijn bsn is [bsn]")]
    [InlineData("IBAN NL91 ABNA 0417 1643 00 graag", "IBAN [iban] graag")]
    [InlineData("ik woon op 1234 AB 12", "ik woon op [address]")]
    [InlineData("Kerkstraat 12 in Utrecht", "[address] in Utrecht")]
    [InlineData("ik ben Sanne de Vries", "ik ben [name]")]
    [InlineData("Daan helped me", "[name] helped me")]
    public void Redacts_each_kind(string input, string expected) =>
        Assert.Equal(expected, new PersonalDataRedactor(Roster).RedactText(input).Text);

    [Theory]
    [InlineData("12 + 30 = 42")]
    [InlineData("3/4 + 1/4 = 1")]
    [InlineData("x = 4, dus 2x = 8")]
    [InlineData("0,75 × 8 = 6")]
    [InlineData("1234 + 5678 = 6912")]
    [InlineData("de uitkomst is 123456789")]
    [InlineData("Is het 100 200 300?")]
    [InlineData("pi is 3.141592653")]
    [InlineData("+5 - 3 = 2 en -0,5 * 2 = -1")]
    [InlineData("ik ben 12 jaar en ik ben er bijna")]
    [InlineData("1.000.000 / 1000 = 1000")]
    [InlineData("I got 1234 as the answer")]
    [InlineData("de van der Waals kracht")]
    [InlineData("NL12 is geen rekening")]
    [InlineData("2024 was een schrikkeljaar, 366 dagen")]
    public void Leaves_arithmetic_and_ordinary_text_alone(string input)
    {
        var result = new PersonalDataRedactor(Roster).RedactText(input);
        Assert.Equal(input, result.Text);
        Assert.False(result.Redacted);
    }

    [Theory]
    [InlineData("111222333", true)]
    [InlineData("123456782", true)]
    [InlineData("1112.22.333", true)]
    [InlineData("123456789", false)]
    [InlineData("000000000", false)]
    [InlineData("11122233", false)]
    public void Bsn_eleven_test(string value, bool valid) => Assert.Equal(valid, PersonalDataRedactor.IsValidBsn(value));

    [Theory]
    [InlineData("NL91ABNA0417164300", true)]
    [InlineData("NL91 ABNA 0417 1643 00", true)]
    [InlineData("GB82 WEST 1234 5698 7654 32", true)]
    [InlineData("NL92ABNA0417164300", false)]
    [InlineData("NL91ABNA041716430", false)]
    public void Iban_mod97(string value, bool valid) => Assert.Equal(valid, PersonalDataRedactor.IsValidIban(value));

    [Fact]
    public void Works_as_a_compliance_redactor_for_logs()
    {
        var services = new ServiceCollection();
        services.AddRedaction(b => b.SetRedactor<PersonalDataRedactor>(new Microsoft.Extensions.Compliance.Classification.DataClassificationSet(DidacticsTaxonomy.LearnerText)));
        using var provider = services.BuildServiceProvider();
        var redactor = provider.GetRequiredService<IRedactorProvider>().GetRedactor(new Microsoft.Extensions.Compliance.Classification.DataClassificationSet(DidacticsTaxonomy.LearnerText));
        Assert.Equal("bel [phone] of mail [e-mail]", redactor.Redact("bel 0612345678 of mail a@b.nl"));
    }

    [Fact]
    public async Task RedactingChatClient_redacts_every_text_before_the_model_and_keeps_the_callers_messages()
    {
        var model = new FakeChatClient((_, _) => Task.FromResult(FakeChatClient.Reply("ok")));
        var client = new RedactingChatClient(model, roster: Roster);
        List<ChatMessage> messages = [new(ChatRole.System, "Tutor for Emma Jansen"), new(ChatRole.User, "my e-mail is emma@x.nl")];
        await client.GetResponseAsync(messages);
        var sent = model.Calls.Single().Messages;
        Assert.Equal("Tutor for [name]", sent[0].Text);
        Assert.Equal("my e-mail is [e-mail]", sent[1].Text);
        Assert.Equal("my e-mail is emma@x.nl", messages[1].Text);
        Assert.Equal(2, client.RedactedTexts);
    }

    /// <summary>A generated corpus of EN/NL learner messages full of personal data: none of it reaches the model, the store or the audit log.</summary>
    [Fact]
    public async Task Corpus_of_generated_messages_leaks_no_personal_data_to_the_model_store_or_audit()
    {
        var corpus = PersonalDataCorpus.Generate(seed: 7);
        Assert.True(corpus.Count >= 200, $"corpus has {corpus.Count} messages");
        Assert.True(corpus.Select(c => c.Kind).Distinct().Count() == 6);

        var model = new FakeChatClient((_, _) => Task.FromResult(FakeChatClient.Reply("Keep going: what is your next step?")));
        var services = new ServiceCollection();
        services.AddDidacticsStrategy(TestStrategy.Name, _ => TestStrategy.Instance);
        services.AddKeyedSingleton<IChatClient>(DidacticsHostingServiceCollectionExtensions.ModelServiceKey, model);
        services.AddDidacticsHosting(o =>
        {
            o.AddProblem(TestStrategy.Sum);
            o.Privacy.Roster = tenant => tenant == "school-a" ? Roster : [];
        });
        using var auditFile = new TempAuditFile();
        services.AddDidacticsSqliteAudit(auditFile.Path);
        await using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<DidacticsSessionService>();
        var ids = new List<string>();
        for (var i = 0; i < corpus.Count; i++)
        {
            if (i % 25 == 0)
            {
                ids.Add((await service.StartAsync("school-a", new StartSessionRequest { Strategy = TestStrategy.Name, ProblemId = "sum-1", Learner = $"p-{i}" })).SessionId);
            }

            await service.SendAsync("school-a", ids[^1], corpus[i].Message);
        }

        Assert.Equal(corpus.Count + ids.Count, model.CallCount);
        var modelText = string.Join("\n", model.Calls.SelectMany(c => c.Messages).Select(m => m.Text));
        var stored = new StringBuilder();
        foreach (var id in ids)
        {
            var session = await service.GetAsync("school-a", id);
            stored.AppendLine(JsonSerializer.Serialize(session!.State, Didactics.DidacticsJsonContext.Default.SessionState));
        }

        var audit = await provider.GetRequiredService<IAuditLog>().QueryAsync("school-a");
        Assert.Equal(corpus.Count + ids.Count, audit.Count);
        var auditText = JsonSerializer.Serialize(audit, DidacticsHostingJson.Options);

        foreach (var (kind, message, value) in corpus)
        {
            PersonalDataCorpus.AssertAbsent(modelText, kind, value, "model-bound requests", message);
            PersonalDataCorpus.AssertAbsent(stored.ToString(), kind, value, "stored sessions", message);
            PersonalDataCorpus.AssertAbsent(auditText, kind, value, "the audit log", message);
        }

        // The audit log still says what was found, by kind.
        Assert.Equal(corpus.Count, audit.Count(r => !r.Redactions.IsDefaultOrEmpty));
        Assert.Contains(audit, r => r.Redactions.Contains(PersonalDataKind.Bsn));

        // Plain arithmetic goes through untouched.
        var clean = ids[0];
        await service.SendAsync("school-a", clean, "12 + 30 = 42");
        Assert.Contains("12 + 30 = 42", model.Calls[^1].Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task Audit_records_turn_metadata_and_retention_purges_old_records()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddDidacticsStrategy(TestStrategy.Name, _ => TestStrategy.Instance);
        services.AddDidacticsHosting(o => o.AddProblem(TestStrategy.Sum));
        using var auditFile = new TempAuditFile();
        services.AddDidacticsAudit(o =>
        {
            o.Retention = TimeSpan.FromDays(30);
            o.SqlitePath = auditFile.Path;
        });
        await using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<DidacticsSessionService>();
        var log = provider.GetRequiredService<IAuditLog>();

        var id = (await service.StartAsync("school-a", new StartSessionRequest { Strategy = TestStrategy.Name, ProblemId = "sum-1", Learner = "p-1" })).SessionId;
        await service.SendAsync("school-a", id, "is it 40? bel me op 0612345678");
        time.Advance(TimeSpan.FromDays(20));
        await service.SendAsync("school-a", id, "42");

        var records = await log.QueryAsync("school-a", id);
        Assert.Equal(3, records.Count);
        var wrong = records[1];
        Assert.Equal(("school-a", "p-1", TestStrategy.Name, 1, "feedback", LearnerSignal.IncorrectAttempt, "incorrect", "authored-content", "applied"),
            (wrong.Tenant, wrong.Learner, wrong.Strategy, wrong.Turn, wrong.Phase, wrong.Signal, wrong.Verdict, wrong.ModelId, wrong.Outcome));
        Assert.Equal([PersonalDataKind.Phone], wrong.Redactions.ToArray());
        Assert.Equal("consolidate", records[2].Phase);
        Assert.Empty(await log.QueryAsync("school-b"));

        time.Advance(TimeSpan.FromDays(15));
        var purged = await provider.GetRequiredService<AuditRetentionService>().PurgeOnceAsync();
        Assert.Equal(2, purged);
        Assert.Single(await log.QueryAsync("school-a", id));

        Assert.True(await service.DeleteAsync("school-a", id));
        Assert.Empty(await log.QueryAsync("school-a", id));
        Assert.IsType<SqliteAuditLog>(log);
        Assert.Equal(new ErasureRecord(time.GetUtcNow(), "school-a", "session", 1, 1), Assert.Single(await log.QueryErasuresAsync("school-a")));
        Assert.Equal(TimeSpan.FromDays(30), provider.GetRequiredService<IOptions<AuditOptions>>().Value.Retention);
    }
}
