namespace ThiDua.Extractors.Model;

/// <summary>The error record written as <c>&lt;name&gt;.error.json</c> for a file that could not be ingested.</summary>
public sealed record IngestError(string FileName, string Code, string Message);
