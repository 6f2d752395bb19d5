using System.Text.RegularExpressions;
using BlazorErp.Core.Regions;

namespace BlazorErp.Core.Review;

/// <summary>A pasted receiver split into its parts; what could not be recognised stays empty.</summary>
public sealed record ParsedReceiver(string Name, string Mobile, RegionPath? Region, string Address);

/// <summary>
/// 智能粘贴: splits one pasted line — "张三 13800138000 广东省深圳市南山区科技园南区 1 栋", the Taobao copy
/// "张三，13800138000，广东省 深圳市 南山区 科技园…", or the address first and the name last — into
/// 姓名 / 手机 / 省市区 / 详细地址.
/// </summary>
public static partial class ReceiverText
{
    public static ParsedReceiver Parse(string text)
    {
        var line = Separators().Replace(text ?? "", " ").Trim();
        var phone = Phone().Match(line);
        // Mobiles lose their grouping (138 0013 8000); a landline keeps its area-code dash.
        var mobile = !phone.Success ? "" : phone.Value.StartsWith('1') ? phone.Value.Replace(" ", "").Replace("-", "") : phone.Value.Replace(" ", "");
        if (phone.Success) line = (line[..phone.Index] + " " + line[(phone.Index + phone.Length)..]).Trim();
        line = Postcode().Replace(line, " ").Trim(); // Taobao's copy ends with the postcode

        // The address runs from the first word that starts with a province to the end, or up to a trailing short name.
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var start = words.FindIndex(w => RegionDirectory.China.ReadPrefix(w) is not null);
        if (start < 0) return new ParsedReceiver(words.FirstOrDefault() ?? "", mobile, null, string.Join(" ", words.Skip(1)));
        var nameWords = words.Take(start).ToList();
        var addressWords = words.Skip(start).ToList();
        if (nameWords.Count == 0 && addressWords.Count > 1 && LooksLikeName(addressWords[^1]))
        {
            nameWords.Add(addressWords[^1]);
            addressWords.RemoveAt(addressWords.Count - 1);
        }
        var address = string.Join(" ", addressWords);
        var (region, length) = RegionDirectory.China.ReadPrefix(address)!.Value;
        return new ParsedReceiver(string.Join(" ", nameWords), mobile, region, address[length..].Trim());
    }

    private static bool LooksLikeName(string word) => word.Length is >= 2 and <= 4 && word.All(c => c >= '\u4e00' && c <= '\u9fff');

    // Labels as the platforms' copy buttons write them (拼多多, 京东, 抖店: "收货人: … 手机号码: … 所在地区: … 详细地址: …"),
    // longest first so 手机号码 is not cut to 码.
    [GeneratedRegex(@"[，,;；、\t\r\n]+|\s{2,}|(收货人|收件人|联系人|姓名|手机号码|手机号|手机|联系电话|电话|所在地区|地区|详细地址|收货地址|地址|邮政编码|邮编)\s*[:：]\s*|收货人|手机号码|详细地址|所在地区")]
    private static partial Regex Separators();

    /// <summary>A six-digit postcode standing on its own (never part of a phone or a house number).</summary>
    [GeneratedRegex(@"(?<![\d-])\d{6}(?![\d-])")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"(?<!\d)(1[3-9]\d[ -]?\d{4}[ -]?\d{4}|0\d{2,3}-?\d{7,8})(?!\d)")]
    private static partial Regex Phone();
}
