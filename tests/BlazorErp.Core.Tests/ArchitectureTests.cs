using System.Text.RegularExpressions;
using BlazorErp.Core.Common;

namespace BlazorErp.Core.Tests;

public partial class ArchitectureTests
{
    private static readonly string[] WebAssemblies =
        ["Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.SignalR",
         "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Routing", "MudBlazor"];

    [Fact]
    public void Core_does_not_reference_web_or_UI_assemblies()
    {
        var references = typeof(ErpDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name!);
        var webReferences = references.Where(r => WebAssemblies.Any(w => r.StartsWith(w, StringComparison.Ordinal))).ToList();
        Assert.Empty(webReferences);
    }

    /// <summary>
    /// A module talks to another only through the namespaces listed here (events, read interfaces):
    /// never through its entities or handlers. Common and Localization are for everyone.
    /// </summary>
    private static readonly Dictionary<string, string[]> AllowedCrossModule = new()
    {
        // Stock is kept per warehouse and SKU; inventory reads them and answers MasterData's ISkuUsage.
        ["Inventory"] = ["MasterData"],
        // The demo merchant is seeded through every module's public model.
        ["Demo"] = ["MasterData", "Inventory", "Regions", "Admin", "Review", "Orders", "Shipping"],
        // Courier reachability and addresses are kept as region codes; goods-master writes check Admin's declared permission.
        ["MasterData"] = ["Regions", "Admin"],
        // Downloads run per shop, with the shop's protected credentials.
        ["Platforms"] = ["MasterData"],
        // Orders are built from downloaded raw trades, matched to SKUs by merchant code, with region codes.
        ["Orders"] = ["Platforms", "MasterData", "Regions"],
        // Review works orders: checks read SKUs, couriers, regions and stock; approval reserves stock; a stale
        // save names the user; queue membership plugs into the real-time notifier.
        ["Review"] = ["Orders", "MasterData", "Regions", "Inventory", "Admin", "Realtime", "Platforms"],
        // The warehouse stations move orders on, deduct reserved stock and queue the platform's ship sync.
        // Print batches reserve e-waybills, check refunds and render through Printing; addresses are region codes.
        ["Shipping"] = ["Orders", "MasterData", "Inventory", "Platforms", "Realtime", "Printing", "Regions", "Review"],
        // Reports bridge the modules they report on: station passes of orders and shipment postings become summary rows and
        // sales lines (an interceptor, so neither Orders nor Shipping knows of reports); the dashboard reads stock, shops and sync jobs.
        ["Reporting"] = ["Orders", "Shipping", "MasterData", "Inventory", "Platforms", "Realtime"],
        // Finance books what the other modules post (shipments, refunds) without them knowing it, reads orders for trade numbers
        // and the 货到付款 flag, and names shops, couriers, suppliers and customers as parties.
        ["Finance"] = ["Shipping", "Orders", "MasterData", "AfterSales"],
        // After-sales registers cases on orders, pulls unshipped ones back through review (releasing stock, withdrawing them
        // from print batches), receives returns into stock, follows platform refunds and shows in the live return queue.
        ["AfterSales"] = ["Orders", "MasterData", "Inventory", "Platforms", "Realtime", "Review", "Shipping"],
    };

    [Fact]
    public void Modules_do_not_reach_into_each_other()
    {
        var violations = new List<string>();
        var core = Path.Combine("src", "BlazorErp.Core");
        foreach (var file in RepoFiles.Sources(core, "*.cs"))
        {
            var relative = Path.GetRelativePath(Path.Combine(RepoFiles.Root, core), file);
            var module = relative.Split(Path.DirectorySeparatorChar)[0];
            if (module is "Common" or "Localization" || !relative.Contains(Path.DirectorySeparatorChar)) continue;
            foreach (Match use in CoreUsing().Matches(File.ReadAllText(file)))
            {
                var used = use.Groups["ns"].Value;
                var usedModule = used.Split('.')[0];
                if (usedModule is "Common" or "Localization" || usedModule == module) continue;
                if (AllowedCrossModule.TryGetValue(module, out var allowed) && allowed.Any(a => used.StartsWith(a, StringComparison.Ordinal))) continue;
                violations.Add($"{relative} uses BlazorErp.Core.{used}");
            }
        }
        Assert.Empty(violations);
    }

    [GeneratedRegex(@"BlazorErp\.Core\.(?<ns>[A-Za-z.]+)")]
    private static partial Regex CoreUsing();
}
