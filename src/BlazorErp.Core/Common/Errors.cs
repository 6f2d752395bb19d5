namespace BlazorErp.Core.Common;

/// <summary>Error codes used across modules; each has a zh-CN and an en-US message in Localization/Strings.</summary>
public static class Errors
{
    public static Error ConcurrencyConflict(string? modifiedBy) => new("Common.ConcurrencyConflict", modifiedBy ?? "?");
    public static Error NotFound(string what) => new("Common.NotFound", what);

    public static readonly Error ApiKeyAlreadyRevoked = new("ApiKey.AlreadyRevoked");
    public static readonly Error CannotDisableSelf = new("User.CannotDisableSelf");
    public static readonly Error CannotRemoveOwnAdmin = new("User.CannotRemoveOwnAdmin");
    public static Error Identity(string code) => new("Identity." + code);
}
