using System.Text.RegularExpressions;
using System.Xml.Linq;
using BlazorErp.Core.Admin;
using BlazorErp.Core.Common.Auditing;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using Microsoft.AspNetCore.Identity;

namespace BlazorErp.Core.Tests;

/// <summary>A missing string shows its raw key to a clerk: every key the code uses must exist in both languages.</summary>
public partial class LocalizationTests
{
    private static readonly string ResxFolder = Path.Combine(RepoFiles.Root, "src", "BlazorErp.Core", "Localization");

    private static HashSet<string> KeysOf(string file) =>
        XDocument.Load(Path.Combine(ResxFolder, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    [Fact]
    public void Chinese_and_English_have_the_same_keys()
    {
        var zh = KeysOf("Strings.resx");
        var en = KeysOf("Strings.en.resx");
        Assert.Empty(zh.Except(en));
        Assert.Empty(en.Except(zh));
    }

    [Fact]
    public void Every_key_used_in_the_source_exists()
    {
        var keys = KeysOf("Strings.resx");
        var used = RepoFiles.Sources("src", "*.cs", "*.razor")
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .Where(u => !u.Key.EndsWith('.'));
        var missing = used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_key_built_from_a_value_exists()
    {
        var keys = KeysOf("Strings.resx");
        var built = Role.All.Select(r => "Role." + r)
            .Concat(UiCultures.Supported.Select(c => "Culture." + c))
            .Concat(Enum.GetNames<AuditAction>().Select(a => "Audit.Action." + a))
            .Concat(EnumKeys<Platform>()).Concat(EnumKeys<WarehouseType>()).Concat(EnumKeys<LabelSize>()).Concat(EnumKeys<ReachKind>())
            .Concat(EnumKeys<CustomerCategory>()).Concat(EnumKeys<StockDocumentType>()).Concat(EnumKeys<StockDocumentStatus>()).Concat(EnumKeys<Platforms.DownloadStatus>())
            .Concat(EnumKeys<Orders.OrderStatus>()).Concat(EnumKeys<Orders.OrderFlags>()).Concat(EnumKeys<Platforms.ShipSyncStatus>())
            .Concat(EnumKeys<Orders.ReviewFinding>()).Concat(EnumKeys<Review.Features.ReviewTab>())
            .Concat(EnumKeys<Core.Finance.LedgerAccount>()).Concat(EnumKeys<Core.Finance.PartyKind>()).Concat(EnumKeys<Core.Finance.JournalSource>())
            .Concat(EnumKeys<Core.Finance.MoneyAccountKind>()).Concat(EnumKeys<Core.Finance.StatementKind>()).Concat(EnumKeys<Core.Finance.StatementStatus>())
            .Concat(EnumKeys<Core.Finance.StatementOutcome>()).Concat(Enum.GetNames<Core.Finance.Features.CashDirection>().Select(d => "Cash." + d))
            .Concat(Enum.GetNames<Core.Finance.StatementKind>().SelectMany(k => new[] { "Statement.Help.", "Statement.ConfirmHelp.", "Statement.Tab.Unknown.",
                "Statement.Tab.Missing.", "Statement.Key.", "Statement.Col.Amount.", "Statement.Col.OurAmount.", "Statement.Col.Since." }.Select(p => p + k)))
            .Concat(["Statement.TidUnknown", "Statement.TidNotShipped", "Statement.TrackingUnknown", "Statement.NothingOpen", "Statement.NegativeAmount",
                "Statement.Sheet", "Ageing.Sheet", "Ageing.Days0To30", "Ageing.Days31To60", "Ageing.Days61To90", "Ageing.Over90"])
            .Concat(EnumKeys<AfterSales.CaseType>()).Concat(EnumKeys<AfterSales.CaseStatus>()).Concat(EnumKeys<AfterSales.RefundKind>())
            .Concat(AfterSales.CaseReasons.All.Select(AfterSales.CaseReasons.KeyOf))
            .Concat(["Stock.Insufficient", "Stock.NotReserved", "PlatformGoods.NoOuterCode", "PlatformGoods.OuterCodeHasSpaces", "PlatformGoods.UnknownCode"])
            .Concat(typeof(LocalizedIdentityErrorDescriber).GetMethods()
                .Where(m => m.DeclaringType == typeof(LocalizedIdentityErrorDescriber) && m.ReturnType == typeof(IdentityError))
                .Select(m => "Identity." + m.Name));
        var missing = built.Where(k => !keys.Contains(k)).ToList();
        Assert.Empty(missing);
    }

    private static IEnumerable<string> EnumKeys<T>() where T : struct, Enum => Enum.GetNames<T>().Select(n => typeof(T).Name + "." + n);

    // L["Key"], L["Key", args], new Error("Key" …), new("Nav.X" …) / new("Page.X" …) in the menu.
    [GeneratedRegex(@"(?:L\[|new Error\(|new\()""(?<key>[A-Z][A-Za-z]+\.[A-Za-z.\-]+)""|""(?<key>(?:Page|Nav)\.[A-Za-z]+)""|l\[""(?<key>[A-Z][A-Za-z]+\.[A-Za-z.\-]+)""")]
    private static partial Regex KeyPattern();
}
