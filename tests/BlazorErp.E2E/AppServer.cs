using BlazorErp.Testing;
using Microsoft.Playwright;

namespace BlazorErp.E2E;

/// <summary>One app process with a fresh database and one headless Debian chromium, shared by the browser tests.</summary>
public sealed class AppServer : IAsyncLifetime
{
    public const string DemoPassword = "Demo@2026";
    private AppProcess _app = default!;

    public string BaseUrl => _app.BaseUrl;
    public string DataFolder => _app.DataFolder;
    /// <summary>What the app has written to its console so far (Serilog, request logging).</summary>
    public string Log => _app.Log;
    public IPlaywright Playwright { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // CI runs the test projects side by side on two cores: give the app room to answer.
        Assertions.SetDefaultExpectTimeout(15_000);
        // Downloads take trades up to now (no one-minute lag), so a test can watch trades it just created arrive.
        _app = AppProcess.Start(settings: new Dictionary<string, string> { ["Platforms__DownloadLagSeconds"] = "0" });
        await _app.WaitUntilReadyAsync();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 850 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login form and waits until the Blazor circuit is live.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = DemoPassword)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid=sign-in]");
        await WaitInteractiveAsync(page);
    }

    /// <summary>Clicks made before the circuit is up are lost: wait for the marker the layout renders only when interactive.</summary>
    public static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        await _app.DisposeAsync();
        try { Directory.Delete(_app.DataFolder, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}

[CollectionDefinition(nameof(AppCollection))]
public sealed class AppCollection : ICollectionFixture<AppServer>;
