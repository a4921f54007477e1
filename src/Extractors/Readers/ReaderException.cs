namespace ThiDua.Extractors.Readers;

/// <summary>
/// A file a reader cannot turn into a layout. Code is stable (<c>corrupt_file</c>, <c>encrypted</c>, <c>too_large</c>,
/// <c>timeout</c>, <c>no_text_layer</c>, ...); Message is Vietnamese then English.
/// </summary>
public sealed class ReaderException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
