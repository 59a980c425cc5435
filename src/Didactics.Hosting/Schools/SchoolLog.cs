using Microsoft.Extensions.Logging;

namespace Didactics.Hosting;

internal static partial class SchoolLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Alert webhook of tenant {Tenant} failed: {Reason}")]
    public static partial void WebhookFailed(ILogger logger, string tenant, string reason);
}
