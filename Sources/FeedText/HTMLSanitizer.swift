import Foundation

/// Cleans HTML from feeds for republishing: an allowlist of elements and attributes, safe URLs
/// only, relative URLs made absolute, and every tag balanced.
///
/// Anything not on the list goes: `script`, `style`, `iframe`, `object`, `embed`, `form`, `meta`,
/// `base` and their kin (with their content where it is code), every event-handler and `style`
/// attribute, and `javascript:`, `vbscript:` and `data:` URLs (but inline raster images).
/// What a reader was meant to watch or hear (a `video`, an `audio`, a known service's player)
/// leaves a link to it in its place, not a gap after "Watch the briefing:".
public enum HTMLSanitizer {
    /// The sanitized form of `html`, with URLs resolved against `base`.
    public static func sanitize(_ html: String, base: String? = nil) -> String {
        sanitize(html, base: base, limit: .max).html
    }

    /// The sanitized form of `html` kept to about `limit` bytes: the rest is left out from the
    /// text or tag that reaches the limit on (a text within a word's length of it), and the
    /// elements left open are closed; `isCut` says whether anything was left out.
    public static func sanitize(_ html: String, base: String? = nil, limit: Int) -> (html: String, isCut: Bool) {
        var output: [UInt8] = []
        output.reserveCapacity(min(html.utf8.count, limit) + 64)
        var isCut = false
        var tokenizer = HTMLTokenizer(html)
        var open: [UInt64] = []
        var dropping: UInt64?  // the key of an element whose whole content is dropped
        var droppingDepth = 0
        // A `video` or `audio` without a `src` of its own, dropped: the first `source` inside
        // it gives the link.
        var mediaLabel: StaticString?
        let bytes = tokenizer.bytes

        reading: while let token = tokenizer.next() {
            if output.count >= limit && dropping == nil {
                isCut = true
                break
            }
            switch token {
            case .text(var range):
                guard dropping == nil else { continue }
                let start = output.count
                if start + range.count > limit {
                    range = bytes.withUnsafeBufferPointer { cutText($0, range, keeping: limit - start) }
                    isCut = true
                }
                bytes.withUnsafeBufferPointer { escapeText($0, range, into: &output) }
                if output.count > limit {
                    // Escaping made it longer (`&` is `&amp;`): cut the escaped text again.
                    let kept = output.withUnsafeBufferPointer {
                        cutText($0, start..<output.count, keeping: limit - start)
                    }
                    output.removeSubrange(kept.upperBound...)
                    isCut = true
                }
                if isCut { break reading }
            case .ignored:
                continue
            case .startTag(let nameRange, let selfClosing):
                let key = HTMLTokenizer.nameKey(bytes[nameRange])
                let element = elements[key]
                if let dropped = dropping {
                    if key == dropped && !selfClosing && element?.isVoid != true { droppingDepth += 1 }
                    if let label = mediaLabel, key == sourceElementKey,
                        let url = mediaURL(tokenizer, attribute: sourceKey)
                    {
                        appendMediaLink(label, url, base: base, into: &output)
                        mediaLabel = nil
                    }
                    continue
                }
                guard let element else { continue }  // unknown: the tag goes, its text stays
                if element.dropsContent {
                    // A player inside a link would nest one link in another: it goes as before.
                    if mediaKeys.contains(key), !open.contains(anchorKey), !isTrackingPixel(tokenizer) {
                        let label: StaticString? = key == videoKey ? "Video" : key == audioKey ? "Audio" : nil
                        if let url = mediaURL(tokenizer, attribute: key == objectKey ? dataKey : sourceKey) {
                            appendMediaLink(label, url, base: base, into: &output)
                        } else if label != nil {
                            mediaLabel = label
                        }
                    }
                    if !selfClosing && !element.isVoid {
                        dropping = key
                        droppingDepth = 1
                    } else {
                        mediaLabel = nil
                    }
                    continue
                }
                guard element.isAllowed else { continue }
                if element.name == "img" && isTrackingPixel(tokenizer) { continue }
                // A lazily loaded image's `src` is a placeholder until a script swaps in the real one.
                var lazySource = element.name == "img" ? lazyImageSource(tokenizer) : nil
                let tagStart = output.count
                output.append(0x3C)
                output.append(contentsOf: element.name.utf8)
                if let source = lazySource, !hasSource(tokenizer) {
                    appendAttribute("src", source, base: base, element: element.name, into: &output)
                    lazySource = nil
                }
                var seen: UInt64 = 0
                for attribute in tokenizer.attributeRanges {
                    guard let id = attributeIDs[HTMLTokenizer.nameKey(bytes[attribute.name])] else { continue }
                    let bit: UInt64 = 1 << UInt64(id)
                    guard seen & bit == 0 else { continue }  // the first of two wins, as in browsers
                    seen |= bit
                    guard (element.attributes | globalAttributeMask) & bit != 0 else { continue }
                    let name = attributeNames[id]
                    let value = name == "src" ? lazySource ?? tokenizer.value(attribute) : tokenizer.value(attribute)
                    appendAttribute(name, value, base: base, element: element.name, into: &output)
                }
                if element.name == "a" { output.append(contentsOf: " rel=\"nofollow noopener noreferrer\"".utf8) }
                // A tag that goes past the limit (an inline image's megabytes of `data:`) is left out.
                if output.count > limit {
                    output.removeSubrange(tagStart...)
                    isCut = true
                    break reading
                }
                if element.isVoid {
                    output.append(contentsOf: " />".utf8)
                } else {
                    output.append(0x3E)
                    open.append(key)
                }
            case .endTag(let nameRange):
                let key = HTMLTokenizer.nameKey(bytes[nameRange])
                if let dropped = dropping {
                    if key == dropped {
                        droppingDepth -= 1
                        if droppingDepth == 0 {
                            dropping = nil
                            mediaLabel = nil
                        }
                    }
                    continue
                }
                guard let element = elements[key], element.isAllowed, !element.isVoid,
                    let position = open.lastIndex(of: key)
                else { continue }
                // Close what was left open inside, so the output stays balanced.
                for inner in open[position...].reversed() { appendEndTag(elements[inner]?.name ?? "", into: &output) }
                open.removeSubrange(position...)
            }
        }
        for key in open.reversed() { appendEndTag(elements[key]?.name ?? "", into: &output) }
        return (String(decoding: output, as: UTF8.self), isCut)
    }

