import FeedModel
import FeedText
import Foundation

/// JSON Feed 1.1, with `tags` and the `_feedmerge` extension (`source`, `also`).
struct JSONFeedDocument {
    let definition: OutputDefinition
    let stories: [StoryPresentation]
    let homePage: String?

    func render() -> Data {
        var feed = JSONObjectBuilder()
        feed.add("version", "https://jsonfeed.org/version/1.1")
        feed.add("title", definition.title)
        feed.add("home_page_url", homePage)
        feed.add("feed_url", definition.url)
        // The items go straight into one string with room for all of them: building them apart
        // and nesting the result copies a large feed several times over.
        var head = feed.json
        head.removeLast()  // the closing brace: the items follow
        var json = OutputBuffer(capacity: StoryPresentation.estimatedSize(of: stories, escaping: true))
        json += head
        json += ",\"items\":[\n"
        for (index, story) in stories.enumerated() {
            if index > 0 { json += ",\n" }
            json += item(story)
        }
        json += stories.isEmpty ? "]}\n" : "\n]}\n"
        return json.data
    }

    private func item(_ item: StoryPresentation) -> String {
        let story = item.story
        let primary = story.primary
        var object = JSONObjectBuilder()
        object.add("id", story.id)
        object.add("url", item.link)
        object.add("title", item.title)
        if let html = item.contentHTML {
            object.add("content_html", html)
        } else {
            object.add("content_text", item.summaryText ?? item.title)
        }
        object.add("summary", item.summaryText)
        object.add("date_published", InternetDate.rfc3339(item.published))
        object.add("date_modified", InternetDate.rfc3339(item.updated))
        object.add("authors", objects: item.authors) { author, name in author.add("name", name) }
        object.add("language", item.article.language)
        object.add("tags", jsonArray: story.tags.map(JSONString.quoted))
        object.add("attachments", objects: item.enclosures) { attachment, enclosure in
            attachment.add("url", enclosure.url)
            attachment.add("mime_type", enclosure.mediaType)
            attachment.add("size_in_bytes", enclosure.length)
        }

        var source = JSONObjectBuilder()
        source.add("title", primary.outletName)
        source.add("feed_url", primary.publicFeedURL)
        source.add("url", item.siteURL)
        let also = item.alsoLinks.map { also -> String in
            var entry = JSONObjectBuilder()
            entry.add("url", also.url)
            entry.add("title", also.title)
            entry.add("source", also.outlet)
            return entry.json
        }
        var extensionObject = JSONObjectBuilder()
        extensionObject.add("source", json: source.json)
        extensionObject.add("also", json: "[" + also.joined(separator: ",") + "]")
        // The story's outlet and the others, each once: `story.sourceCount`, already worked out.
        extensionObject.add("sources", 1 + item.alsoLinks.count)
        object.add("_feedmerge", json: extensionObject.json)
        return object.json
    }
}
