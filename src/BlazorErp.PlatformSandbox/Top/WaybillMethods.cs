using System.Text.Json.Nodes;
using BlazorErp.PlatformSandbox.Cainiao;
using BlazorErp.PlatformSandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.PlatformSandbox.Top;

/// <summary>
/// Cainiao's e-waybill (菜鸟电子面单) on the TOP router, with Cainiao's parameter and field names: numbers come from the
/// seller's subscription per courier; a parcel (object_id) holds at most one live number, so a retry gets the same one;
/// cancelling gives the number up (and the balance back); print confirmation counts prints; search reports the usage.
/// </summary>
public sealed class WaybillMethods
{
    private const string ApplyRequest = "param_waybill_cloud_print_apply_new_request";
    private const string PrintRequest = "waybill_apply_print_check_request";
    private const int MaxParcelsPerCall = 10;
    private static readonly string[] OrderChannels = ["TB", "TM", "JD", "PDD", "YZ", "ALIBABA", "OTHERS"];

    // Allocation reads the balance and the last serial and writes both back; cancel and print change the same rows.
    // The account's writes therefore go one at a time, as one Cainiao account's do.
    private readonly SemaphoreSlim _account = new(1, 1);

    public IReadOnlyDictionary<string, Func<TopRequest, Task<JsonObject>>> All => new Dictionary<string, Func<TopRequest, Task<JsonObject>>>
    {
        ["cainiao.waybill.ii.get"] = GetAsync,
        ["cainiao.waybill.ii.cancel"] = CancelAsync,
        ["cainiao.waybill.ii.search"] = SearchAsync,
        ["taobao.wlb.waybill.i.print"] = PrintAsync,
    };

    /// <summary>
    /// 电子面单云打印取号: up to ten parcels of one courier; each answers object_id, waybill_code and print_data. A parcel that
    /// already holds a live number gets it again with the print data of the first answer, and nothing is drawn from the balance.
    /// </summary>
    private async Task<JsonObject> GetAsync(TopRequest r)
    {
        var request = r.RequiredJson(ApplyRequest);
        var courier = Courier(Text(request, "cp_code"));
        var sender = Contact(request, "sender");
        var parcels = request["trade_order_info_dtos"] as JsonArray;
        if (parcels is null || parcels.Count == 0) throw Invalid("trade_order_info_dtos不能为空");
        if (parcels.Count > MaxParcelsPerCall) throw Invalid($"trade_order_info_dtos最多{MaxParcelsPerCall}个");
        var checkedParcels = parcels.Select((p, i) => Parcel(p as JsonObject, $"trade_order_info_dtos[{i}]")).ToList();
        var objectIds = checkedParcels.Select(p => (string)p["object_id"]!).ToList();
        if (objectIds.Distinct().Count() != objectIds.Count) throw Invalid("object_id在一次请求中不能重复");

        var seller = r.Shop.SellerNick;
        var secret = (await r.Db.Apps.AsNoTracking().SingleAsync(a => a.AppKey == r.Shop.AppKey)).Secret;
        await _account.WaitAsync();
        try
        {
            var subscription = await r.Db.WaybillSubscriptions.SingleOrDefaultAsync(s => s.SellerNick == seller && s.CpCode == courier.CpCode)
                               ?? throw new TopException(TopError.Business("isv.SUBSCRIPTION_NOT_EXIST", $"未订购{courier.Name}({courier.CpCode})电子面单服务"));
            var live = await r.Db.Waybills.AsNoTracking()
                .Where(w => w.SellerNick == seller && w.CpCode == courier.CpCode && w.CancelledAt == null && objectIds.Contains(w.ObjectId))
                .ToDictionaryAsync(w => w.ObjectId);
            var modules = new JsonArray();
            foreach (var parcel in checkedParcels)
            {
                var objectId = (string)parcel["object_id"]!;
                if (!live.TryGetValue(objectId, out var waybill))
                {
                    if (subscription.Quantity <= 0)
                        throw new TopException(TopError.Business("isv.WAYBILL_QUANTITY_NOT_ENOUGH", $"{subscription.BranchName}电子面单余额不足"));
                    subscription.Quantity--;
                    subscription.LastSerial++;
                    var code = courier.Number(subscription.Id, subscription.LastSerial);
                    waybill = new SandboxWaybill
                    {
                        SubscriptionId = subscription.Id, SellerNick = seller, CpCode = courier.CpCode, WaybillCode = code, ObjectId = objectId,
                        PrintData = PrintData.Build(courier, code, parcel, sender, secret), AllocatedAt = r.NowChina,
                    };
                    r.Db.Waybills.Add(waybill);
                }
                modules.Add(new JsonObject { ["object_id"] = objectId, ["waybill_code"] = waybill.WaybillCode, ["print_data"] = waybill.PrintData });
            }
            await r.Db.SaveChangesAsync(); // all parcels of the call or none
            return new JsonObject { ["modules"] = new JsonObject { ["waybill_cloud_print_response"] = modules } };
        }
        finally
        {
            _account.Release();
        }
    }

