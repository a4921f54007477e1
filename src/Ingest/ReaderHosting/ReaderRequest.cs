namespace ThiDua.Ingest.ReaderHosting;

/// <summary>A file for a reader process to read, with the format code of the reader to use (<c>pdf</c>, <c>doc</c>, ...).</summary>
internal sealed record ReaderRequest(string Format, string Path);
