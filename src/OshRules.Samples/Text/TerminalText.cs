using System.Text;

namespace OshRules.Samples.Text;

/// <summary>
/// Text from a roster made safe to print on a terminal: control characters (ESC sequences that move the cursor or clear
/// the screen, BEL, backspace, C1 controls) and the bidirectional controls that reorder what is shown (U+202A–U+202E,
/// U+2066–U+2069, U+200E, U+200F, U+061C) are removed; tabs and line breaks become spaces. Pure.
/// </summary>
internal static class TerminalText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.AsSpan().ContainsAny(Unsafe))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r')
            {
                sb.Append(' ');
            }
            else if (!IsUnsafe(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4))
            .Concat([0x200E, 0x200F, 0x061C]).Select(i => (char)i).ToArray());

    private static bool IsUnsafe(char c) => Unsafe.Contains(c);
}
