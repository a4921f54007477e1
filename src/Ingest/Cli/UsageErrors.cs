using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace ThiDua.Ingest.Cli;

/// <summary>Parse errors as users read them: Vietnamese then English, naming the token at fault.</summary>
public static partial class UsageErrors
{
    /// <summary>
    /// Arguments that look like options (start with '-') before any <c>--</c> and not the value of an option: a misspelt
    /// option would otherwise be taken for a file name and reported as "not found".
    /// </summary>
    public static IEnumerable<string> UnknownOptions(ParseResult parseResult)
    {
        var tokens = parseResult.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Type == TokenType.DoubleDash) yield break;
            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value.StartsWith('-') && (i == 0 || tokens[i - 1].Type != TokenType.Option))
            {
                yield return $"Không có tùy chọn '{token.Value}' (tên tệp bắt đầu bằng '-' thì đặt sau '--') / Unknown option '{token.Value}' (put file names that start with '-' after '--').";
            }
        }
    }

    public static string Describe(ParseError error)
    {
        var message = error.Message;
        if (UnrecognizedPattern().Match(message) is { Success: true } unrecognized)
        {
            var token = unrecognized.Groups["token"].Value;
            return token.StartsWith('-')
                ? $"Không có tùy chọn '{token}' (tên tệp bắt đầu bằng '-' thì đặt sau '--') / Unknown option '{token}' (put file names that start with '-' after '--')."
                : $"Không hiểu lệnh hoặc tham số '{token}' / Unrecognized command or argument '{token}'.";
        }

        if (RequiredArgumentPattern().IsMatch(message)) return $"Thiếu tệp hoặc thư mục cần xử lý / Missing the files or folders to process ({message})";
        if (RequiredValuePattern().Match(message) is { Success: true } required)
        {
            return $"Tùy chọn '{required.Groups["option"].Value}' cần một giá trị / Option '{required.Groups["option"].Value}' needs a value.";
        }

        return message.Contains(" / ", StringComparison.Ordinal) ? message : $"Câu lệnh không hợp lệ / Invalid command line: {message}";
    }

    [GeneratedRegex(@"Unrecognized (?:command or )?argument '(?<token>[^']*)'")]
    private static partial Regex UnrecognizedPattern();

    [GeneratedRegex(@"Required argument missing")]
    private static partial Regex RequiredArgumentPattern();

    [GeneratedRegex(@"Required argument missing for option: '(?<option>[^']*)'|Option '(?<option>[^']*)' expects a single argument")]
    private static partial Regex RequiredValuePattern();
}
