#!/usr/bin/env python3
"""Builds the labelled deduplication evaluation set (Tests/DedupTests/Evaluation/articles.jsonl).

The base articles are real news text: The Guardian's world-news feed and US feed as saved in the
corpus (../shared/corpus/feeds/feeder__rss_theguardian.xml, rssparser__guardian.rss), and the
real Montenegrin-outlet article of ../shared/examples. The variants are written here as other
outlets publish such stories: retitled, truncated, with boilerplate, as HTML, corrected,
re-edited, re-translated. The hard negatives are real same-topic stories of different events
from the same feeds, plus series that share a template (market reports, oil stocks, a sports
series, "day N of the war" round-ups, two NATO meetings a month apart).

Labels: articles with the same `story` are duplicates. Pairs with different stories but the same
`event` (two independent reports of one event) are left out of the metrics: neither a merge nor
a split of them is wrong. Every other pair is a non-duplicate.

    python3 Benchmarks/dedup/make_eval.py [--corpus ../shared/corpus] > Tests/DedupTests/Evaluation/articles.jsonl

Deterministic; needs only the Python standard library.
"""
import argparse
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

CONTINUE = "Continue reading..."


def clean(text):
    """Plain text with one paragraph per line."""
    text = re.sub(r"</p>|<br\s*/?>", "\n", text or "")
    text = re.sub(r"<[^>]+>", " ", text)
    lines = [re.sub(r"\s+", " ", line).strip() for line in html.unescape(text).split("\n")]
    return "\n".join(line for line in lines if line)


def read_rss(path):
    raw = open(path, "rb").read()
    # The Guardian's feed has a bare '&' (kept in the corpus on purpose); escape it for ElementTree.
    raw = re.sub(rb"&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)", b"&amp;", raw)
    root = ET.fromstring(raw)
    items = []
    for item in root.iter("item"):
        def get(tag):
            node = item.find(tag)
            if node is None:
                return ""
            # Descriptions hold unescaped HTML elements: take the inner markup, then its text.
            return (node.text or "") + "".join(ET.tostring(child, encoding="unicode") for child in node)
        items.append({"title": clean(get("title")), "text": clean(get("description")), "link": get("link").strip(),
                      "published": get("pubDate").strip()})
    return items


def sentences(text):
    text = text.replace(CONTINUE, "")
    parts = []
    for paragraph in text.split("\n"):
        parts += re.split(r"(?<=[.!?”])\s+(?=[A-Z“‘])", paragraph)
    return [p.strip() for p in parts if p.strip()]


# ---------------------------------------------------------------------------------------------
# Hand-written variants, keyed by Guardian world-feed item number.

RETITLED = {
    0: "Riyadh rejects ‘cynical’ claims over role in freeing Britons held in Ukraine",
    3: "UN: drought threatens schooling of millions of children in Kenya, Somalia and Ethiopia",
    5: "UN general assembly opens with Ukraine fight overshadowing famine and climate",
    8: "Diary of a Wimpy Kid actor jailed for life over mother’s killing",
    12: "Super typhoon Noru: Philippines moves thousands away from coast",
    13: "Pyongyang launches short-range missile as US carrier visits South Korea",
    16: "Two dead as typhoon Talas brings record rain to central Japan",
    17: "Wang Yi warns Blinken of ‘dangerous signals’ over Taiwan",
    24: "Meloni poised to become Italy’s first woman prime minister as polls close",
    27: "Pink Floyd’s Roger Waters scraps Kraków concerts after Ukraine remarks",
    30: "Lebanon migrant boat disaster: 94 now confirmed dead",
    31: "Iran’s Raisi promises firm response as protests reach most provinces",
    39: "Myanmar model Han Lay turned back at Bangkok airport",
    48: "White House rebukes World Bank chief Malpass over climate remarks",
    52: "Artemis 1 launch scrubbed again as storm Ian heads for Florida",
}

