import ArgumentParser
import FeedModel
import FeedmergeConfig
import Foundation
import Pipeline

/// `feedmerge remove`: takes a feed out of the subscription list.
struct RemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Take a feed out of the subscription list (by its address or its title).",
        discussion: """
            Its outlines leave the list the configuration names (feeds.opml), with their lines; \
            the rest of the file stays as it was. Its stories stay in the outputs until they age \
            out (`retention`), as for a feed taken out by hand.
            """)

    @OptionGroup var options: CommonOptions

    @Argument(help: "The feed's address as listed (any spelling of it), or its title.")
    var feed: String

    func run() async throws {
        let configuration = options.loadConfiguration()
        let pipeline = Pipeline(configuration: configuration, logger: options.makeLogger())
        let list = (configuration.feedsPath as NSString).lastPathComponent
        do {
            let (removed, emptied) = try pipeline.unsubscribe(from: feed)
            let name = removed.title.map { "“\($0)” " } ?? ""
            let folders = emptied.map { " and the folder “\($0)”, now empty," }.joined()
            Terminal.say("removed \(name)<\(removed.url)>\(folders) from \(list); its stories stay until they age out")
        } catch {
            Terminal.fail(error)
        }
    }
}
