namespace ThiDua.Extractors.Readers.Office;

/// <summary>The warm LibreOffice had died before a file was given to it: the file is not to blame, a fresh one may convert it.</summary>
internal sealed class OfficeNotRunningException(string message) : IOException(message);
