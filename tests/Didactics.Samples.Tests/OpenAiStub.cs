using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Didactics.Samples.Tests;

/// <summary>
/// A tiny OpenAI-compatible endpoint on loopback: answers POST /v1/chat/completions with a non-streaming chat
/// completion whose content comes from a callback, and records every request.
/// </summary>
internal sealed class OpenAiStub : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<int, string> _reply;
    private readonly Task _loop;

    public OpenAiStub(Func<int, string> reply)
    {
        _reply = reply;
        (_listener, BaseUrl) = Listen();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The API base URL, e.g. http://127.0.0.1:12345/v1.</summary>
    public string BaseUrl { get; }

    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    private static (HttpListener, string) Listen()
    {
        // Ask the OS for a free port, then bind the listener to it; retry if another process took it in between.
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, $"http://127.0.0.1:{port}/v1");
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

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

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var request = new StubRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body);
            Requests.Enqueue(request);

            if (request.Method != "POST" || request.Path != "/v1/chat/completions")
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
                continue;
            }

            var content = _reply(Requests.Count);
            var json = JsonSerializer.Serialize(new
            {
                id = "chatcmpl-stub-" + Requests.Count,
                @object = "chat.completion",
                created = 1_700_000_000,
                model = "stub-model",
                choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
            });
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}

/// <summary>One recorded request.</summary>
internal sealed record StubRequest(string Method, string Path, string? Authorization, string Body)
{
    /// <summary>The texts of the request's messages, in order (system instructions first).</summary>
    public IReadOnlyList<(string Role, string Content)> Messages()
    {
        using var doc = JsonDocument.Parse(Body);
        var list = new List<(string, string)>();
        foreach (var message in doc.RootElement.GetProperty("messages").EnumerateArray())
        {
            var content = message.GetProperty("content");
            var text = content.ValueKind == JsonValueKind.String
                ? content.GetString()!
                : string.Concat(content.EnumerateArray().Select(part => part.TryGetProperty("text", out var t) ? t.GetString() : ""));
            list.Add((message.GetProperty("role").GetString()!, text));
        }

        return list;
    }
}
