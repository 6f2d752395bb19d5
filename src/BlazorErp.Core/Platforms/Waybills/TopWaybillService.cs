using System.Text.Json;
using System.Text.Json.Serialization;
using BlazorErp.Core.Platforms.Top;

namespace BlazorErp.Core.Platforms.Waybills;

/// <summary>Cainiao's e-waybill through TOP: cainiao.waybill.ii.get / .cancel / .search and taobao.wlb.waybill.i.print.</summary>
public sealed class TopWaybillService(TopClient client) : IWaybillService
{
    /// <summary>
    /// The sub_code of cancelling a number that is already cancelled. A caller voiding a waybill may count it as done:
    /// a cancel retried after a lost answer meets it.
    /// </summary>
    public const string AlreadyCancelled = "isv.WAYBILL_ALREADY_CANCELLED";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public async Task<Waybill> ReserveAsync(TopCredentials credentials, WaybillRequest request, CancellationToken cancellationToken = default)
    {
        var apply = new
        {
            cp_code = request.CpCode,
            sender = Contact(request.Sender),
            trade_order_info_dtos = new[]
            {
                new
                {
                    object_id = request.ParcelId,
                    order_info = new { order_channels_type = request.OrderChannel, trade_order_list = request.TradeIds },
                    package_info = new { id = request.ParcelId, items = request.Items.Select(i => new { name = i.Name, count = i.Count }), weight = request.WeightGrams },
                    recipient = Contact(request.Recipient),
                    template_url = request.TemplateUrl,
                },
            },
        };
        var response = await client.CallAsync("cainiao.waybill.ii.get", credentials,
            new Dictionary<string, string?> { ["param_waybill_cloud_print_apply_new_request"] = JsonSerializer.Serialize(apply, Json) }, cancellationToken);
        var module = response.GetProperty("modules").GetProperty("waybill_cloud_print_response").EnumerateArray()
            .Single(m => m.GetProperty("object_id").GetString() == request.ParcelId);
        return new Waybill(module.GetProperty("waybill_code").GetString()!, module.GetProperty("print_data").GetString()!);
    }

    public async Task CancelAsync(TopCredentials credentials, string cpCode, string waybillCode, CancellationToken cancellationToken = default) =>
        await client.CallAsync("cainiao.waybill.ii.cancel", credentials,
            new Dictionary<string, string?> { ["cp_code"] = cpCode, ["waybill_code"] = waybillCode }, cancellationToken);

    public async Task<int> MarkPrintedAsync(TopCredentials credentials, string cpCode, string waybillCode, CancellationToken cancellationToken = default)
    {
        var check = new { cp_code = cpCode, print_check_info_cols = new[] { new { waybill_code = waybillCode } } };
        var response = await client.CallAsync("taobao.wlb.waybill.i.print", credentials,
            new Dictionary<string, string?> { ["waybill_apply_print_check_request"] = JsonSerializer.Serialize(check, Json) }, cancellationToken);
        return response.GetProperty("waybill_apply_print_check_infos").GetProperty("waybill_apply_print_check_info").EnumerateArray()
            .Single(i => i.GetProperty("waybill_code").GetString() == waybillCode).GetProperty("print_quantity").GetInt32();
    }

    public async Task<IReadOnlyList<WaybillCounts>> CountsAsync(TopCredentials credentials, string? cpCode = null, CancellationToken cancellationToken = default)
    {
        var response = await client.CallAsync("cainiao.waybill.ii.search", credentials, new Dictionary<string, string?> { ["cp_code"] = cpCode }, cancellationToken);
        if (!response.TryGetProperty("waybill_apply_subscription_cols", out var cols)) return []; // TOP omits empty lists
        return cols.GetProperty("waybill_apply_subscription_info").EnumerateArray()
            .SelectMany(s => s.GetProperty("branch_account_cols").GetProperty("waybill_branch_account").EnumerateArray(), (s, b) => new WaybillCounts(
                s.GetProperty("cp_code").GetString()!, b.GetProperty("branch_code").GetString()!, b.GetProperty("branch_name").GetString()!,
                b.GetProperty("quantity").GetInt64(), b.GetProperty("allocated_quantity").GetInt64(), b.GetProperty("cancel_quantity").GetInt64(),
                b.GetProperty("print_quantity").GetInt64()))
            .ToList();
    }

    private static object Contact(WaybillContact contact) => new
    {
        name = contact.Name,
        mobile = contact.Mobile,
        phone = contact.Phone,
        address = new { province = contact.Address.Province, city = contact.Address.City, district = contact.Address.District, town = contact.Address.Town, detail = contact.Address.Detail },
    };
}
