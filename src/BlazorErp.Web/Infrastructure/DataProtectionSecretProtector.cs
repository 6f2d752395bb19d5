using BlazorErp.Core.MasterData;
using Microsoft.AspNetCore.DataProtection;

namespace BlazorErp.Web.Infrastructure;

/// <summary>Platform credentials at rest, encrypted with ASP.NET Data Protection (keys under DataProtection:KeysPath).</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("BlazorErp.ShopCredentials.v1");

    public string Protect(string plain) => _protector.Protect(plain);
    public string Unprotect(string protectedValue) => _protector.Unprotect(protectedValue);
}
