namespace BlazorErp.Core.Admin;

/// <summary>The six roles of the domain guide. The string is the Identity role name; the UI shows 审单员, 仓库 …</summary>
public static class Role
{
    public const string ReviewClerk = nameof(ReviewClerk);
    public const string Warehouse = nameof(Warehouse);
    public const string AfterSales = nameof(AfterSales);
    public const string Finance = nameof(Finance);
    public const string Manager = nameof(Manager);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [ReviewClerk, Warehouse, AfterSales, Finance, Manager, Admin];

    /// <summary>Integrations calling /api/v1 with an API key act in this role; no person holds it.</summary>
    public const string Integration = nameof(Integration);
}
