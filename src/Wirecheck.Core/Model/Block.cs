namespace Wirecheck.Core.Model;

public enum BlockKind { Heading, Paragraph, Blockquote, ListItem }

/// <summary>A structural block of the clean text (heading, paragraph, block quote or list item).</summary>
public sealed record Block(int Start, int End, BlockKind Kind)
{
    public TextSpan Span => new(Start, End);

    public static string KindName(BlockKind kind) => kind switch
    {
        BlockKind.Heading => "heading",
        BlockKind.Paragraph => "paragraph",
        BlockKind.Blockquote => "blockquote",
        BlockKind.ListItem => "list-item",
        _ => "paragraph",
    };
}
