using ThiDua.Extractors.Layout;

namespace ThiDua.Ingest.ReaderHosting;

/// <summary>
/// A reader process's answer: the layout, or the reader's error code and message. Retire says the process should not
/// be given another file (it ran out of memory) and exits after answering.
/// </summary>
internal sealed record ReaderResponse(LayoutDocument? Layout, string? ErrorCode, string? ErrorMessage, bool Retire = false);
