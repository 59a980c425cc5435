using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using ScribanTemplate = Scriban.Template;
using ScribanContext = Scriban.TemplateContext;
using Scriban.Runtime;

namespace Didactics.Benchmarks;

/// <summary>
/// Issue 8 in one run: a whole didactic turn against the raw call (baseline), the Microsoft.Extensions.AI middleware
/// stack, Semantic Kernel's prompt function, and the template engines alone. Every flow runs over the same null model
/// returning a fixed 1 KB reply (<see cref="NullModel"/>).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ComparisonBenchmarks
{
    private static readonly ChatMessage[] Request = [new(ChatRole.User, "I think x = 5")];

    private NullModel _model = null!;
    private ChatOptions _options = null!;
    private IChatClient _middleware = null!;
    private ILoggerFactory _loggerFactory = null!;
    private Kernel _kernel = null!;
    private KernelFunction _skFunction = null!;
    private IPromptTemplate _skTemplate = null!;
    private KernelArguments _skArguments = null!;
    private ScribanTemplate _scriban = null!;
    private ScribanContext _scribanContext = null!;
    private TurnModel _model1K = null!;
    private KilobyteStrategy _kilobyte = null!;
    private StringBuilder _buffer = null!;
    private DidacticsChatClient _socratic = null!;
    private DidacticsChatClient _kilobyteTurn = null!;
    private DidacticsChatClient _streaming = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = new NullModel(Replies.OneKilobyte, 32, 8);
        _options = new ChatOptions { ConversationId = "s" };

        // The usual Microsoft.Extensions.AI stack with logging below Information (the default in production).
        _loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning));
        _middleware = new ChatClientBuilder(_model).UseLogging(_loggerFactory).UseOpenTelemetry().Build();

        // Semantic Kernel: a prompt function over the null model as an IChatCompletionService.
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatCompletionService>(_model.AsChatCompletionService());
        _kernel = builder.Build();
        _skFunction = KernelFunctionFactory.CreateFromPrompt(KilobyteTemplates.SemanticKernel);
        _skTemplate = new KernelPromptTemplateFactory().Create(new PromptTemplateConfig(KilobyteTemplates.SemanticKernel));
        _model1K = KilobyteTemplates.Model();
        _skArguments = new KernelArguments
        {
            ["Problem"] = _model1K.Problem, ["Learner"] = _model1K.Learner, ["Verdict"] = _model1K.Verdict, ["Diagnosis"] = _model1K.Diagnosis,
            ["Attempts"] = _model1K.Attempts, ["HintLevel"] = _model1K.HintLevel, ["Hint"] = _model1K.Hint, ["Signal"] = _model1K.Signal,
            ["Phase"] = _model1K.Phase, ["Strategy"] = _model1K.Strategy, ["Mode"] = _model1K.Mode,
        };

        // Scriban at run time, and the same template compiled by the generator.
        _scriban = ScribanTemplate.Parse(KilobyteTemplates.Scriban);
        var globals = new ScriptObject();
        globals.Import(_model1K, renamer: m => m.Name);
        _scribanContext = new ScribanContext { MemberRenamer = m => m.Name };
        _scribanContext.PushGlobal(globals);
        _kilobyte = new KilobyteStrategy();
        _buffer = new StringBuilder(2048);
        var compiled = KilobyteTemplates.RenderCompiled(_kilobyte, _model1K, _buffer);
        if (compiled != ScribanRenderReused() || compiled != ScribanRender() || compiled.Length < 900)
        {
            throw new InvalidOperationException($"The compiled render differs from Scriban's, or the template is not ~1 KB ({compiled.Length} chars):\n{compiled}\n{ScribanRenderReused()}\n{ScribanRender()}");
        }

        _socratic = Start(new SocraticStrategy());
        _kilobyteTurn = Start(_kilobyte);
        _streaming = Start(new SocraticStrategy());
        if (Turn().Result.Text != Replies.OneKilobyte || StreamingTurn32().Result != Replies.OneKilobyte.Length)
        {
            throw new InvalidOperationException("The benchmarked turn does not pass the reply through unchanged.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _loggerFactory.Dispose();

    private DidacticsChatClient Start(IStrategy strategy)
    {
        var client = new DidacticsChatClient(_model, strategy, new FixedSessionStore());
        client.StartSessionAsync(Replies.Linear, "s").GetAwaiter().GetResult();
        return client;
    }

    [Benchmark(Baseline = true, Description = "Raw IChatClient.GetResponseAsync")]
    public Task<ChatResponse> Raw() => _model.GetResponseAsync(Request, _options);

    [Benchmark(Description = "M.E.AI UseLogging + UseOpenTelemetry")]
    public Task<ChatResponse> Middleware() => _middleware.GetResponseAsync(Request, _options);

    [Benchmark(Description = "Semantic Kernel prompt function InvokeAsync")]
    public Task<FunctionResult> SemanticKernelInvoke() => _kernel.InvokeAsync(_skFunction, _skArguments);

    [Benchmark(Description = "Semantic Kernel template render alone")]
    public Task<string> SemanticKernelRender() => _skTemplate.RenderAsync(_kernel, _skArguments);

    [Benchmark(Description = "Scriban Render(model), new context")]
    public string ScribanRender() => _scriban.Render(_model1K, m => m.Name);

    [Benchmark(Description = "Scriban render, reused TemplateContext")]
    public string ScribanRenderReused() => _scriban.Render(_scribanContext);

    [Benchmark(Description = "Compiled render (generated), 1 KB template")]
    public string CompiledRender() => KilobyteTemplates.RenderCompiled(_kilobyte, _model1K, _buffer);

    [Benchmark(Description = "Didactics turn, SocraticStrategy, 1 KB reply")]
    public Task<ChatResponse> Turn() => _socratic.GetResponseAsync(Request, _options);

    [Benchmark(Description = "Didactics turn, 1 KB template + 1 KB reply")]
    public Task<ChatResponse> TurnKilobyteTemplate() => _kilobyteTurn.GetResponseAsync(Request, _options);

    [Benchmark(Description = "Raw streaming, 1 KB in 32-char chunks")]
    public Task<int> RawStreaming32() => Drain(_model, 32);

    [Benchmark(Description = "Didactics streaming turn, 32-char chunks")]
    public Task<int> StreamingTurn32() => Drain(_streaming, 32);

    [Benchmark(Description = "Raw streaming, 1 KB in 8-char chunks")]
    public Task<int> RawStreaming8() => Drain(_model, 8);

    [Benchmark(Description = "Didactics streaming turn, 8-char chunks")]
    public Task<int> StreamingTurn8() => Drain(_streaming, 8);

    private async Task<int> Drain(IChatClient client, int chunkSize)
    {
        _model.ChunkSize = chunkSize;
        var length = 0;
        await foreach (var update in client.GetStreamingResponseAsync(Request, _options).ConfigureAwait(false))
        {
            // By index: a foreach over the IList would box an enumerator per update.
            var contents = update.Contents;
            for (var i = 0; i < contents.Count; i++)
            {
                if (contents[i] is Microsoft.Extensions.AI.TextContent text)
                {
                    length += text.Text.Length;
                }
            }
        }

        return length;
    }
}
