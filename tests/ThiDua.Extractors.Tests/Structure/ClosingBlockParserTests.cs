using ThiDua.Extractors.Structure;

namespace ThiDua.Extractors.Tests.Structure;

public sealed class ClosingBlockParserTests
{
    [Fact]
    public void Reads_recipients_and_a_deputy_signing_for_the_chair()
    {
        var closing = ClosingBlockParser.Parse(
            ["Nơi nhận:", "- Phòng Nội vụ huyện;", "- TT Đảng uỷ; TT HĐND xã;", "- Lưu: VT", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Vi Văn Hiền"]);
        Assert.Equal(["Phòng Nội vụ huyện", "TT Đảng uỷ; TT HĐND xã", "Lưu: VT"], closing.Recipients);
        Assert.Equal("KT.", closing.Signer?.Authority);
        Assert.Equal("PHÓ CHỦ TỊCH", closing.Signer?.Position);
        Assert.Equal("Vi Văn Hiền", closing.Signer?.Name);
    }

    [Fact]
    public void Reads_a_signature_on_behalf_of_the_committee()
    {
        var signer = ClosingBlockParser.ParseSigner(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Điều"]);
        Assert.Equal(new ThiDua.Extractors.Model.Signer("Hoàng Văn Điều", "CHỦ TỊCH", "TM."), signer);
    }

    [Fact]
    public void Reads_a_signature_without_authority()
    {
        var signer = ClosingBlockParser.ParseSigner(["CHỦ TỊCH", "(Đã ký)", "Nguyễn Duy Anh"]);
        Assert.Equal(new ThiDua.Extractors.Model.Signer("Nguyễn Duy Anh", "CHỦ TỊCH", null), signer);
    }
}