# Re-translations: the same report rendered into English again by another outlet's desk,
# different wording, names spelled as transliterated.
RETRANSLATED = {
    0: ("Saudi minister: claims we used prisoner release to clean image are cynical",
        "The Saudi foreign minister, prince Feisal bin Farhan Al Saud, said it is cynical to claim that "
        "Saudi Arabia helped to free foreign prisoners held by pro-Russian forces in Ukraine in order to "
        "improve its reputation after the murder of journalist Jamal Hashoggi. According to him, Riyadh "
        "first contacted the British government in April, soon after the British national Aiden Aslin and "
        "others were taken prisoner in Mariupol, and it acted out of humanitarian motives."),
    3: ("Unicef: 3.6 million children could leave school because of drought",
        "Because of the drought in the Horn of Africa more than 3.5 million children risk abandoning school, "
        "the United Nations warned, adding that a whole generation could lose its education. Unicef "
        "estimates that 3.6 million children in Kenya, Somalia and Ethiopia may quit school due to the "
        "pressure that the long drought puts on families. Girls will suffer most, experts say, because many "
        "families must move far from schools."),
    8: ("Actor from series Riverdale sentenced to life for murdering mother",
        "Canadian actor Rayan Grantham, known from the series Riverdale and the film Diary of a Wimpy Kid, "
        "was sentenced to life imprisonment because he shot his mother dead in their house near Vancouver. "
        "The 24-year-old was sentenced on Wednesday, after earlier this year he admitted second-degree "
        "murder, for which life imprisonment is automatic, New York Times writes."),
    12: ("Philippines: evacuation before arrival of typhoon Noru",
         "Philippine authorities on Sunday began moving people out of coastal areas, and hundreds could not "
         "travel by sea while the super typhoon was approaching the country. Typhoon Noru had maximum "
         "sustained winds of 185 kilometres per hour after what the state meteorological service called an "
         "unprecedented explosive strengthening. It is expected to be the strongest storm this year."),
    13: ("North Korea launched ballistic missile, Seoul says",
         "North Korea on Sunday launched a short-range ballistic missile toward the sea to its east, "
         "continuing a series of weapons tests while an American aircraft carrier is visiting South Korea "
         "for joint exercises. The South Korean joint chiefs of staff said the missile was fired from "
         "Tchechon in the west of the country and flew 600 kilometres at a maximum height of 60 km before "
         "falling into the sea off the east coast."),
    16: ("Typhoon Talas hit Japan, two dead",
         "Typhoon hit central Japan on Saturday with heavy rain and strong winds, two people were killed "
         "and tens of thousands of households remained without electricity, agency Kjodo reports. The city "
         "of Shizuoka, south-west of Tokio, was hit hardest, with record 417 millimetres of rain since "
         "Thursday, the Japanese meteorological agency said. 120,000 households were without power."),
    17: ("Beijing accuses Washington of sending dangerous signals about Taiwan",
         "China accused the United States of sending very wrong and dangerous signals regarding Taiwan, "
         "after the American secretary of state told his Chinese colleague on Friday that peace and "
         "stability across Taiwan are of vital importance. Taiwan was the main subject of the 90-minute "
         "direct and honest talks between Antony Blinken and Vang Ji on the sidelines of the UN general "
         "assembly in New York, an American official said."),
    24: ("Italy faces turn to the right, Meloni set to be first female premier",
         "Italians on Saturday expected big changes on the eve of elections which, according to the "
         "forecasts, will give Italy the most right-wing government since the Second World War. Đorđa "
         "Meloni, leader of the post-fascist Brothers of Italy, is widely expected to become the first "
         "woman at the head of an Italian government."),
    27: ("Roger Voters cancelled concerts in Poland",
         "The co-founder of Pink Floyd Roger Voters cancelled his concerts in Poland after outrage over his "
         "views on the Russian war against Ukraine, Polish media reported on Saturday. A representative of "
         "the Tauron arena in Krakow, where the musician was to hold two concerts in April 2023, said they "
         "will not take place."),
    30: ("94 dead after boat from Lebanon sank off Syria",
         "The number of dead after the sinking of a boat off the Syrian coast, which sailed from Lebanon "
         "this week, rose to 94, Syrian state television reported on Saturday. The ministry of transport "
         "quotes survivors who say the boat left the Minieh region in northern Lebanon on Tuesday heading "
         "for Europe with 120 to 150 people on board."),
    31: ("Raisi announces crackdown as protests spread across Iran",
         "Iranian president Ebrahim Raisi promised to act decisively against protests which are spreading "
         "through most of the country, a week after the death in custody of a woman arrested by the morality "
         "police, Mahsa Amini. Demonstrations have spread to most of the 31 Iranian provinces and almost "
         "all cities, the biggest challenge to the authorities in more than 13 years."),
    36: ("36 killed by lightning and rain in north of India",
         "Bad weather killed at least 36 people in northern India in 24 hours, among them 12 struck by "
         "lightning, officials said. In the state of Utar Pradeš at least 24 people died when their houses "
         "collapsed in continuous rain, said relief commissioner Ranvir Prasad. The authorities link the "
         "deadly monsoon weather to climate change."),
    50: ("QAnon supporter who chased policeman on 6 January found guilty",
         "Douglas Jenssen, a QAnon conspiracy theorist who led a group of Donald Trump supporters chasing a "
         "lone police officer through the Capitol on 6 January, was found guilty of several felonies. The "
         "43-year-old from Iowa, who appeared in many photos wearing a black T-shirt with a big letter Q, "
         "could in theory get more than 50 years in prison after a federal jury in Washington convicted "
         "him on Friday, the justice department said."),
    53: ("Florida declares emergency as storm Ian strengthens",
         "Residents of Florida on Saturday prepared for a strong tropical storm which experts say could "
         "become a major hurricane. Tropical storm Ian, formed on Friday over the southern Caribbean, is "
         "expected to grow into a hurricane in a few days, and it could cross parts of Cuba before reaching "
         "Florida in the middle of next week. The Cayman Islands and Jamaica are also preparing."),
}

