namespace ThiDua.Extractors.Checks;

/// <summary>
/// One small check of a report's own arithmetic. It first recognizes a claim (a total and its parts, a ratio and its terms ...),
/// then verifies it, and returns one <see cref="Finding"/> per recognized claim: <see cref="Finding.Consistent"/>,
/// <see cref="Finding.Mismatch"/> only when the reading is certain, otherwise <see cref="Finding.Unverifiable"/>.
/// Ids are given by the checker.
/// </summary>
public interface IConsistencyCheck
{
    IEnumerable<Finding> Run(CheckContext context);
}
