namespace ThiDua.Extractors.Readers.Docx;

/// <summary>Tracks nested complex fields so that instruction text is hidden and result text shown.</summary>
public sealed class FieldState
{
    private readonly Stack<bool> _inResult = new();

    public bool ShowsText => _inResult.All(inResult => inResult);

    /// <summary>Applies a <c>w:fldCharType</c>; other values are ignored.</summary>
    public void Apply(string? type)
    {
        if (type == "begin")
        {
            _inResult.Push(false);
        }
        else if (type == "separate" && _inResult.Count > 0)
        {
            _inResult.Pop();
            _inResult.Push(true);
        }
        else if (type == "end" && _inResult.Count > 0)
        {
            _inResult.Pop();
        }
    }
}
