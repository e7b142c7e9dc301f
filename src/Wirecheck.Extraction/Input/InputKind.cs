namespace Wirecheck.Extraction.Input;

public enum InputKind { Text, Html }