    /// <summary>商家取消获取的电子面单号: only a live, unshipped number of this seller; the balance gets the number back.</summary>
    private async Task<JsonObject> CancelAsync(TopRequest r)
    {
        var courier = Courier(r.Required("cp_code"));
        var code = r.Required("waybill_code");
        await _account.WaitAsync();
        try
        {
            var waybill = await FindAsync(r, courier, code);
            if (waybill.CancelledAt is not null)
                throw new TopException(TopError.Business("isv.WAYBILL_ALREADY_CANCELLED", $"面单号{code}已取消，不能重复取消"));
            if (await r.Db.Shipments.AnyAsync(s => s.OutSid == code && s.CompanyCode == courier.CpCode))
                throw new TopException(TopError.Business("isv.WAYBILL_ALREADY_SHIPPED", $"面单号{code}已发货，不能取消"));
            waybill.CancelledAt = r.NowChina;
            var subscription = await r.Db.WaybillSubscriptions.SingleAsync(s => s.Id == waybill.SubscriptionId);
            subscription.Quantity++;
            await r.Db.SaveChangesAsync();
            return new JsonObject { ["cancel_result"] = true };
        }
        finally
        {
            _account.Release();
        }
    }

    /// <summary>
    /// 打印确认 (the e-waybill print confirmation): counts one print of each listed number and answers its print_quantity;
    /// a reprint is flagged with a notice. A cancelled number may not be printed.
    /// </summary>
    private async Task<JsonObject> PrintAsync(TopRequest r)
    {
        var request = r.RequiredJson(PrintRequest);
        var courier = Courier(Text(request, "cp_code", PrintRequest));
        if (request["print_check_info_cols"] is not JsonArray { Count: > 0 } infos) throw Invalid("print_check_info_cols不能为空", PrintRequest);
        var codes = infos.Select((info, i) => Text(info, "waybill_code", PrintRequest, $"print_check_info_cols[{i}].")).ToList();
        await _account.WaitAsync();
        try
        {
            var answers = new JsonArray();
            foreach (var code in codes)
            {
                var waybill = await FindAsync(r, courier, code);
                if (waybill.CancelledAt is not null)
                    throw new TopException(TopError.Business("isv.WAYBILL_ALREADY_CANCELLED", $"面单号{code}已取消，不能打印"));
                waybill.PrintCount++;
                var answer = new JsonObject { ["waybill_code"] = code, ["print_quantity"] = waybill.PrintCount };
                if (waybill.PrintCount > 1) (answer["notice_code"], answer["notice_message"]) = ("REPEAT_PRINT", $"该面单已打印{waybill.PrintCount - 1}次");
                answers.Add(answer);
            }
            await r.Db.SaveChangesAsync();
            return new JsonObject { ["waybill_apply_print_check_infos"] = new JsonObject { ["waybill_apply_print_check_info"] = answers } };
        }
        finally
        {
            _account.Release();
        }
    }

    /// <summary>
    /// 查询面单服务订购及面单使用情况, per courier and branch: quantity (balance), allocated_quantity (every number handed out,
    /// cancelled ones included), cancel_quantity, and print_quantity (numbers printed at least once).
    /// </summary>
    private static async Task<JsonObject> SearchAsync(TopRequest r)
    {
        var cpCode = r.Optional("cp_code") is { } c ? Courier(c).CpCode : null;
        var seller = r.Shop.SellerNick;
        var subscriptions = await r.Db.WaybillSubscriptions.AsNoTracking()
            .Where(s => s.SellerNick == seller && (cpCode == null || s.CpCode == cpCode)).OrderBy(s => s.CpCode).ToListAsync();
        var usage = await r.Db.Waybills.AsNoTracking().Where(w => w.SellerNick == seller && (cpCode == null || w.CpCode == cpCode))
            .GroupBy(w => w.SubscriptionId)
            .Select(g => new { g.Key, Allocated = g.Count(), Cancelled = g.Count(w => w.CancelledAt != null), Printed = g.Count(w => w.PrintCount > 0) })
            .ToDictionaryAsync(u => u.Key);
        var infos = subscriptions.Select(s =>
        {
            var used = usage.GetValueOrDefault(s.Id);
            return (JsonNode)new JsonObject
            {
                ["cp_code"] = s.CpCode,
                ["cp_type"] = WaybillCouriers.Find(s.CpCode)?.CpType,
                ["branch_account_cols"] = new JsonObject
                {
                    ["waybill_branch_account"] = new JsonArray(new JsonObject
                    {
                        ["branch_code"] = s.BranchCode, ["branch_name"] = s.BranchName, ["branch_status"] = 0,
                        ["segment_code"] = (s.Id % 1000).ToString("D3"), ["quantity"] = s.Quantity,
                        ["allocated_quantity"] = used?.Allocated ?? 0, ["cancel_quantity"] = used?.Cancelled ?? 0, ["print_quantity"] = used?.Printed ?? 0,
                    }),
                },
            };
        });
        return new JsonObject { ["waybill_apply_subscription_cols"] = new JsonObject { ["waybill_apply_subscription_info"] = new JsonArray(infos.ToArray()) } };
    }

