using System.Globalization;
using BlazorErp.PlatformSandbox.Store;

namespace BlazorErp.PlatformSandbox.Cainiao;

/// <summary>
/// The couriers (cp_code) Cainiao's e-waybill serves in the stand-in, and what their numbers look like. JD is
/// deliberately missing: JD Logistics issues its own waybills, so asking Cainiao for one is refused, as in life.
/// </summary>
public static class WaybillCouriers
{
    /// <param name="CpType">Cainiao's 物流服务商业务类型: 1 直营, 2 加盟.</param>
    /// <param name="Prefix">What every number of the courier starts with.</param>
    /// <param name="SerialDigits">Digits after the prefix and the three-digit segment (号段).</param>
    public sealed record Courier(string CpCode, string Name, int CpType, string Prefix, int SerialDigits)
    {
        /// <summary>prefix + segment + serial, e.g. ZTO 7 001 00000042 → 700100000042 (12 digits, like ZTO's).</summary>
        public string Number(long segment, long serial) =>
            Prefix + (segment % 1000).ToString("D3", CultureInfo.InvariantCulture) + serial.ToString("D" + SerialDigits, CultureInfo.InvariantCulture);
    }

    public static readonly IReadOnlyList<Courier> All =
    [
        new("ZTO", "中通快递", 2, "7", 8),        // 12 digits, 7…
        new("YTO", "圆通速递", 2, "YT", 10),      // YT + 13 digits
        new("STO", "申通快递", 2, "77", 8),       // 13 digits, 77…
        new("YUNDA", "韵达快递", 2, "43", 8),     // 13 digits, 43…
        new("SF", "顺丰速运", 1, "SF", 10),       // SF + 13 digits
        new("EMS", "EMS", 1, "11", 8),            // 13 digits, 11…
        new("POST", "中国邮政", 1, "9", 9),       // 13 digits, 9…
        new("HTKY", "百世快递", 2, "55", 8),      // 13 digits, 55…
        new("JTSD", "极兔速递", 2, "JT", 10),     // JT + 13 digits
    ];

    public static Courier? Find(string cpCode) => All.FirstOrDefault(c => c.CpCode == cpCode);

    /// <summary>What a seller registered with the stand-in has: every courier subscribed, with a generous balance.</summary>
    public static IEnumerable<SandboxWaybillSubscription> DefaultSubscriptions(string sellerNick) =>
        All.Select(c => new SandboxWaybillSubscription
        {
            SellerNick = sellerNick, CpCode = c.CpCode, BranchCode = c.CpCode + "-571001", BranchName = c.Name + "杭州网点", Quantity = 100_000,
        });
}
