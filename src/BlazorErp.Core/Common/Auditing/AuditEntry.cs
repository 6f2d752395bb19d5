namespace BlazorErp.Core.Common.Auditing;

public enum AuditAction { Added, Modified, Deleted }

/// <summary>
/// One changed entity in one save: who, when, what, and the changed fields before → after as JSON.
/// Written by <see cref="AuditInterceptor"/> in the same transaction as the change itself.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityKey { get; private set; } = "";
    public AuditAction Action { get; private set; }
    /// <summary>JSON object: field → { "before": …, "after": … }.</summary>
    public string Changes { get; private set; } = "{}";

    private AuditEntry() { }

    public AuditEntry(DateTime atUtc, string? userId, string userName, string entityType, string entityKey,
        AuditAction action, string changes)
    {
        AtUtc = atUtc;
        UserId = userId;
        UserName = userName;
        EntityType = entityType;
        EntityKey = entityKey;
        Action = action;
        Changes = changes;
    }
}
