/// The characters that are not text: the C0 controls other than tab, line feed and carriage
/// return, DEL, and the C1 controls. A feed has no business sending them (XML 1.0 forbids the C0
/// ones even as character references), and written to a terminal they are commands:
/// `ESC ]0;…BEL` retitles the window, `ESC [2J` clears it, others have run code in terminals
/// with bugs.
public enum ControlCharacters {
    /// Whether `scalar` is one of them.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// `text` without them (the same string when it has none).
    public static func removed(from text: String) -> String {
        replacing(in: text, with: nil)
    }

    /// `text` with each of them shown as U+FFFD, for a terminal: what a stored title written by
    /// an earlier version holds is shown, not obeyed.
    public static func shownSafely(_ text: String) -> String {
        replacing(in: text, with: "\u{FFFD}")
    }

    /// `text` with each of them replaced by `replacement`, or left out when it is nil.
    private static func replacing(in text: String, with replacement: Unicode.Scalar?) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isControl(scalar) {
                scalars.append(scalar)
            } else if let replacement {
                scalars.append(replacement)
            }
        }
        return String(scalars)
    }
}
