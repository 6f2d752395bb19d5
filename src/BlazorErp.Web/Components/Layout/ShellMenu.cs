using System.Security.Claims;
using BlazorErp.Web.Security;
using MudBlazor;

namespace BlazorErp.Web.Components.Layout;

public sealed record NavItem(string TitleKey, string Route, string Icon, string? Hotkey = null);
public sealed record NavGroup(string TitleKey, string Icon, IReadOnlyList<NavItem> Items);

/// <summary>
/// The shell's menu, grouped by module as staff know them from 网店管家. What a user sees is filtered
/// through <see cref="Security.AccessMatrix"/>; the titles are Strings keys.
/// </summary>
public static class ShellMenu
{
    public static readonly IReadOnlyList<NavGroup> Groups =
    [
        new("Nav.Settings", Icons.Material.Filled.Settings,
        [
            new("Page.Shops", "/settings/shops", Icons.Material.Filled.Storefront),
            new("Page.Warehouses", "/settings/warehouses", Icons.Material.Filled.Warehouse),
            new("Page.Couriers", "/settings/couriers", Icons.Material.Filled.LocalShipping),
            new("Page.Customers", "/settings/customers", Icons.Material.Filled.Groups),
        ]),
        new("Nav.Goods", Icons.Material.Filled.Inventory2,
        [
            new("Page.Goods", "/goods", Icons.Material.Filled.Category),
            new("Page.PlatformGoods", "/goods/platform", Icons.Material.Filled.Link),
        ]),
        new("Nav.Orders", Icons.Material.Filled.ReceiptLong,
        [
            new("Page.Review", "/orders/review", Icons.Material.Filled.FactCheck, "F2"),
            new("Page.Exceptions", "/orders/exceptions", Icons.Material.Filled.ReportProblem),
            new("Page.ReviewRules", "/orders/review-rules", Icons.Material.Filled.Rule),
            new("Page.OrderSearch", "/orders/search", Icons.Material.Filled.Search),
            new("Page.Download", "/orders/download", Icons.Material.Filled.CloudDownload),
            new("Page.ManualOrder", "/orders/new", Icons.Material.Filled.AddBox),
            new("Page.OrderImport", "/orders/import", Icons.Material.Filled.UploadFile),
        ]),
        new("Nav.PrintShip", Icons.Material.Filled.Print,
        [
            new("Page.PrintBatches", "/printing/batches", Icons.Material.Filled.Print, "F3"),
            new("Page.Inspect", "/shipping/inspect", Icons.Material.Filled.QrCodeScanner),
            new("Page.Weigh", "/shipping/weigh", Icons.Material.Filled.Scale),
            new("Page.ShipSync", "/orders/ship-sync", Icons.Material.Filled.Sync),
        ]),
        new("Nav.Inventory", Icons.Material.Filled.Warehouse,
        [
            new("Page.Stock", "/inventory/stock", Icons.Material.Filled.Inventory),
            new("Page.StockDocuments", "/inventory/documents", Icons.Material.Filled.Description),
        ]),
        new("Nav.Purchasing", Icons.Material.Filled.ShoppingCart,
        [
            new("Page.PurchaseOrders", "/purchasing/orders", Icons.Material.Filled.AddShoppingCart),
            new("Page.Suppliers", "/purchasing/suppliers", Icons.Material.Filled.Factory),
        ]),
        new("Nav.AfterSales", Icons.Material.Filled.AssignmentReturn,
        [
            new("Page.AfterSalesCases", "/after-sales/cases", Icons.Material.Filled.AssignmentReturn),
            new("Page.CaseRegister", "/after-sales/register", Icons.Material.Filled.AddBox),
            new("Page.ReturnReceipt", "/after-sales/receive", Icons.Material.Filled.MoveToInbox),
        ]),
        new("Nav.Finance", Icons.Material.Filled.AccountBalance,
        [
            new("Page.Accounts", "/finance/accounts", Icons.Material.Filled.AccountBalanceWallet),
            new("Page.Receivables", "/finance/receivables", Icons.Material.Filled.RequestQuote),
            new("Page.Reconciliation", "/finance/reconciliation", Icons.Material.Filled.FactCheck),
            new("Page.Postage", "/finance/postage", Icons.Material.Filled.LocalShipping),
            new("Page.Cod", "/finance/cod", Icons.Material.Filled.Payments),
        ]),
        new("Nav.Reports", Icons.Material.Filled.BarChart,
        [
            new("Page.Dashboard", "/reports/dashboard", Icons.Material.Filled.Dashboard),
            new("Page.SalesDetail", "/reports/sales-detail", Icons.Material.Filled.TableChart),
        ]),
        new("Nav.System", Icons.Material.Filled.AdminPanelSettings,
        [
            new("Page.Users", "/admin/users", Icons.Material.Filled.People),
            new("Page.Audit", "/admin/audit", Icons.Material.Filled.History),
            new("Page.ApiKeys", "/admin/api-keys", Icons.Material.Filled.Key),
        ]),
    ];

    public static IEnumerable<NavItem> AllItems => Groups.SelectMany(g => g.Items);

    public static NavItem? FindByRoute(string route) =>
        AllItems.FirstOrDefault(i => string.Equals(i.Route, route, StringComparison.OrdinalIgnoreCase));

    public static NavItem? FindByHotkey(string key) => AllItems.FirstOrDefault(i => i.Hotkey == key);

    /// <summary>The groups and items this user may open; empty groups are left out.</summary>
    public static IReadOnlyList<NavGroup> VisibleTo(ClaimsPrincipal user) =>
        Groups.Select(g => g with { Items = g.Items.Where(i => AccessMatrix.AllowsPath(user, i.Route)).ToList() })
            .Where(g => g.Items.Count > 0).ToList();
}
