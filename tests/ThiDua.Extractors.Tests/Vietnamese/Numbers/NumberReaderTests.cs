using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Tests.Vietnamese.Numbers;

public class NumberReaderTests
{
    [Theory]
    [InlineData("74,41", 74.41)]
    [InlineData("1.234", 1234)]
    [InlineData("05", 5)]
    [InlineData(" 166 ", 166)]
    [InlineData("88,5", 88.5)]
    [InlineData("100%", 100)]
    public void Reads_one_number_per_cell(string cell, double expected)
    {
        Assert.True(NumberReader.TryReadCellValue(cell, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("10 cá nhân và (18 LĐTT)")]
    [InlineData("Khen chuyên đề")]
    [InlineData("1.34")]
    [InlineData("112,")]
    [InlineData("2.239.990,863")]
    [InlineData("-")]
    public void Refuses_text_and_ambiguous_cells(string cell)
    {
        Assert.False(NumberReader.TryReadCellValue(cell, out _));
    }

    [Property(MaxTest = 300)]
    public bool Formatted_numbers_read_back(long whole, byte decimalsSeed)
    {
        var decimals = decimalsSeed % 3;
        if (decimals == 0 && false) return true;
        var value = Math.Abs(whole % 10_000_000_000L) + (decimals == 0 ? 0m : (Math.Abs(whole) % 97) / 100m);
        value = Math.Round(value, decimals);
        var text = VietnameseNumberFormatter.Format(value, decimals);
        if (decimals == 3) return true;
        return NumberReader.TryReadCellValue(text, out var read) && read == value;
    }

    [Property(MaxTest = 300)]
    public Property Dot_groupings_other_than_three_digits_are_malformed()
    {
        var gen = Gen.Choose(1, 3).SelectMany(head => Gen.Choose(1, 6).Where(g => g != 3).Select(tail => (head, tail)));
        return Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var text = new string('1', pair.head) + "." + new string('2', pair.tail);
            return VietnameseNumberParser.Parse(text).IsMalformed;
        });
    }

    [Property(MaxTest = 300)]
    public Property Random_digit_groupings_give_the_digits_value()
    {
        var gen = Gen.Choose(1, 4).SelectMany(groups => Gen.Choose(1, 999).Select(head => (groups, head)));
        return Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var text = pair.head.ToString(CultureInfo.InvariantCulture) + string.Concat(Enumerable.Repeat(".045", pair.groups));
            var expected = decimal.Parse(text.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var parsed = VietnameseNumberParser.Parse(text);
            return !parsed.IsMalformed && parsed.Value == expected && parsed.HasThousandsGroups;
        });
    }

    [Property(MaxTest = 200)]
    public bool Scanner_reads_a_formatted_quantity_in_a_sentence(int seed)
    {
        var value = Math.Abs(seed % 1_000_000) + Math.Abs(seed % 10) / 10m;
        var text = "Tổng diện tích gieo trồng là " + VietnameseNumberFormatter.Format(value, 1) + " ha, đạt kế hoạch.";
        var quantities = QuantityScanner.Scan(text).Quantities;
        return quantities.Count == 1 && quantities[0].Value == value && quantities[0].Unit == "ha" && quantities[0].Decimals == 1;
    }
}
