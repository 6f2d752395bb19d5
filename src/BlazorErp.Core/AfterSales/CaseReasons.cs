namespace BlazorErp.Core.AfterSales;

/// <summary>
/// The reason dictionary of 退换登记 (resource keys "CaseReason.*"), so the queue can be filtered and counted by reason.
/// </summary>
public static class CaseReasons
{
    public const string Quality = "Quality";
    public const string WrongItem = "WrongItem";
    public const string Missing = "Missing";
    public const string Damaged = "Damaged";
    public const string Size = "Size";
    public const string NoReason = "NoReason";
    public const string NotShipped = "NotShipped";
    public const string Platform = "Platform";
    public const string Blind = "Blind";
    public const string Other = "Other";

    /// <summary>What a clerk picks from; <see cref="Platform"/> and <see cref="Blind"/> are set by the system.</summary>
    public static readonly IReadOnlyList<string> Selectable = [Quality, WrongItem, Missing, Damaged, Size, NoReason, NotShipped, Other];

    public static readonly IReadOnlyList<string> All = [.. Selectable, Platform, Blind];

    public static string KeyOf(string reason) => "CaseReason." + reason;
}