# Corrected re-issues: the outlet republishes with a fixed detail and a note.
CORRECTED = {
    3: ("3.5 million", "3.6 million", "Correction: an earlier version of this article gave the number of children at risk as 3.5 million in its first paragraph."),
    8: ("Grantham, 24,", "Grantham, 25,", "This article was amended to correct Ryan Grantham’s age."),
    12: ("185km/h (115mph)", "195km/h (121mph)", "Correction: an earlier version misstated Noru’s maximum sustained wind speed."),
    13: ("600km (370 miles)", "600km (373 miles)", "This article was updated to correct a conversion."),
    16: ("417mm (16.42", "416mm (16.38", "This article was corrected: the rainfall total was revised by the JMA."),
    27: ("two concerts in April 2023", "two concerts in April next year", "This article was updated on 25 September."),
    30: ("between 120 and 150 people", "between 120 and 170 people", "Correction: an earlier version understated the number of people said to be on board."),
    36: ("relief commissioner Shri Ranvir Prasad", "relief commissioner Ranvir Prasad", "This article was amended to correct the official’s name."),
    39: ("Suvarnabhumi airport", "Suvarnabhumi international airport", "This article was updated with a comment from airport officials."),
    50: ("43-year-old", "44-year-old", "Correction: Douglas Jensen is 43, not 44 as first stated; the error has been fixed."),
}

BOILERPLATE_SETS = {
    "portal-montenegro": ["{views} views 0 comment(s)", "Photo: REUTERS", "Disclaimer: The translations are mostly done through AI translator and might not be 100% accurate.", "Bonus video:"],
    "newsroom-hub": ["Follow us on Twitter and Facebook for the latest news.", "Photo: AP", "Read more: top stories of the day"],
    "wordpress-blog": ["The post {title} appeared first on World Briefing.", "Share this: Twitter Facebook LinkedIn"],
}

# ---------------------------------------------------------------------------------------------
# Hard negatives that share a template: a series of different events in near-identical words.

MARKETS = [
    ("Monday", "Sensex ends 412 points higher at 59,141; Nifty closes above 17,600", 412, "59,141", "17,604", "banks and IT stocks", "0.7"),
    ("Tuesday", "Sensex slips 168 points to 58,973 as Nifty holds 17,550", -168, "58,973", "17,553", "metal and auto stocks", "0.3"),
    ("Wednesday", "Sensex gains 89 points to 59,062; Nifty ends at 17,581", 89, "59,062", "17,581", "pharma and FMCG stocks", "0.2"),
    ("Thursday", "Sensex falls 527 points to 58,535 on global selloff; Nifty at 17,441", -527, "58,535", "17,441", "IT and banking stocks", "0.9"),
    ("Friday", "Sensex rebounds 302 points to 58,837; Nifty reclaims 17,500", 302, "58,837", "17,516", "energy and banking stocks", "0.5"),
    ("Monday", "Sensex climbs 641 points to 59,478; Nifty nears 17,700", 641, "59,478", "17,695", "financial and IT stocks", "1.1"),
]

