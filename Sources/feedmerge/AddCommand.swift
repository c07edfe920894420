import ArgumentParser
import FeedmergeConfig
import Foundation
import Pipeline

/// `feedmerge add`: lists a feed in the subscription list, after reading it.
struct AddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a feed (or a page that advertises one) to the subscription list, once it reads.",
        discussion: """
            The feed is fetched and read first; a page's advertised feed is found and listed \
            instead. Its outline goes into the list the configuration names (feeds.opml), in the \
            folder given (made when the list has none of that name), and the rest of the file \
            stays as it was. A feed already listed is left as it is. The next run fetches it.
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "The folder to list it in; its name tags the feed's articles.")
    var folder: String?

    @Option(name: .long, help: "The title to list it under (default: the feed's own).")
    var title: String?

    @Argument(help: "The feed's address, or a page that advertises it.")
    var address: String

    func run() async throws {
        let configuration = options.loadConfiguration()
        let pipeline = Pipeline(configuration: configuration, logger: options.makeLogger())
        let list = (configuration.feedsPath as NSString).lastPathComponent
        do {
            let subscribed = try await pipeline.subscribe(to: address, folder: folder, title: title)
            let name = subscribed.title.map { "“\($0)” " } ?? ""
            guard subscribed.isNew else {
                Terminal.say("already listed in \(list): \(name)<\(subscribed.url)>")
                return
            }
            var line = "added \(name)<\(subscribed.url)> to \(list)"
            if let folder = subscribed.folder { line += ", in \(folder)" }
            line += ": \(subscribed.entries) entr\(subscribed.entries == 1 ? "y" : "ies") now"
            if let page = subscribed.foundOn { line += " (the feed \(page) advertises)" }
            Terminal.say(line)
        } catch {
            Terminal.fail(error)
        }
    }
}
