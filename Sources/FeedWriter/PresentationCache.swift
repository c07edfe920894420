import FeedModel
import Foundation

/// The presentations of the stories one writer has rendered, by story: a build writes up to
/// dozens of outputs that share most of their stories, and each story's HTML is sanitized and
/// its text read once per build, not once per output.
final class PresentationCache: @unchecked Sendable {
    // A lock, not an actor: rendering is synchronous and this is held only to look up or store.
    private let lock = NSLock()
    private var presentations: [String: StoryPresentation] = [:]

    func presentation(of story: Story) -> StoryPresentation {
        lock.lock()
        defer { lock.unlock() }
        if let cached = presentations[story.id], cached.story == story { return cached }
        let presentation = StoryPresentation(story)
        presentations[story.id] = presentation
        return presentation
    }
}
