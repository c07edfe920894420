/// A span of time as feedmerge prints it for people: `45s`, `12m`, `3h20m`, `4d`.
public enum DurationText {
    public static func short(_ seconds: Double) -> String {
        let value = Int(max(0, seconds))
        if value < 60 { return "\(value)s" }
        if value < 3600 { return "\(value / 60)m" }
        if value < 86_400 { return "\(value / 3600)h\(value % 3600 / 60 > 0 ? "\(value % 3600 / 60)m" : "")" }
        return "\(value / 86_400)d"
    }
}
