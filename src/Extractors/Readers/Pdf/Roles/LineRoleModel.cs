using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ThiDua.Extractors.Readers.Pdf.Roles;

/// <summary>
/// The shipped line-role classifier (ML.NET FastTree, one-versus-all; embedded resource <c>line-roles.zip</c>, retrained
/// by <c>tools/RoleTrainer</c>). Scoring is batched per document and thread-safe.
/// </summary>
public sealed class LineRoleModel
{
    public const string ResourceName = "line-roles.zip";

    private static readonly Lazy<LineRoleModel?> Shipped = new(LoadShipped);
    private readonly MLContext _ml = new(seed: 1);
    private readonly ITransformer _model;

    public LineRoleModel(Stream model)
    {
        _model = _ml.Model.Load(model, out _);
    }

    /// <summary>The model shipped in the assembly, or null when it is missing.</summary>
    public static LineRoleModel? Default => Shipped.Value;

    /// <summary>Each line's most likely role and that role's probability.</summary>
    public IReadOnlyList<(LineRole Role, float Probability)> Predict(IReadOnlyList<float[]> lines)
    {
        if (lines.Count == 0) return [];
        var data = _ml.Data.LoadFromEnumerable(lines.Select(f => new LineFeatures { Features = f }));
        var scored = _model.Transform(data);
        var labels = default(VBuffer<ReadOnlyMemory<char>>);
        scored.Schema["Score"].GetSlotNames(ref labels);
        var names = labels.DenseValues().Select(n => Enum.Parse<LineRole>(n.ToString())).ToArray();
        return _ml.Data.CreateEnumerable<Scored>(scored, reuseRowObject: false)
            .Select(s =>
            {
                var best = 0;
                for (var i = 1; i < s.Score.Length; i++)
                {
                    if (s.Score[i] > s.Score[best]) best = i;
                }

                return (names[best], s.Score[best]);
            })
            .ToList();
    }

    private static LineRoleModel? LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        return stream is null ? null : new LineRoleModel(stream);
    }

    private sealed class Scored
    {
        public float[] Score { get; set; } = [];
    }
}
