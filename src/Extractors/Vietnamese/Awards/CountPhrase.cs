namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// A count with what it counts, found in folded text: <c>05 tập thể</c> (Recipient tap_the), <c>18 lao động tiên tiến</c>
/// (AwardCode lao_dong_tien_tien). Start is the number's index, End the end of the noun or award name.
/// </summary>
public sealed record CountPhrase(int Count, string? Recipient, string? AwardCode, int Start, int End);
