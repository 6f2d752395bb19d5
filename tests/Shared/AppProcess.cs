using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BlazorErp.Testing;

/// <summary>
/// The built web app started as its own process on 127.0.0.1, as a user would start it: Development
/// environment (demo accounts on a first run) and a SQLite file in a folder of its own.
/// Shared by the browser tests and the benchmarks.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    public string BaseUrl { get; }
    public string DataFolder { get; }
    public string Log { get { lock (_log) return _log.ToString(); } }

    private AppProcess(Process process, string baseUrl, string dataFolder)
    {
        _process = process;
        BaseUrl = baseUrl;
        DataFolder = dataFolder;
    }

    /// <summary>Starts the app on a free port; <paramref name="dataFolder"/> null means a fresh temporary one.</summary>
    public static AppProcess Start(string? dataFolder = null, IDictionary<string, string>? settings = null)
    {
        var root = RepoRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var webProject = Path.Combine(root, "src", "BlazorErp.Web");
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "BlazorErp.Web.dll");
        var folder = dataFolder ?? Directory.CreateTempSubdirectory("blazorerp-app-").FullName;
        var baseUrl = $"http://127.0.0.1:{FreePort()}";

        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = webProject, // content root: wwwroot and the static web assets manifest
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        start.Environment["Database__SqlitePath"] = Path.Combine(folder, "erp.db");
        start.Environment["DataProtection__KeysPath"] = Path.Combine(folder, "keys");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;

        var app = new AppProcess(Process.Start(start)!, baseUrl, folder);
        app._process.OutputDataReceived += (_, e) => { lock (app._log) app._log.AppendLine(e.Data); };
        app._process.ErrorDataReceived += (_, e) => { lock (app._log) app._log.AppendLine(e.Data); };
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until <paramref name="path"/> answers 200 (by default the health check).</summary>
    public async Task WaitUntilReadyAsync(string path = "/healthz", TimeSpan? timeout = null)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException("The app exited during start-up:\n" + Log);
            try
            {
                if ((await http.GetAsync(BaseUrl + path)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { } // not listening yet
            await Task.Delay(20);
        }
        throw new TimeoutException("The app did not become ready:\n" + Log);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BlazorErp.sln"))) return dir.FullName;
        throw new InvalidOperationException("BlazorErp.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
