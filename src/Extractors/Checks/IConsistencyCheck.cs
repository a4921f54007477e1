namespace ThiDua.Extractors.Checks;

/// <summary>One small check of a report's own arithmetic; returns its findings as drafts (ids are given by the checker).</summary>
public interface IConsistencyCheck
{
    IEnumerable<FlagDraft> Run(CheckContext context);
}