    /// The start of the text `range` that keeps about `count` bytes: up to its last white space
    /// within them, or, in a text without any, a character's end that leaves no character
    /// reference cut in two.
    private static func cutText(_ html: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, keeping count: Int)
        -> Range<Int>
    {
        var end = range.lowerBound + max(0, min(count, range.count))
        if let space = (range.lowerBound..<end).last(where: { html[$0] == 0x20 || html[$0] == 0x0A || html[$0] == 0x09 }
        ),
            end - space < 64
        {
            return range.lowerBound..<space
        }
        while end > range.lowerBound, end < range.upperBound, html[end] & 0xC0 == 0x80 { end -= 1 }
        if let ampersand = (max(range.lowerBound, end - 40)..<end).last(where: { html[$0] == 0x26 }),
            !(ampersand..<end).contains(where: { html[$0] == 0x3B })
        {
            end = ampersand
        }
        return range.lowerBound..<end
    }

    private static func appendAttribute(
        _ name: String, _ value: String, base: String?, element: String, into output: inout [UInt8]
    ) {
        guard let clean = cleanAttribute(name, value, element: element, base: base) else { return }
        output.append(0x20)
        output.append(contentsOf: name.utf8)
        output.append(contentsOf: "=\"".utf8)
        output.append(contentsOf: XMLEscaping.attribute(clean).utf8)
        output.append(0x22)
    }

    /// The attributes lazy-loading scripts keep an image's real source in (lazysizes' and most
    /// themes' `data-src`, WP Rocket's `data-lazy-src`, jQuery Lazy Load's `data-original`…),
    /// while `src` holds a blank pixel or a placeholder.
    private static let lazySourceKeys: Set<UInt64> = Set(
        ["data-src", "data-lazy-src", "data-original", "data-lazy", "data-echo", "data-hi-res-src"].map(key))

    /// The real source of a lazily loaded image, when it gives one that is safe (not `data:`).
    private static func lazyImageSource(_ tokenizer: HTMLTokenizer) -> String? {
        let bytes = tokenizer.bytes
        for attribute in tokenizer.attributeRanges
        where lazySourceKeys.contains(HTMLTokenizer.nameKey(bytes[attribute.name])) {
            let value = trimmedURL(tokenizer.value(attribute))
            if !value.isEmpty, isSafeURL(value, element: "a", attribute: "href"),
                URLResolver.scheme(of: value.lowercased()) != "mailto"
            {
                return value
            }
        }
        return nil
    }

