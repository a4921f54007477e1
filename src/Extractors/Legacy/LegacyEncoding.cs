namespace ThiDua.Extractors.Legacy;

/// <summary>The pre-Unicode Vietnamese encodings that legacy reports are typed in.</summary>
public enum LegacyEncoding
{
    None,
    Tcvn3,
    Vni,
    Viqr,
}
