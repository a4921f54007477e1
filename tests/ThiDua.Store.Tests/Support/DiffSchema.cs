using NJsonSchema;

namespace ThiDua.Store.Tests.Support;

/// <summary>docs/diff.schema.json loaded once, and a validation that reports every error with its path.</summary>
public static class DiffSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "diff.schema.json"))).GetAwaiter().GetResult());

    public static IReadOnlyList<string> Errors(string json) => Schema.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToList();
}
