using Microsoft.ML;
using ThiDua.Extractors.Readers.Pdf.Roles;

namespace ThiDua.RoleTrainer;

/// <summary>Trains the line-role classifier (FastTree, one-versus-all) and scores it on held-out lines.</summary>
public static class RoleTraining
{
    public static ITransformer Train(MLContext ml, IEnumerable<Example> examples)
    {
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new LineFeatures { Features = e.Features, Label = e.Role.ToString() }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.OneVersusAll(ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: 16, numberOfTrees: 100, minimumExampleCountPerLeaf: 5)))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return pipeline.Fit(data);
    }

    /// <summary>Per-role accuracy (share of that role's lines predicted right) and overall accuracy.</summary>
    public static (Dictionary<LineRole, (int Right, int Total)> PerRole, int Right, int Total) Score(LineRoleModel model, IReadOnlyList<Example> heldOut)
    {
        var predicted = model.Predict(heldOut.Select(e => e.Features).ToList());
        var perRole = new Dictionary<LineRole, (int Right, int Total)>();
        var right = 0;
        for (var i = 0; i < heldOut.Count; i++)
        {
            var role = heldOut[i].Role;
            var ok = predicted[i].Role == role;
            var (r, t) = perRole.GetValueOrDefault(role);
            perRole[role] = (r + (ok ? 1 : 0), t + 1);
            if (ok) right++;
        }

        return (perRole, right, heldOut.Count);
    }
}
