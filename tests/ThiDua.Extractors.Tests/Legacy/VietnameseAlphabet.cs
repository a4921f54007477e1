using System.Text;

namespace ThiDua.Extractors.Tests.Legacy;

/// <summary>Every Vietnamese letter outside ASCII, built by composing base letters with their marks (not from any table).</summary>
internal static class VietnameseAlphabet
{
    public static readonly string[] Tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

    /// <summary>The 12 vowels as base letter + vowel mark (breve, circumflex, horn).</summary>
    public static readonly (char Base, string Mark)[] Vowels =
    [
        ('a', ""), ('a', "\u0306"), ('a', "\u0302"), ('e', ""), ('e', "\u0302"), ('i', ""),
        ('o', ""), ('o', "\u0302"), ('o', "\u031B"), ('u', ""), ('u', "\u031B"), ('y', ""),
    ];

    public static IEnumerable<string> Lowercase()
    {
        foreach (var (letter, mark) in Vowels)
        {
            foreach (var tone in Tones)
            {
                var composed = (letter + mark + tone).Normalize(NormalizationForm.FormC);
                if (composed.Length == 1 && composed[0] > 127) yield return composed;
            }
        }

        yield return "đ";
    }

    public static IEnumerable<string> All() => Lowercase().Concat(Lowercase().Select(l => l.ToUpperInvariant()));
}
