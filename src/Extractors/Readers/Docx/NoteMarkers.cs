namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// The printed marks of automatic footnote and endnote references, in document order
/// (footnotes 1, 2, 3 ...; endnotes i, ii, iii ... as Word numbers them by default).
/// </summary>
public sealed class NoteMarkers
{
    private readonly Dictionary<string, string> _markByNoteId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _orderByNoteId = new(StringComparer.Ordinal);
    private int _footnotes;
    private int _endnotes;

    public string MarkFor(string noteId, bool endnote)
    {
        if (_markByNoteId.TryGetValue(noteId, out var mark)) return mark;
        mark = endnote ? ListNumberFormatter.Roman(++_endnotes).ToLowerInvariant() : (++_footnotes).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _markByNoteId[noteId] = mark;
        _orderByNoteId.TryAdd(noteId, _orderByNoteId.Count);
        return mark;
    }

    public void SetCustomMark(string noteId, string mark)
    {
        _markByNoteId[noteId] = mark;
        _orderByNoteId.TryAdd(noteId, _orderByNoteId.Count);
    }

    /// <summary>The position of the note's first reference among all cited notes; uncited notes sort last.</summary>
    public int OrderOf(string noteId) => _orderByNoteId.GetValueOrDefault(noteId, int.MaxValue);

    public string? Find(string noteId) => _markByNoteId.GetValueOrDefault(noteId);
}
