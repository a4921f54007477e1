using System.Text;
using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>Accumulates runs of one paragraph, merging neighbours of the same formatting.</summary>
public sealed class RunTextBuilder
{
    private readonly List<LayoutRun> _runs = [];
    private readonly StringBuilder _pending = new();
    private RunFormat _pendingFormat;

    public void Append(string text, RunFormat format)
    {
        if (text.Length == 0) return;
        if (_pending.Length > 0 && format != _pendingFormat) Flush();
        _pendingFormat = format;
        _pending.Append(text);
    }

    public void AppendFootnoteReference(string marker, RunFormat format, string footnoteId)
    {
        Flush();
        _runs.Add(new LayoutRun(marker, format with { Superscript = true }, footnoteId));
    }

    public IReadOnlyList<LayoutRun> Build()
    {
        Flush();
        return _runs.ToArray();
    }

    private void Flush()
    {
        if (_pending.Length == 0) return;
        _runs.Add(new LayoutRun(_pending.ToString(), _pendingFormat));
        _pending.Clear();
    }
}
