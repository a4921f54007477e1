namespace ThiDua.Extractors.Readers.Office;

/// <summary>Turns a format LibreOffice reads (legacy .doc, RTF, ODT) into a .docx for the Word reader.</summary>
public interface IWordConverter
{
    /// <summary>
    /// Converts <paramref name="path"/> (read as <paramref name="formatExtension"/>) and returns the path of the .docx it
    /// wrote inside <paramref name="workDirectory"/>. Throws <see cref="ReaderException"/> (<c>converter_missing</c>,
    /// <c>conversion_failed</c>, <c>timeout</c>) for a file it cannot convert.
    /// </summary>
    string ConvertToDocx(string path, string formatExtension, string workDirectory, CancellationToken cancellationToken);
}
