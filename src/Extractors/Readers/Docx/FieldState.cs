using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>Tracks nested complex fields so that instruction text is hidden and result text shown.</summary>
public sealed class FieldState
{
    private readonly Stack<bool> _inResult = new();

    public bool ShowsText => _inResult.All(inResult => inResult);

    public void Apply(FieldCharValues? type)
    {
        if (type == FieldCharValues.Begin)
        {
            _inResult.Push(false);
        }
        else if (type == FieldCharValues.Separate && _inResult.Count > 0)
        {
            _inResult.Pop();
            _inResult.Push(true);
        }
        else if (type == FieldCharValues.End && _inResult.Count > 0)
        {
            _inResult.Pop();
        }
    }
}
