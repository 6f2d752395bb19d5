using System.Text.RegularExpressions;

namespace BlazorErp.Core.MasterData;

/// <summary>
/// A receiver's phone as couriers accept it: a mainland mobile (13800138000), a landline with its area code
/// (027-85551234), either with the extension platforms add to privacy numbers (13800138000-1234).
/// </summary>
public static partial class PhoneNumber
{
    public static bool IsValid(string? phone) => phone is not null && Pattern().IsMatch(phone.Trim());

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(-\d{1,6})?$")]
    private static partial Regex Pattern();
}