    /// The elements that may hold what a reader was meant to watch or hear. A `video` or an
    /// `audio` always does; a frame, an `embed` or an `object` only when it is a known player
    /// (most frames are a share button's or a comment counter's).
    private static let mediaKeys: Set<UInt64> = Set(["iframe", "embed", "object", "video", "audio"].map(key))
    private static let anchorKey = key("a")
    private static let objectKey = key("object")
    private static let videoKey = key("video")
    private static let audioKey = key("audio")
    private static let sourceElementKey = key("source")
    private static let dataKey = key("data")

    /// The web address in the attribute `attribute` of the tag being read, when it is one a
    /// reader may follow (http or https, or relative).
    private static func mediaURL(_ tokenizer: HTMLTokenizer, attribute: UInt64) -> String? {
        let bytes = tokenizer.bytes
        guard let range = tokenizer.attributeRanges.first(where: { HTMLTokenizer.nameKey(bytes[$0.name]) == attribute })
        else { return nil }
        let value = trimmedURL(tokenizer.value(range))
        guard !value.isEmpty, value != "about:blank" else { return nil }
        switch URLResolver.scheme(of: value.lowercased()) {
        case nil, "http", "https": return value
        default: return nil
        }
    }

    /// A link to what a `video` or `audio` plays (named by `label`), or to the page of what a
    /// known player plays (`label` nil), named by what it is and its address.
    private static func appendMediaLink(
        _ label: StaticString?, _ url: String, base: String?, into output: inout [UInt8]
    ) {
        guard let clean = cleanAttribute("href", url, element: "a", base: base), clean.hasPrefix("http") else { return }
        let shown: (label: StaticString, page: String)
        if let label {
            shown = (label, clean)
        } else if let player = player(clean) {
            shown = player
        } else {
            return
        }
        output.append(contentsOf: "<a href=\"".utf8)
        output.append(contentsOf: XMLEscaping.attribute(shown.page).utf8)
        output.append(contentsOf: "\" rel=\"nofollow noopener noreferrer\">".utf8)
        output.append(
            contentsOf: UnsafeBufferPointer(start: shown.label.utf8Start, count: shown.label.utf8CodeUnitCount))
        output.append(contentsOf: ": ".utf8)
        output.append(contentsOf: XMLEscaping.text(shown.page).utf8)
        output.append(contentsOf: "</a>".utf8)
    }

