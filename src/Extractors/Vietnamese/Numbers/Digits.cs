namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>Whether a text holds a digit: the number patterns start at <c>\d</c> (any Unicode digit), so a text without one has no number to find.</summary>
public static class Digits
{
    public static bool AnyIn(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c)) return true;
        }

        return false;
    }
}
