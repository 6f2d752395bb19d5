using BlazorErp.Core.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BlazorErp.Core.Tests;

/// <summary>The product's real resource strings, as the web host resolves them.</summary>
public static class TestLocalizer
{
    public static IStringLocalizer<Strings> Create() =>
        new StringLocalizer<Strings>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
