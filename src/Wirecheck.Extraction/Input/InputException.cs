namespace Wirecheck.Extraction.Input;

/// <summary>An input that cannot be read (missing file, failed download, too large). The message is for the user.</summary>
public sealed class InputException(string message, Exception? inner = null) : Exception(message, inner);
