namespace BlazorErp.Core.Tests;

/// <summary>Finds the repository from the test's output folder, for tests that read the source tree.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BlazorErp.sln"))) return dir.FullName;
        throw new InvalidOperationException("BlazorErp.sln not found above " + AppContext.BaseDirectory);
    }

    public static IEnumerable<string> Sources(string folder, params string[] patterns) =>
        patterns.SelectMany(p => Directory.EnumerateFiles(Path.Combine(Root, folder), p, SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
}
