using System.Text.RegularExpressions;
using ThiDua.Extractors.Knowledge;

namespace ThiDua.Extractors.Checks;

/// <summary>The vocabulary of <c>check-words.tsv</c> as the patterns and sets the checks read claims with, built once.</summary>
internal static class CheckWords
{
    private static readonly Lazy<Words> Loaded = new(Load);

    /// <summary><c>gồm</c>, <c>cụ thể</c> ... (group <c>partial</c> set for <c>trong đó</c>, <c>riêng</c>), with an optional colon.</summary>
    public static Regex Marker => Loaded.Value.Marker;

    /// <summary>A text starting with a partial marker (<c>Trong đó</c>, <c>Riêng</c>), after an optional bullet.</summary>
    public static Regex PartialStart => Loaded.Value.PartialStart;

    /// <summary>A list header ending with a partial marker (<c>... Trong đó:</c>).</summary>
    public static Regex PartialEnd => Loaded.Value.PartialEnd;

    /// <summary>An exclusion word (<c>riêng</c>, <c>không kể</c>, <c>trừ</c>) ending the text.</summary>
    public static Regex ExclusionBefore => Loaded.Value.ExclusionBefore;

    /// <summary>An exclusion word anywhere (<c>ngoài ra</c>, <c>không tính</c>): what follows it in its sentence is set apart.</summary>
    public static Regex Exclusion => Loaded.Value.Exclusion;

    /// <summary>A text starting with an exclusion word.</summary>
    public static Regex ExclusionStart => Loaded.Value.ExclusionStart;

    /// <summary>A range word (<c>từ</c>, <c>dưới</c>, <c>đủ</c>) right before a number.</summary>
    public static Regex RangeBefore => Loaded.Value.RangeBefore;

    /// <summary>After a number: <c>trở lên</c>, or <c>đến</c>/<c>-</c> and another number.</summary>
    public static Regex RangeAfter => Loaded.Value.RangeAfter;

    /// <summary>An approximation word (<c>trên</c>, <c>khoảng</c>) right before a number.</summary>
    public static Regex ApproximateBefore => Loaded.Value.ApproximateBefore;

    /// <summary>A part label naming the rest (<c>khác</c>, <c>còn lại</c>).</summary>
    public static Regex CatchAll => Loaded.Value.CatchAll;

    public static IReadOnlySet<string> RowNumberHeaders => Loaded.Value.RowNumberHeaders;

    public static IReadOnlySet<string> ContainerUnits => Loaded.Value.ContainerUnits;

    /// <summary>Words that negate a part's label (<c>không</c>, <c>chưa</c>).</summary>
    public static IReadOnlySet<string> Negations => Loaded.Value.Negations;

    /// <summary>Words a negation replaces in a complement's label (<c>đã</c> thực hiện / <c>chưa</c> thực hiện).</summary>
    public static IReadOnlySet<string> Affirmatives => Loaded.Value.Affirmatives;

    /// <summary>Words ignored when kinds named before a total are matched to part labels (<c>tổng</c>, <c>số</c>).</summary>
    public static IReadOnlySet<string> KindFillers => Loaded.Value.KindFillers;

    /// <summary>The attributes whose values tell parts apart (<c>complement</c> and <c>disjoint</c> rows), longest values first.</summary>
    public static IReadOnlyList<ValueSet> ValueSets => Loaded.Value.ValueSets;

    /// <summary>The family of a count noun (<c>trẻ</c> and <c>học sinh</c> are both pupils), or the noun itself.</summary>
    public static string FamilyOf(string unit) => Loaded.Value.Families.GetValueOrDefault(unit, unit);

    private static Words Load()
    {
        var file = KnowledgeCatalog.CheckWords;
        string[] Phrases(string list) => file.RowsOf(list).Select(r => r[1]).OrderByDescending(p => p.Length).ToArray();
        string Alternation(string list) => string.Join("|", Phrases(list).Select(Regex.Escape));
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        return new Words(
            new Regex($@"(?<![\p{{L}}])(?:(?<partial>{Alternation("partial")})|{Alternation("exhaustive")})(?![\p{{L}}])\s*:?", options),
            new Regex($@"^\s*[-+*•]?\s*(?:{Alternation("partial")})(?![\p{{L}}])", options),
            new Regex($@"(?:{Alternation("partial")})\s*:?\s*$", options),
            new Regex($@"(?<![\p{{L}}])(?:{Alternation("exclusion")})(?![\p{{L}}])[^;,()]{{0,40}}$", options),
            new Regex($@"(?<![\p{{L}}])(?:{Alternation("exclusion")})(?![\p{{L}}])", options),
            new Regex($@"^\s*[-+*•]?\s*(?:{Alternation("exclusion")})(?![\p{{L}}])", options),
            new Regex($@"(?<![\p{{L}}])(?:{Alternation("range")})\s*$", options),
            new Regex($@"^\s*(?:(?:{Alternation("range_after")})(?![\p{{L}}])|(?:{Alternation("range_to")})\s*(?:\p{{L}}+\s*)?\d)", options),
            new Regex($@"(?<![\p{{L}}])(?:{Alternation("approximate")})\s*$", options),
            new Regex($@"(?<![\p{{L}}])(?:{Alternation("catch_all")})(?![\p{{L}}])", options),
            Phrases("row_number_header").ToHashSet(StringComparer.OrdinalIgnoreCase),
            Phrases("container_unit").ToHashSet(StringComparer.OrdinalIgnoreCase),
            file.RowsOf("unit_family").ToDictionary(r => r[1], r => r[2], StringComparer.OrdinalIgnoreCase),
            Phrases("negation").ToHashSet(StringComparer.OrdinalIgnoreCase),
            Phrases("affirmative").ToHashSet(StringComparer.OrdinalIgnoreCase),
            Phrases("kind_filler").ToHashSet(StringComparer.OrdinalIgnoreCase),
            ValueSetsOf(file, options));
    }

    private sealed record Words(
        Regex Marker,
        Regex PartialStart,
        Regex PartialEnd,
        Regex ExclusionBefore,
        Regex Exclusion,
        Regex ExclusionStart,
        Regex RangeBefore,
        Regex RangeAfter,
        Regex ApproximateBefore,
        Regex CatchAll,
        IReadOnlySet<string> RowNumberHeaders,
        IReadOnlySet<string> ContainerUnits,
        IReadOnlyDictionary<string, string> Families,
        IReadOnlySet<string> Negations,
        IReadOnlySet<string> Affirmatives,
        IReadOnlySet<string> KindFillers,
        IReadOnlyList<ValueSet> ValueSets);

    private static List<ValueSet> ValueSetsOf(KnowledgeFile file, RegexOptions options) =>
        file.RowsOf("complement").Select(r => (Row: r, Closed: true))
            .Concat(file.RowsOf("disjoint").Select(r => (Row: r, Closed: false)))
            .GroupBy(r => (Attribute: r.Row[2], r.Closed))
            .Select(g => new ValueSet(
                g.Key.Attribute,
                g.Key.Closed,
                g.Select(r => r.Row[1]).OrderByDescending(v => v.Length)
                    .Select(v => new SetValue(v, new Regex($@"(?<![\p{{L}}]){Regex.Escape(v)}(?![\p{{L}}])", options))).ToList()))
            .ToList();

    /// <summary>The values of one attribute; <paramref name="Closed"/> when it has no others.</summary>
    internal sealed record ValueSet(string Attribute, bool Closed, IReadOnlyList<SetValue> Values);

    internal sealed record SetValue(string Name, Regex Pattern);
}
