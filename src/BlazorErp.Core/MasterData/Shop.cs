using BlazorErp.Core.Common;

namespace BlazorErp.Core.MasterData;

/// <summary>
/// A storefront on one platform (店铺). Sender details print on its waybills; the platform credentials are
/// kept protected (<see cref="ISecretProtector"/>) and are never shown again once saved.
/// </summary>
public sealed class Shop : Entity
{
    public string Name { get; private set; } = "";
    public Platform Platform { get; private set; }
    public string SenderName { get; private set; } = "";
    public string SenderPhone { get; private set; } = "";
    public Address SenderAddress { get; private set; } = Address.Empty;
    public string? AppKey { get; private set; }
    public string? ProtectedAppSecret { get; private set; }
    public string? ProtectedSessionKey { get; private set; }
    public bool Enabled { get; private set; } = true;
    public int DownloadIntervalMinutes { get; private set; } = 5;
    /// <summary>
    /// 发货时效: within how many hours of payment the shop promises to ship (platforms commonly hold merchants to 48).
    /// An order's latest ship time is its payment time plus this; the dashboard's deadline board sorts by it.
    /// </summary>
    public int PromisedShipHours { get; private set; } = DefaultPromisedShipHours;
    public const int DefaultPromisedShipHours = 48;

    private Shop() { }

    public Shop(string name, Platform platform) => Rename(name, platform);

    public void Rename(string name, Platform platform)
    {
        Name = name.Trim();
        Platform = platform;
    }

    public void SetSender(string name, string phone, Address address)
    {
        SenderName = name.Trim();
        SenderPhone = phone.Trim();
        SenderAddress = address;
    }

    public void SetDownload(bool enabled, int intervalMinutes)
    {
        Enabled = enabled;
        DownloadIntervalMinutes = Math.Clamp(intervalMinutes, 1, 1440);
    }

    public void PromiseShipping(int hours) => PromisedShipHours = Math.Clamp(hours, 1, 30 * 24);

    /// <summary>Secrets are write-only: null leaves the stored value alone, so a form never needs to echo them.</summary>
    public void SetCredentials(string? appKey, string? appSecret, string? sessionKey, ISecretProtector protector)
    {
        AppKey = string.IsNullOrWhiteSpace(appKey) ? AppKey : appKey.Trim();
        if (!string.IsNullOrWhiteSpace(appSecret)) ProtectedAppSecret = protector.Protect(appSecret.Trim());
        if (!string.IsNullOrWhiteSpace(sessionKey)) ProtectedSessionKey = protector.Protect(sessionKey.Trim());
    }

    public bool HasCredentials => AppKey is not null && ProtectedAppSecret is not null && ProtectedSessionKey is not null;
}

/// <summary>Encrypts secrets at rest (the web host uses ASP.NET Data Protection).</summary>
public interface ISecretProtector
{
    string Protect(string plain);
    string Unprotect(string protectedValue);
}
