using BlazorErp.Core.Admin;
using System.Security.Claims;

namespace BlazorErp.Web.Security;

/// <summary>Who may reach a route: anyone (no sign-in), or a signed-in caller holding one of the roles.</summary>
public sealed record Access(bool Anonymous, IReadOnlyList<string> Roles)
{
    public static readonly Access Public = new(true, []);
    /// <summary>Any member of staff, whatever their role; not an API-key integration.</summary>
    public static readonly Access AnyStaff = new(false, Role.All);
    public static Access For(params string[] roles) => new(false, roles);

    public bool Allows(ClaimsPrincipal user) =>
        Anonymous || (user.Identity?.IsAuthenticated == true && Roles.Any(user.IsInRole));
}

/// <summary>
/// The one declared authorization matrix: every page and endpoint route → who may use it. Page and
/// endpoint metadata are derived from it at start-up (<see cref="AccessMatrixConventions"/>), the Blazor
/// router checks it on every in-app navigation (<c>AccessGate</c>), the navigation menu shows only what
/// it allows, and a test walks every endpoint against it. A route that is not listed here fails start-up.
/// </summary>
public static class AccessMatrix
{
    private const string Admin = Role.Admin, Manager = Role.Manager, Review = Role.ReviewClerk,
        Warehouse = Role.Warehouse, AfterSales = Role.AfterSales, Finance = Role.Finance;

    public static readonly IReadOnlyDictionary<string, Access> Routes = new Dictionary<string, Access>(StringComparer.OrdinalIgnoreCase)
    {
        // Account and shell
        ["/account/login"] = Access.Public,
        ["/account/access-denied"] = Access.Public,
        ["/account/logout"] = Access.AnyStaff,
        ["/account/culture"] = Access.AnyStaff,
        ["/"] = Access.AnyStaff,
        ["/healthz"] = Access.Public,
        ["/not-found"] = Access.AnyStaff,

        // 设置
        ["/settings/shops"] = Access.For(Admin),
        ["/settings/warehouses"] = Access.For(Admin),
        ["/settings/couriers"] = Access.For(Admin),
        ["/settings/customers"] = Access.For(Admin, Manager, AfterSales, Review),
        // 货品
        ["/goods"] = Access.For(Admin, Manager, Review, Warehouse, AfterSales),
        ["/goods/export"] = Access.For(Admin, Manager, Review, Warehouse, AfterSales),
        ["/goods/platform"] = Access.For(Admin, Manager, Review),
        // 订单
        ["/orders/review"] = Access.For(Review, Manager, Admin),
        ["/orders/exceptions"] = Access.For(Review, AfterSales, Manager, Admin),
        ["/orders/review-rules"] = Access.For(Manager, Admin),
        ["/orders/search"] = Access.For(Review, Warehouse, AfterSales, Finance, Manager, Admin),
        ["/orders/download"] = Access.For(Review, Manager, Admin),
        ["/orders/new"] = Access.For(Review, AfterSales, Manager, Admin),
        ["/orders/import"] = Access.For(Review, AfterSales, Manager, Admin),
        ["/orders/import/template"] = Access.For(Review, AfterSales, Manager, Admin),
        ["/orders/ship-sync"] = Access.For(Warehouse, Review, Manager, Admin),
        // 打印发货
        ["/printing/batches"] = Access.For(Warehouse, Manager, Admin),
        ["/printing/batches/{id:long}/files/{kind}"] = Access.For(Warehouse, Manager, Admin),
        ["/shipping/inspect"] = Access.For(Warehouse, Manager, Admin),
        ["/shipping/weigh"] = Access.For(Warehouse, Manager, Admin),
        // 库存
        ["/inventory/stock"] = Access.For(Warehouse, Review, Manager, Admin),
        ["/inventory/stock/export"] = Access.For(Warehouse, Review, Manager, Admin),
        ["/inventory/documents"] = Access.For(Warehouse, Manager, Admin),
        // 采购
        ["/purchasing/orders"] = Access.For(Warehouse, Finance, Manager, Admin),
        ["/purchasing/suppliers"] = Access.For(Warehouse, Finance, Manager, Admin),
        // 售后
        ["/after-sales/cases"] = Access.For(AfterSales, Manager, Admin),
        ["/after-sales/register"] = Access.For(AfterSales, Manager, Admin),
        ["/after-sales/receive"] = Access.For(AfterSales, Warehouse, Manager, Admin),
        // 财务
        ["/finance/accounts"] = Access.For(Finance, Manager, Admin),
        ["/finance/receivables"] = Access.For(Finance, Manager, Admin),
        ["/finance/receivables/statement"] = Access.For(Finance, Manager, Admin),
        ["/finance/reconciliation"] = Access.For(Finance, Manager, Admin),
        ["/finance/postage"] = Access.For(Finance, Manager, Admin),
        ["/finance/cod"] = Access.For(Finance, Manager, Admin),
        // 统计
        ["/reports/dashboard"] = Access.For(Manager, Admin),
        ["/reports/sales-detail"] = Access.For(Finance, Manager, Admin),
        ["/reports/sales-detail/export"] = Access.For(Finance, Manager, Admin),
        // 系统
        ["/admin/users"] = Access.For(Admin),
        ["/admin/audit"] = Access.For(Admin),
        ["/admin/api-keys"] = Access.For(Admin),

        // Live queues for non-browser clients; which queue a caller may join is checked by the hub per queue.
        ["/hubs/queues"] = Access.For([.. Role.All, Role.Integration]),
        ["/hubs/queues/negotiate"] = Access.For([.. Role.All, Role.Integration]),

        // Open API (API-key callers act in the Integration role)
        ["/openapi/{documentName}.json"] = Access.Public, // the API's shape is no secret; its data is
        ["/api/v1/me"] = Access.For(Role.Integration),
        ["/api/v1/orders"] = Access.For(Role.Integration),
        ["/api/v1/orders/{id:long}"] = Access.For(Role.Integration),

        // The platform stand-in, mapped into the host in demo mode: the router authenticates by TOP signature,
        // its set-up endpoints are for administrators.
        ["/router/rest"] = Access.Public,
        ["/sandbox/apps"] = Access.For(Admin),
        ["/sandbox/shops"] = Access.For(Admin),
        ["/sandbox/shops/{session}/trades"] = Access.For(Admin),
        ["/sandbox/trades/{tid:long}/changes"] = Access.For(Admin),
        ["/sandbox/trades/{tid:long}"] = Access.For(Admin),
        ["/sandbox/faults"] = Access.For(Admin),
    };

    public static Access? Find(string? route) =>
        route is not null && Routes.TryGetValue(Normalize(route), out var access) ? access : null;

    /// <summary>Route patterns come with or without the leading slash depending on who built them.</summary>
    public static string Normalize(string route) => "/" + route.Trim().TrimStart('/');

    /// <summary>For a page URL such as <c>/admin/users?x=1</c>: may this user open it? Unlisted means no.</summary>
    public static bool AllowsPath(ClaimsPrincipal user, string path)
    {
        var clean = path.Split('?', '#')[0];
        return Find(clean.Length == 0 ? "/" : clean)?.Allows(user) == true;
    }
}