    private static async Task<SandboxWaybill> FindAsync(TopRequest r, WaybillCouriers.Courier courier, string code) =>
        await r.Db.Waybills.SingleOrDefaultAsync(w => w.SellerNick == r.Shop.SellerNick && w.CpCode == courier.CpCode && w.WaybillCode == code)
        ?? throw new TopException(TopError.Business("isv.WAYBILL_NOT_EXIST", $"面单号{code}不存在"));

    private static WaybillCouriers.Courier Courier(string cpCode) =>
        WaybillCouriers.Find(cpCode.Trim().ToUpperInvariant())
        ?? throw new TopException(TopError.Business("isv.CP_CODE_NOT_SUPPORT", $"物流公司{cpCode}不支持菜鸟电子面单"));

    /// <summary>One parcel of the apply request, checked field by field the way Cainiao names them.</summary>
    private static JsonObject Parcel(JsonObject? parcel, string path)
    {
        if (parcel is null) throw Invalid(path + "不能为空");
        var objectId = Text(parcel, "object_id", prefix: path + ".");
        if (objectId.Length > 40) throw Invalid(path + ".object_id长度不能超过40");
        var order = parcel["order_info"] as JsonObject ?? throw Invalid(path + ".order_info不能为空");
        if (!OrderChannels.Contains(Text(order, "order_channels_type", prefix: path + ".order_info.")))
            throw Invalid($"{path}.order_info.order_channels_type取值为{string.Join("/", OrderChannels)}");
        if (order["trade_order_list"] is not JsonArray { Count: > 0 }) throw Invalid(path + ".order_info.trade_order_list不能为空");
        var package = parcel["package_info"] as JsonObject ?? throw Invalid(path + ".package_info不能为空");
        if (package["items"] is not JsonArray { Count: > 0 } items) throw Invalid(path + ".package_info.items不能为空");
        foreach (var (item, i) in items.Select((item, i) => (item, i)))
        {
            Text(item, "name", prefix: $"{path}.package_info.items[{i}].");
            if (item?["count"] is not JsonValue count || !count.TryGetValue<int>(out var n) || n <= 0)
                throw Invalid($"{path}.package_info.items[{i}].count必须为正整数");
        }
        if (package["weight"] is JsonValue weight && (!weight.TryGetValue<long>(out var grams) || grams < 0))
            throw Invalid(path + ".package_info.weight必须为非负整数(克)");
        Contact(parcel, "recipient", path + ".");
        Text(parcel, "template_url", prefix: path + ".");
        return parcel;
    }

    /// <summary>A sender or recipient: name, mobile or phone, and an address down to the detail.</summary>
    private static JsonObject Contact(JsonObject owner, string name, string prefix = "")
    {
        var contact = owner[name] as JsonObject ?? throw Invalid(prefix + name + "不能为空");
        Text(contact, "name", prefix: $"{prefix}{name}.");
        if (contact["mobile"] is null && contact["phone"] is null) throw Invalid($"{prefix}{name}.mobile与{prefix}{name}.phone不能同时为空");
        var address = contact["address"] as JsonObject ?? throw Invalid($"{prefix}{name}.address不能为空");
        foreach (var field in new[] { "province", "city", "detail" }) Text(address, field, prefix: $"{prefix}{name}.address.");
        return contact;
    }

    private static string Text(JsonNode? owner, string field, string parameter = ApplyRequest, string prefix = "") =>
        owner?[field] is JsonValue value && value.TryGetValue<string>(out var text) && text.Trim().Length > 0
            ? text.Trim() : throw Invalid(prefix + field + "不能为空", parameter);

    private static TopException Invalid(string why, string parameter = ApplyRequest) => new(TopError.Invalid(parameter, why));
}
