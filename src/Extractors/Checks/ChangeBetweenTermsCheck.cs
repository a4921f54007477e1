using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// A change followed by its two figures in parentheses: <c>giảm 440 người so với năm 2024 (1922/2362)</c>,
/// <c>So với năm 2010 tăng 54 vụ (209/155), 127 đối tượng (408/279)</c>. The parentheses hold only the fraction (now/before);
/// the change is the amount right before them, its direction the last <c>tăng</c>/<c>giảm</c> of the clause. The amount must be
/// |a − b|. Writers put the two figures in either order (<c>giảm 16 vụ (338/322)</c>), so the direction is checked only when the
/// sentence states the current figure before (<c>Năm 2011: 2126 người nghiện, giảm 24 người ... (2126/2102)</c> is a rise).
/// </summary>
public sealed partial class ChangeBetweenTermsCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var sentence in context.AllSentences)
        {
            var quantities = sentence.Quantities;
            for (var i = 1; i < quantities.Count; i++)
            {
                var terms = quantities[i];
                if (terms.Denominator is not { } before || !OnlyInParentheses(sentence, terms)) continue;
                var change = quantities[i - 1];
                if (!QuantityRoles.IsAmount(change) || change.IsFraction || sentence.DepthAt(change.Start) != sentence.DepthAt(terms.Start) - 1) continue;
                if (!Between().IsMatch(sentence.Text[change.End..terms.Start])) continue;
                var direction = DirectionBefore().Match(sentence.Text[..change.Start]);
                if (!direction.Success) continue;
                var stated = quantities.Take(i - 1).Select(q => q.Value).ToList();
                var (now, then) = stated.Contains(before.Value) && !stated.Contains(terms.Value) ? (before.Value, terms.Value) : (terms.Value, before.Value);
                var knownOrder = stated.Contains(terms.Value) || stated.Contains(before.Value);
                yield return Verify(sentence, change, now, then, direction.Groups["word"].Value, knownOrder);
            }
        }
    }

    private static Finding Verify(Sentence sentence, Quantity change, decimal now, decimal before, string word, bool knownOrder)
    {
        var decrease = word.StartsWith('g') || word.StartsWith('G');
        var computed = Math.Abs(now - before);
        var tolerance = Agreement.ToleranceFor(change.Decimals, change.Scale);
        var amountAgrees = Agreement.Agrees(change.Value, computed, change.Decimals == 0 ? 0m : tolerance, false);
        var directionAgrees = !knownOrder || now == before || decrease == (now < before);
        var expression = $"{VietnameseNumberFormatter.Format(now, 0)} − {VietnameseNumberFormatter.Format(before, 0)}";
        var message = amountAgrees
            ? $"Văn bản ghi \"{word} {NumberText.Stated(change)}\" nhưng {VietnameseNumberFormatter.Format(now, 0)}/{VietnameseNumberFormatter.Format(before, 0)} là {(now > before ? "tăng" : "giảm")}"
            : $"Chênh lệch {VietnameseNumberFormatter.Format(now, 0)}/{VietnameseNumberFormatter.Format(before, 0)} là {VietnameseNumberFormatter.Format(computed, 0)}, văn bản ghi {word} {NumberText.Stated(change)}";
        return Finding.Verdict(amountAgrees && directionAgrees, Vocabulary.FlagKinds.DifferenceMismatch, message, StatedValue.Of(change.Value), computed, 0m, expression, sentence.Text, sentence.Unit.Location);
    }

    private static bool OnlyInParentheses(Sentence sentence, Quantity terms)
    {
        var text = sentence.Text;
        var open = text.LastIndexOf('(', terms.Start);
        var close = text.IndexOf(')', terms.End);
        return open >= 0 && close >= 0 && text[(open + 1)..terms.Start].Trim().Length == 0 && text[terms.End..close].Trim().Length == 0;
    }

    /// <summary>Between the change and its parentheses: its unit's words and a <c>so với năm ...</c> phrase, nothing else.</summary>
    [GeneratedRegex(@"^[\p{L}\s]{0,30}(?:so với[^;.()\d]{0,30}(?:\d{4})?)?\s*\($", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    /// <summary>The last change word of the clause before the amount (no sentence or semicolon break in between).</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<word>tăng|giảm|gảm)(?![\p{L}])[^;.]*?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex DirectionBefore();
}
