using System.Diagnostics;
using System.Globalization;
using System.Text;
using ThiDua.Extractors.Legacy;

namespace ThiDua.Extractors.Tests.Legacy;

/// <summary>Each conversion table checked character by character against a reference made another way.</summary>
public class EncodingTableTests
{
    [Fact]
    public void Every_Tcvn3_code_decodes_as_glibc_iconv_reads_TCVN_5712()
    {
        var rows = LegacyData.Tcvn3.Rows;
        var bytes = rows.Select(r => (byte)r.Legacy[0]).ToArray();
        var reference = Iconv("TCVN5712-1", bytes);
        var expected = new StringInfo(reference);
        Assert.Equal(rows.Count, expected.LengthInTextElements);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected.SubstringByTextElements(i, 1), rows[i].Unicode);
            Assert.Equal(rows[i].Unicode, LegacyData.Tcvn3.Decode(rows[i].Legacy));
        }
    }

    [Fact]
    public void Tcvn3_covers_every_lowercase_Vietnamese_letter_so_the_H_fonts_cover_every_capital()
    {
        var decoded = LegacyData.Tcvn3.Rows.Select(r => r.Unicode).ToHashSet();
        Assert.All(VietnameseAlphabet.Lowercase(), letter => Assert.Contains(letter, decoded));
    }

    [Fact]
    public void Every_Vietnamese_letter_has_exactly_one_Vni_sequence_made_of_its_base_letter_and_mark_bytes()
    {
        var byUnicode = LegacyData.Vni.Rows.GroupBy(r => r.Unicode).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var letter in VietnameseAlphabet.All())
        {
            Assert.True(byUnicode.TryGetValue(letter, out var rows), "no VNI sequence for " + letter);
            Assert.Single(rows);
            Assert.Equal(letter, VniReference(rows[0].Legacy));
            Assert.Equal(letter, LegacyData.Vni.Decode(rows[0].Legacy));
        }

        Assert.Equal(VietnameseAlphabet.All().Count(), LegacyData.Vni.Rows.Count);
    }

    [Fact]
    public void Every_Vietnamese_letter_has_its_VIQR_spelling_of_RFC_1456()
    {
        foreach (var letter in VietnameseAlphabet.All())
        {
            var spelling = ViqrSpelling(letter);
            Assert.Equal(letter, LegacyData.Viqr.Decode(spelling));
        }
    }

    [Fact]
    public void Decoding_keeps_what_the_table_does_not_know()
    {
        Assert.Equal("Số 127/BC-UBND, ngày 15/12", LegacyData.Tcvn3.Decode("Sè 127/BC-UBND, ngµy 15/12"));
        Assert.Equal("Xin chào các bạn", LegacyData.Vni.Decode("Xin chaøo caùc baïn"));
        Assert.Equal("Mường Khương", LegacyData.Tcvn3.Decode("M\u00ADêng Kh\u00AD\u00ACng"));
    }

    /// <summary>VNI by its rules: mark bytes after a base letter, or one byte for i, y-dot, đ, ơ and ư.</summary>
    private static string VniReference(string sequence)
    {
        var upper = char.IsUpper(sequence[0]);
        var text = new StringBuilder();
        foreach (var c in sequence)
        {
            var lower = char.ToLowerInvariant(c);
            text.Append(lower switch
            {
                'ù' => "\u0301", 'ø' => "\u0300", 'û' => "\u0309", 'õ' => "\u0303", 'ï' => "\u0323",
                'â' => "\u0302", 'á' => "\u0302\u0301", 'à' => "\u0302\u0300", 'å' => "\u0302\u0309", 'ã' => "\u0302\u0303", 'ä' => "\u0302\u0323",
                'ê' => "\u0306", 'é' => "\u0306\u0301", 'è' => "\u0306\u0300", 'ú' => "\u0306\u0309", 'ü' => "\u0306\u0303", 'ë' => "\u0306\u0323",
                'í' => "i\u0301", 'ì' => "i\u0300", 'æ' => "i\u0309", 'ó' => "i\u0303", 'ò' => "i\u0323",
                'î' => "y\u0323", 'ñ' => "đ", 'ô' => "o\u031B", 'ö' => "u\u031B",
                _ => lower.ToString(),
            });
        }

        var composed = text.ToString().Normalize(NormalizationForm.FormC);
        return upper ? composed.ToUpperInvariant() : composed;
    }

    private static string ViqrSpelling(string letter)
    {
        var decomposed = letter.Normalize(NormalizationForm.FormD);
        if (letter is "đ") return "dd";
        if (letter is "Đ") return "DD";
        var spelling = new StringBuilder().Append(decomposed[0]);
        // The vowel mark (breve, circumflex, horn) is written before the tone, whatever the canonical order of the marks.
        foreach (var mark in decomposed[1..].OrderBy(m => m is '\u0306' or '\u0302' or '\u031B' ? 0 : 1))
        {
            spelling.Append(mark switch
            {
                '\u0306' => '(', '\u0302' => '^', '\u031B' => '+',
                '\u0301' => '\'', '\u0300' => '`', '\u0309' => '?', '\u0303' => '~', '\u0323' => '.',
                _ => throw new InvalidOperationException("unexpected mark in " + letter),
            });
        }

        return spelling.ToString();
    }

    private static string Iconv(string from, byte[] input)
    {
        var start = new ProcessStartInfo("iconv", ["-f", from, "-t", "UTF-8"]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