OIL = [
    ("14 October", "rose", "9.9", "439.1", "fell", "1.3", "gasoline"),
    ("21 October", "fell", "1.7", "437.4", "rose", "2.1", "distillate"),
    ("28 October", "rose", "2.6", "440.0", "fell", "0.9", "gasoline"),
    ("4 November", "fell", "3.1", "436.9", "fell", "0.5", "distillate"),
]

SPORTS = [
    (1, "Celtics", "Warriors", "120", "108", "Jaylen Brown", "24", "1-0 lead"),
    (2, "Warriors", "Celtics", "107", "88", "Stephen Curry", "29", "the series at 1-1"),
    (3, "Celtics", "Warriors", "116", "100", "Jaylen Brown", "27", "a 2-1 lead"),
    (4, "Warriors", "Celtics", "107", "97", "Stephen Curry", "43", "the series at 2-2"),
    (5, "Warriors", "Celtics", "104", "94", "Andrew Wiggins", "26", "a 3-2 lead"),
]

WAR_DAYS = [
    (215, "Ukraine says it has recaptured the village of Yatskivka as Russian troops pull back from parts of Donetsk; more than 2,000 people have been detained across Russia at protests against the mobilisation."),
    (216, "Russian-installed officials in four occupied regions say voting in referendums will close on Tuesday; Ukraine reports shelling of Zaporizhzhia and Nikopol overnight; long queues form at Russia's border with Georgia."),
    (217, "Officials in occupied regions claim large majorities for joining Russia in votes condemned as a sham by Kyiv and the west; Nato says leaks found on the Nord Stream pipelines are the result of sabotage."),
]

RUTTE_EXAMPLE_TITLE = "Rute on NATO ministerial meeting: Western Balkans not on agenda, but may be a topic"

