using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// Reads <c>Nơi nhận:</c> lines and the signature (<c>KT. CHỦ TỊCH</c> / <c>PHÓ CHỦ TỊCH</c> / name, <c>TM. ỦY BAN NHÂN DÂN</c> / <c>CHỦ TỊCH</c> / name)
/// from the lines of the closing block, whether they came from a two-column table or one after another.
/// </summary>
public static partial class ClosingBlockParser
{
    public static bool IsRecipientsHeader(string text) => RecipientsHeader().IsMatch(text);

    public static bool IsAuthorityLine(string text) => Authority().IsMatch(text);

    public static ClosingInfo Parse(IReadOnlyList<string> lines)
    {
        var recipients = new List<string>();
        var signatureLines = new List<string>();
        var inRecipients = false;
        foreach (var raw in lines)
        {
            var text = TextNormalizer.Clean(raw);
            if (text.Length == 0) continue;
            if (RecipientsHeader().Match(text) is { Success: true } header)
            {
                inRecipients = true;
                AddRecipient(recipients, header.Groups["rest"].Value);
                continue;
            }

            if (inRecipients && RecipientBullet().IsMatch(text) || inRecipients && IsLowerStart(text))
            {
                AddRecipient(recipients, text);
                continue;
            }

            if (IsSignatureNoise(text)) continue;
            inRecipients = inRecipients && !IsAuthorityLine(text) && !TextNormalizer.IsAllCaps(text) && !LooksLikeName(text);
            if (inRecipients) AddRecipient(recipients, text);
            else signatureLines.Add(text);
        }

        return new ClosingInfo(recipients, ParseSigner(signatureLines));
    }

    public static Signer? ParseSigner(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return null;
        string? authority = null, position = null, name = null;
        foreach (var line in lines)
        {
            // The authority line names the principal (KT. CHỦ TỊCH, TM. ỦY BAN NHÂN DÂN), not the signer's post.
            if (Authority().Match(line) is { Success: true } match && authority is null)
            {
                authority = match.Groups["authority"].Value.ToUpperInvariant() + ".";
                continue;
            }

            if (TextNormalizer.IsAllCaps(line))
            {
                position ??= line;
                continue;
            }

            if (LooksLikeName(line)) name = line;
        }

        return authority is null && position is null && name is null ? null : new Signer(name, position, authority);
    }

    public static bool LooksLikeName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(char.IsLetter));
    }

    private static void AddRecipient(List<string> recipients, string text)
    {
        var cleaned = RecipientBullet().Replace(TextNormalizer.Clean(text), string.Empty).TrimEnd(';', '.', ',', ' ').Trim();
        if (cleaned.Length > 0) recipients.Add(cleaned);
    }

    private static bool IsLowerStart(string text) => char.IsLower(text[0]);

    private static bool IsSignatureNoise(string text) => SignatureNoise().IsMatch(text);

    [GeneratedRegex(@"^Nơi\s+nhận\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RecipientsHeader();

    [GeneratedRegex(@"^\s*[-+•–*]\s*")]
    private static partial Regex RecipientBullet();

    [GeneratedRegex(@"^(?<authority>KT|TM|Q|TL|TUQ)\s*\.\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Authority();

    [GeneratedRegex(@"^[(\[]?\s*(đã ký|ký|ký tên|ký,|chữ ký|đóng dấu)[^)\]]*[)\]]?\.?$|^\.$", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureNoise();
}
