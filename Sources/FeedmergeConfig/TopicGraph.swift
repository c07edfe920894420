import Tagger

/// The `within` relation between topics.
enum TopicGraph {
    /// A cycle of topic ids (`a → b → a` is `[a, b]`), if `within` makes one.
    static func cycle(in topics: [Topic]) -> [String]? {
        let parents = Dictionary(topics.map { ($0.id, $0.within) }, uniquingKeysWith: { first, _ in first })
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var path: [String] = []

        func visit(_ id: String) -> [String]? {
            if state[id] == 2 { return nil }
            if state[id] == 1 {
                return Array(path[path.firstIndex(of: id)!...])
            }
            state[id] = 1
            path.append(id)
            for parent in parents[id] ?? [] {
                if let cycle = visit(parent) { return cycle }
            }
            path.removeLast()
            state[id] = 2
            return nil
        }

        for topic in topics {
            if let cycle = visit(topic.id) { return cycle }
        }
        return nil
    }
}
