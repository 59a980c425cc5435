using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Didactics.Cli.Tests;

/// <summary>
/// An OpenAI-compatible <c>/v1/chat/completions</c> endpoint on loopback for the certify tests. It answers with the
/// text <c>reply</c> computes from the request's messages, as one completion or, when the request asks to stream, as
/// server-sent <c>chat.completion.chunk</c> events of a few characters each, ending with <c>data: [DONE]</c>.
/// </summary>
internal sealed class ChatCompletionsStub : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<IReadOnlyList<(string Role, string Content)>, string> _reply;
    private readonly Task _serving;

    public ChatCompletionsStub(Func<IReadOnlyList<(string Role, string Content)>, string> reply)
    {
        _reply = reply;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        _serving = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    /// <summary>The <c>Authorization</c> header of the latest request.</summary>
    public string? Authorization { get; private set; }

    /// <summary>Whether each request asked to stream, in arrival order.</summary>
    public ConcurrentQueue<bool> Streamed { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        Authorization = context.Request.Headers["Authorization"];
        using var body = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        using var request = JsonDocument.Parse(await body.ReadToEndAsync());
        var messages = request.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (m.GetProperty("role").GetString()!, Text(m.GetProperty("content")))).ToList();
        var stream = request.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        Streamed.Enqueue(stream);
        var text = _reply(messages);
        var response = context.Response;
        if (!stream)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(new
            {
                id = "chatcmpl-stub",
                @object = "chat.completion",
                created = 1_700_000_000,
                model = "stub",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
            });
            response.ContentType = "application/json";
            await response.OutputStream.WriteAsync(json);
            response.Close();
            return;
        }

        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        for (var i = 0; i < text.Length; i += 5)
        {
            await Event(response, new { role = "assistant", content = text.Substring(i, Math.Min(5, text.Length - i)) }, null);
        }

        await Event(response, new { }, "stop");
        await response.OutputStream.WriteAsync("data: [DONE]\n\n"u8.ToArray());
        response.Close();
    }

    private static async Task Event(HttpListenerResponse response, object delta, string? finish)
    {
        var json = JsonSerializer.Serialize(new
        {
            id = "chatcmpl-stub",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model = "stub",
            choices = new[] { new { index = 0, delta, finish_reason = finish } },
        });
        await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("data: " + json + "\n\n"));
        await response.OutputStream.FlushAsync();
    }

    private static string Text(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : ""));

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
