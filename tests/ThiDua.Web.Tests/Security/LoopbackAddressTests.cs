using ThiDua.Ingest.Web;
using ThiDua.Ingest.Web.Security;

namespace ThiDua.Web.Tests.Security;

public sealed class LoopbackAddressTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.2:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.5:5080", false)]
    [InlineData("http://thidua.example:80", false)]
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:5081", false)]
    public void Login_is_required_off_the_loopback_address(string urls, bool loopback)
    {
        Assert.Equal(loopback, LoopbackAddress.AllLoopback(urls));
        Assert.Equal(!loopback, new WebOptions(urls, "data").LoginRequired);
    }

    [Fact]
    public void Login_can_be_required_on_loopback_too() => Assert.True(new WebOptions("http://127.0.0.1:5080", "data", RequireLogin: true).LoginRequired);
}