    /// What a player at `url` plays, when it is a known video or audio service's, and the page
    /// to link: a YouTube video's own page for its player (`…/embed/ID`, Flash's `…/v/ID`), a
    /// Vimeo video's for `player.vimeo.com/video/ID`, the player itself for the others.
    private static func player(_ url: String) -> (label: StaticString, page: String)? {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else { return nil }
        func isOn(_ domain: String) -> Bool { host == domain || host.hasSuffix("." + domain) }
        let parts = components.path.split(separator: "/")
        let id = parts.count == 2 ? parts[1] : nil
        let isID = id?.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } == true
        if isOn("youtube.com") || isOn("youtube-nocookie.com") {
            guard isID, let id, parts[0] == "embed" || parts[0] == "v" else { return nil }
            return ("Video", "https://www.youtube.com/watch?v=\(id)")
        }
        if host == "player.vimeo.com" {
            guard isID, let id, parts[0] == "video" else { return nil }
            return ("Video", "https://vimeo.com/\(id)")
        }
        if videoPlayers.contains(where: isOn) { return ("Video", url) }
        if audioPlayers.contains(where: isOn) { return ("Audio", url) }
        return nil
    }

    private static let videoPlayers = [
        "dailymotion.com", "twitch.tv", "ted.com", "rumble.com", "wistia.net", "jwplayer.com",
    ]
    private static let audioPlayers = [
        "soundcloud.com", "spotify.com", "bandcamp.com", "podcasts.apple.com", "mixcloud.com", "simplecast.com",
        "megaphone.fm", "libsyn.com", "buzzsprout.com", "podbean.com", "audioboom.com", "acast.com",
    ]

    private static func hasSource(_ tokenizer: HTMLTokenizer) -> Bool {
        tokenizer.attributeRanges.contains { HTMLTokenizer.nameKey(tokenizer.bytes[$0.name]) == sourceKey }
    }

    private static let sourceKey = key("src")

    /// Whether an image is one pixel or none wide and high: a counter of who read the feed
    /// (FeedBurner's, WordPress's, Medium's), which a reader of the merged feed would call too.
    private static func isTrackingPixel(_ tokenizer: HTMLTokenizer) -> Bool {
        var width: Int?
        var height: Int?
        let bytes = tokenizer.bytes
        for attribute in tokenizer.attributeRanges {
            let key = HTMLTokenizer.nameKey(bytes[attribute.name])
            guard key == widthKey || key == heightKey else { continue }
            let value = tokenizer.value(attribute).trimmingWhitespace()
            let number = Int(value.hasSuffix("px") ? String(value.dropLast(2)) : value)
            if key == widthKey { width = number } else { height = number }
        }
        guard let width, let height else { return false }
        return width <= 1 && height <= 1
    }

    private static let widthKey = key("width")
    private static let heightKey = key("height")

    /// A URL without the spaces and controls around it (browsers strip them; Foundation's
    /// `trimmingCharacters` costs more than the rest of sanitizing).
    private static func trimmedURL(_ value: String) -> String {
        let utf8 = value.utf8
        guard let first = utf8.firstIndex(where: { $0 > 0x20 }) else { return "" }
        let last = utf8.lastIndex(where: { $0 > 0x20 })!
        if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return value }
        return String(value[first...last])
    }

    private static func appendEndTag(_ name: String, into output: inout [UInt8]) {
        output.append(contentsOf: "</".utf8)
        output.append(contentsOf: name.utf8)
        output.append(0x3E)
    }

    /// True when a URL is safe to republish in `attribute` of `element`.
    public static func isSafeURL(_ url: String, element: String = "a", attribute: String = "href") -> Bool {
        // The scheme and what follows it, as a browser reads them (controls and spaces inside
        // skipped, case folded); the first 40 such bytes are all any rule below looks at.
        var prefix: [UInt8] = []
        prefix.reserveCapacity(40)
        for byte in url.utf8 where byte > 0x20 && byte != 0x7F {
            prefix.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            if prefix.count == 40 { break }
        }
        let compact = String(decoding: prefix, as: UTF8.self)
        guard let scheme = URLResolver.scheme(of: compact) else { return true }  // relative
        switch scheme {
        case "http", "https": return true
        case "mailto", "tel": return attribute == "href"
        case "data":
            return element == "img" && attribute == "src"
                && ["data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp"].contains
                {
                    compact.hasPrefix($0 + ";") || compact.hasPrefix($0 + ",")
                }
        default: return false
        }
    }

    private static func cleanAttribute(_ name: String, _ value: String, element: String, base: String?) -> String? {
        guard urlAttributes.contains(name) else { return value }
        let trimmed = trimmedURL(value)
        guard isSafeURL(trimmed, element: element, attribute: name) else { return nil }
        if URLResolver.scheme(of: trimmed) == "data" { return trimmed }
        // A link in republished text loses what it carried for the outlet alone, as the item's
        // own link does: campaign codes, and a session the outlet's server gave its own reader.
        let resolved = URLResolver.resolve(trimmed, against: base)
        return PublishedURL.escaped(TrackingParameters.removed(from: SessionID.removed(from: resolved)))
    }

    /// Text keeps its character references (they are already markup) but a stray `<` or `>` is
    /// escaped, `&` is escaped unless it starts a reference, and what XML forbids (C0 controls
    /// but tab and line ends, U+FFFE, U+FFFF) goes.
    private static func escapeText(_ html: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into output: inout [UInt8])
    {
        var index = range.lowerBound
        while index < range.upperBound {
            var runEnd = index
            textSpecial.withUnsafeBufferPointer { special in
                while runEnd < range.upperBound && !special[Int(html[runEnd])] { runEnd += 1 }
            }
            if runEnd > index {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: html[index..<runEnd]))
                index = runEnd
                if index == range.upperBound { break }
            }
            let byte = html[index]
            switch byte {
            case 0x3C: output.append(contentsOf: "&lt;".utf8)
            case 0x3E: output.append(contentsOf: "&gt;".utf8)
            case 0x26:
                var end = index + 1
                while end < range.upperBound,
                    HTMLTokenizer.isASCIILetter(html[end]) || html[end] &- 0x30 < 10 || html[end] == 0x23
                {
                    end += 1
                }
                if end > index + 1, end < range.upperBound, html[end] == 0x3B {
                    output.append(0x26)
                } else {
                    output.append(contentsOf: "&amp;".utf8)
                }
            case 0x09, 0x0A, 0x0D: output.append(byte)
            case 0..<0x20, 0x7F: break
            case 0xEF
            where index + 2 < range.upperBound && html[index + 1] == 0xBF && html[index + 2] & 0xFE == 0xBE:
                index += 2  // U+FFFE, U+FFFF
            default: output.append(byte)
            }
            index += 1
        }
    }

    /// Bytes of text that need more than copying.
    private static let textSpecial: [Bool] = (0...255).map { value in
        value == 0x3C || value == 0x3E || value == 0x26 || value < 0x20 || value == 0x7F || value == 0xEF
    }

    private static let urlAttributes: Set<String> = ["href", "src", "cite", "poster"]
    private static let globalAttributes: Set<String> = ["title", "lang", "dir"]
    /// Elements HTML gives no end tag. An `embed` or a `frame` waited for one, as dropped content,
    /// and took the rest of the text with it.
    private static let voidElements: Set<String> = ["br", "hr", "img", "wbr", "source", "embed", "frame"]
    /// Elements whose content is code or chrome, not article text.
    private static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "embed", "applet", "noscript", "template", "svg", "math", "title",
        "head", "textarea", "select", "button", "frameset", "frame", "noembed", "noframes", "xmp", "plaintext",
        "form", "video", "audio",
    ]
    private static let allowedAttributes: [String: Set<String>] = [
        "a": ["href", "hreflang"], "abbr": [], "b": [], "bdi": [], "bdo": [], "blockquote": ["cite"], "br": [],
        "caption": [], "cite": [], "code": [], "col": ["span"], "colgroup": ["span"], "dd": [],
        "del": ["cite", "datetime"],
        "details": ["open"], "dfn": [], "div": [], "dl": [], "dt": [], "em": [], "figcaption": [], "figure": [],
        "h1": [], "h2": [], "h3": [], "h4": [], "h5": [], "h6": [], "hr": [], "i": [],
        "img": ["src", "alt", "width", "height"], "ins": ["cite", "datetime"], "kbd": [], "li": ["value"], "mark": [],
        "ol": ["start", "reversed", "type"], "p": [], "pre": [], "q": ["cite"], "rp": [], "rt": [], "ruby": [], "s": [],
        "samp": [], "small": [], "span": [], "strike": [], "strong": [], "sub": [], "summary": [], "sup": [],
        "table": [], "tbody": [], "td": ["colspan", "rowspan", "headers"], "tfoot": [],
        "th": ["colspan", "rowspan", "headers", "scope"], "thead": [], "time": ["datetime"], "tr": [], "u": [],
        "ul": [], "var": [], "wbr": [], "article": [], "section": [], "aside": [], "header": [], "footer": [],
        "main": [], "nav": [], "address": [],
    ]

    // MARK: Tables by name key (no string hashing per tag)

    private struct Element: Sendable {
        var name: String
        /// The attributes allowed on it, as bits of `attributeNames`.
        var attributes: UInt64
        var isAllowed: Bool
        var isVoid: Bool
        var dropsContent: Bool
    }

    /// Every attribute any element may keep; an attribute's id is its place here.
    private static let attributeNames: [String] = Array(
        Set(allowedAttributes.values.flatMap { $0 }).union(globalAttributes)
    ).sorted()
    private static let attributeIDs = NameTable(attributeNames.enumerated().map { (key($0.element), $0.offset) })
    private static let globalAttributeMask: UInt64 = mask(globalAttributes)
    private static let elements: NameTable<Element> = {
        var entries: [(UInt64, Element)] = []
        for name in Set(allowedAttributes.keys).union(droppedWithContent).union(voidElements) {
            entries.append(
                (
                    key(name),
                    Element(
                        name: name, attributes: mask(allowedAttributes[name] ?? []),
                        isAllowed: allowedAttributes[name] != nil, isVoid: voidElements.contains(name),
                        dropsContent: droppedWithContent.contains(name))
                ))
        }
        return NameTable(entries)
    }()

    private static func key(_ name: String) -> UInt64 { HTMLTokenizer.nameKey(Array(name.utf8)[...]) }

    private static func mask(_ names: Set<String>) -> UInt64 {
        names.reduce(0) { mask, name in mask | (attributeNames.firstIndex(of: name).map { 1 << UInt64($0) } ?? 0) }
    }
}

/// A small open-addressing table from name keys to values.
private struct NameTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ entries: [(UInt64, Value)]) {
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        for (key, value) in entries {
            var slot = Int(truncatingIfNeeded: key >> 7) & mask
            while values[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    subscript(key: UInt64) -> Value? {
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
