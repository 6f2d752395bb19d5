using Microsoft.AspNetCore.Identity;

namespace BlazorErp.Core.Admin;

/// <summary>A member of staff who signs in. Disabled users keep their history but cannot sign in.</summary>
public sealed class ErpUser : IdentityUser
{
    /// <summary>What colleagues see, e.g. "张三 正在处理".</summary>
    public string DisplayName { get; set; } = "";
    /// <summary>UI language: "zh-CN" (default) or "en-US".</summary>
    public string Culture { get; set; } = UiCultures.Default;
    public bool DarkMode { get; set; }
    public bool IsDisabled { get; set; }
}

public static class UiCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en-US";
    public const string Default = Chinese;
    public static readonly IReadOnlyList<string> Supported = [Chinese, English];
    public static string Normalize(string? culture) => Supported.FirstOrDefault(c => c == culture) ?? Default;
}