NATO_MAY = ("Rutte: defence ministers to agree new capability targets at NATO meeting in Brussels",
            "NATO Secretary General Mark Rutte said on Thursday in Brussels that the alliance's defence ministers "
            "will agree new capability targets for every ally at their two-day meeting, ahead of the summit in The "
            "Hague. \"Many European allies have announced that they are increasing defence spending, and now we "
            "must turn money into capabilities,\" Rutte told reporters on arrival at the headquarters of the "
            "alliance. He added that support for Ukraine would again be discussed and that the Western Balkans "
            "remain important for the alliance, after his visits to the region in March. Ministers will also "
            "meet their Ukrainian counterpart in the NATO-Ukraine Council.")


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "../../../shared/corpus"))
    arguments.add_argument("--examples", default=os.path.join(os.path.dirname(__file__), "../../../shared/examples"))
    options = arguments.parse_args()
    world = read_rss(os.path.join(options.corpus, "feeds", "feeder__rss_theguardian.xml"))
    us = read_rss(os.path.join(options.corpus, "feeds", "rssparser__guardian.rss"))
    articles = []

    def add(ident, story, kind, outlet, title, text, published, link=None, event=None, html_body=None):
        record = {"id": ident, "story": story, "kind": kind, "outlet": outlet, "title": title,
                  "published": published, "link": link or f"https://{outlet}.example/{ident}"}
        if html_body is not None:
            record["html"] = html_body
        else:
            record["text"] = text
        if event:
            record["event"] = event
        articles.append(record)

    # Originals: every real article of both feeds (minus picture galleries and live blogs), each
    # its own story. Same-event groups: reports of one event by the same outlet.
    events = {6: "fiona", 7: "fiona", 9: "fiona", 30: "lebanon-boat", 33: "lebanon-boat", 31: "iran-protests",
              32: "iran-protests", 34: "iran-protests", 35: "iran-protests", 52: "ian", 53: "ian",
              25: "war-roundup", 28: "war-roundup", 26: "un-assembly", 5: "un-assembly", 17: "un-assembly",
              40: "un-assembly"}
    skip_world = {19, 42}  # live blogs whose text is a stream of unrelated updates
    for index, item in enumerate(world):
        if index in skip_world:
            continue
        add(f"g{index:02d}", f"g{index:02d}", "original", "theguardian-world", item["title"], item["text"],
            item["published"], item["link"], events.get(index))
    us_events = {0: "sotu", 1: "sotu", 14: "sotu", 18: "sotu", 19: "sotu", 27: "sotu", 29: "sotu", 28: "stormy",
                 32: "stormy", 16: "public-lands", 17: "public-lands"}
    for index, item in enumerate(us):
        if index in (51, 52, 53, 54):
            continue
        add(f"u{index:02d}", f"u{index:02d}", "original", "theguardian-us", item["title"], item["text"],
            item["published"], item["link"], us_events.get(index))

    # Positives.
    for index, title in RETITLED.items():
        base = world[index]
        add(f"g{index:02d}-retitled", f"g{index:02d}", "retitled", "wire-digest", title, base["text"],
            base["published"])
    for index, (title, text) in RETRANSLATED.items():
        add(f"g{index:02d}-retranslated", f"g{index:02d}", "re-translated", "balkan-desk", title, text,
            world[index]["published"])
    for index in (0, 2, 3, 5, 8, 10, 13, 17, 22, 24, 31, 39, 40, 48, 50):
        base = world[index]
        parts = sentences(base["text"])
        # An aggregator keeps the headline and the first sentence or two.
        summary = " ".join(parts[:2]) if len(" ".join(parts[:1]).split()) < 25 else parts[0]
        add(f"g{index:02d}-truncated", f"g{index:02d}", "truncated", "news-aggregator", base["title"],
            summary + " …", base["published"])
    outlets = list(BOILERPLATE_SETS)
    for position, index in enumerate((2, 6, 10, 12, 16, 20, 23, 26, 30, 36, 41, 44, 46, 47, 51)):
        base = world[index]
        outlet = outlets[position % len(outlets)]
        lines = [line.format(views=1000 + 97 * position, title=base["title"]) for line in BOILERPLATE_SETS[outlet]]
        body = sentences(base["text"])
        text = "\n".join([lines[0], lines[1]] + body[:1] + [lines[1]] + body[1:] + lines[2:])
        add(f"g{index:02d}-boilerplate", f"g{index:02d}", "boilerplate", outlet, base["title"], text,
            base["published"])
    for index in (0, 1, 4, 8, 11, 15, 18, 21, 27, 29, 37, 45):
        base = world[index]
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in sentences(base["text"]))
        figure = f'<figure><img src="/img/{index}.jpg" alt="Photo"><figcaption>Photograph: Agencies</figcaption></figure>'
        add(f"g{index:02d}-html", f"g{index:02d}", "html", "html-portal", base["title"], None, base["published"],
            html_body=figure + paragraphs + f'<p><a href="https://html-portal.example/more">More world news</a></p>')
    for index, (old, new, note) in CORRECTED.items():
        base = world[index]
        assert old in base["text"], (index, old)
        add(f"g{index:02d}-corrected", f"g{index:02d}", "corrected", "theguardian-world-corrections",
            base["title"], base["text"].replace(old, new) + " " + note, base["published"])
    for index in (1, 3, 5, 7, 12, 14, 20, 24, 31, 38, 43, 46):
        base = world[index]
        parts = sentences(base["text"])
        if len(parts) < 3:
            continue
        # A re-edit: the lede rewritten into a dateline, the order of the rest changed, one sentence cut.
        edited = ["LONDON (Wire) — " + parts[1]] + parts[2:][::-1] + [parts[0]]
        add(f"g{index:02d}-reedited", f"g{index:02d}", "re-edited", "wire-digest", base["title"].split(":")[-1].strip(),
            " ".join(edited[:-1]), base["published"])

    # The real example, as three outlets published it.
    example = open(os.path.join(options.examples, "rutte-western-balkans.txt"), encoding="utf-8").read()
    example_lines = [line.strip() for line in example.split("\n") if line.strip()]
    add("nato-apr", "nato-apr", "original", "portal-montenegro", example_lines[0], "\n".join(example_lines[1:]),
        "Thu, 03 Apr 2025 09:41:00 +0200")
    add("nato-apr-truncated", "nato-apr", "truncated", "balkan-monitor",
        "NATO chief: Western Balkans \"not explicitly on the agenda\" of foreign ministers",
        "Mark Rutte said in Brussels the region is not formally on the agenda of the two-day meeting but may come "
        "up, since allies are \"very focused\" on it. He recalled his visits to Sarajevo and Pristina and his "
        "talks with Serbian President Aleksandar Vučić.", "Thu, 03 Apr 2025 10:15:00 +0000")
    add("nato-apr-retranslated", "nato-apr", "re-translated", "defence-wire",
        "Rutte: Balkans could come up at NATO foreign ministers' meeting",
        "Speaking on arrival in Brussels, the NATO Secretary General Mark Rute said the Western Balkans were not "
        "formally on the ministers' agenda but might be discussed. \"I was in Sarajevo and Pristina in March and I "
        "met President Vucic of Serbia in Brussels,\" he said, adding that the alliance wants the region to stay "
        "stable and secure. The main focus, he said, is higher defence spending by European allies.",
        "Thu, 03 Apr 2025 12:02:00 +0000")
    add("nato-may", "nato-may", "series", "portal-montenegro", NATO_MAY[0], NATO_MAY[1], "Thu, 05 Jun 2025 09:30:00 +0200")

    # Negatives sharing a template.
    for number, (day, title, change, sensex, nifty, sectors, percent) in enumerate(MARKETS):
        direction = "higher" if change > 0 else "lower"
        text = (f"The BSE Sensex closed {abs(change)} points {direction} at {sensex} on {day}, while the NSE Nifty "
                f"ended at {nifty}, as {sectors} led the move. Market breadth was {'positive' if change > 0 else 'negative'}, "
                f"with the broader indices moving about {percent}% in line with the benchmarks. Foreign investors were "
                f"{'net buyers' if change > 0 else 'net sellers'}, provisional exchange data showed. Traders said global "
                f"cues and crude oil prices would set the tone for the next session.")
        add(f"market-{number}", f"market-{number}", "series", "markets-desk", title, text,
            f"{['Mon','Tue','Wed','Thu','Fri','Mon'][number]}, {10 + number + (2 if number == 5 else 0):02d} Oct 2022 16:05:00 +0530")
    for number, (week, move, amount, total, gasoline_move, gasoline, other) in enumerate(OIL):
        title = f"US crude stocks {move} by {amount} million barrels in week to {week}, EIA says"
        text = (f"US crude oil inventories {move} by {amount} million barrels in the week ended {week} to {total} million "
                f"barrels, the Energy Information Administration said on Wednesday. Gasoline stocks {gasoline_move} by "
                f"{gasoline} million barrels, while {other} inventories also changed. Refinery utilisation rates and "
                f"exports were watched closely by traders, and crude futures moved after the weekly report.")
        add(f"oil-{number}", f"oil-{number}", "series", "energy-wire", title, text,
            f"Wed, {19 + 7 * number if number < 2 else 2 + 7 * (number - 2):02d} {'Oct' if number < 2 else 'Nov'} 2022 15:00:00 +0000")
    for game, winner, loser, high, low, star, points, standing in SPORTS:
        title = f"NBA Finals Game {game}: {winner} beat {loser} {high}-{low}"
        text = (f"The {winner} beat the {loser} {high}-{low} in Game {game} of the NBA Finals, with {star} scoring "
                f"{points} points, to take {standing}. The {loser} struggled from three-point range as the {winner} "
                f"pulled away in the fourth quarter. Game {game + 1} is scheduled for Monday.")
        add(f"finals-{game}", f"finals-{game}", "series", "sports-wire", title, text,
            f"Sun, {1 + 3 * game:02d} Jun 2022 04:00:00 +0000")
    for day, summary in WAR_DAYS:
        add(f"war-day-{day}", f"war-day-{day}", "series", "theguardian-world",
            f"Russia-Ukraine war latest: what we know on day {day} of the invasion",
            summary + " See all our Ukraine coverage. Continue reading...",
            f"{['Mon', 'Tue', 'Wed'][day - 215]}, {26 + day - 215} Sep 2022 00:46:41 +0000", event="war-roundup")

    for record in articles:
        print(json.dumps(record, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
