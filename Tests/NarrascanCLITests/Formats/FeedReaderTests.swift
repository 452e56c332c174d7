// The feed formats on what real sites serve: undeclared HTML entities, stray ampersands, CDATA and
// escaped HTML, dates in RFC 822 or RFC 3339 or none, encodings declared wrong or right.

import Testing
@testable import NarrascanCLI

@Suite struct FeedReaderTests {
    func read(_ xml: String) -> (documents: [DocumentRecord], problems: [String]) {
        FeedReader.documents(Array(xml.utf8), name: "feed.rss")
    }

    @Test func readsRSS2WithTheMessOfRealFeeds() {
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel>
              <title>Border News &amp; Views</title>
              <link>https://border.example.com/</link>
              <language>en-GB</language>
              <item>
                <title>Migrants pushed back &mdash; again</title>
                <link>https://border.example.com/a?x=1&y=2</link>
                <guid isPermaLink="false">urn:item:1</guid>
                <pubDate>Tue, 09 Nov 2021 14:30:00 +0300</pubDate>
                <description><![CDATA[<p>Guards <b>pushed back</b> a group&nbsp;of 40.</p><p>Tom & Jerry &copy 2021</p>]]></description>
              </item>
              <item>
                <title>No date here</title>
                <link>https://border.example.com/b</link>
                <description>&lt;p&gt;Escaped &lt;em&gt;HTML&lt;/em&gt; body&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</description>
              </item>
              <item>
                <title>Bad date</title>
                <pubDate>sometime last week</pubDate>
                <content:encoded><![CDATA[Full <i>content</i> wins]]></content:encoded>
                <description>Short teaser</description>
              </item>
            </channel></rss>
            """
        let (docs, problems) = read(feed)
        #expect(problems.isEmpty)
        #expect(docs.count == 3)
        #expect(docs[0].id == "urn:item:1")
        #expect(docs[0].title == "Migrants pushed back — again")
        #expect(docs[0].url == "https://border.example.com/a?x=1&y=2")
        #expect(docs[0].date == "2021-11-09T14:30:00+03:00")
        #expect(docs[0].source == "Border News & Views")
        #expect(docs[0].lang == "en")
        #expect(String(decoding: docs[0].text, as: UTF8.self) == "Guards pushed back a group of 40.\n\nTom & Jerry © 2021.")
        #expect(docs[1].id == "https://border.example.com/b")
        #expect(docs[1].date == nil)
        #expect(String(decoding: docs[1].text, as: UTF8.self) == "Escaped HTML body.")
        #expect(docs[2].date == nil)
        #expect(docs[2].id == "feed.rss#3")
        #expect(String(decoding: docs[2].text, as: UTF8.self) == "Full content wins.")
    }

    @Test func readsRSS1WithDublinCoreDates() {
        let feed = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://agency.example/rss"><title>Agency</title><dc:language>pl</dc:language></channel>
              <item rdf:about="https://agency.example/1">
                <title>Straż Graniczna</title><link>https://agency.example/1</link>
                <description>Atak hybrydowy na granicy</description>
                <dc:date>2021-11-08T07:15:00Z</dc:date>
              </item>
            </rdf:RDF>
            """
        let (docs, problems) = read(feed)
        #expect(problems.isEmpty)
        #expect(docs.count == 1)
        #expect(docs[0].id == "https://agency.example/1")
        #expect(docs[0].date == "2021-11-08T07:15:00Z")
        #expect(docs[0].source == "Agency")
        #expect(docs[0].lang == "pl")
    }

    @Test func readsAtomWithXHTMLContentAndAlternateLinks() {
        let feed = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
              <title type="text">Grenzticker</title>
              <entry>
                <title>Hybride Attacke</title>
                <id>tag:example.de,2021:1</id>
                <link rel="self" href="https://example.de/self"/>
                <link rel="alternate" href="https://example.de/artikel/1"/>
                <updated>2021-11-12T10:00:00.123+01:00</updated>
                <published>2021-11-11T09:00:00+01:00</published>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Belarus setzt Migranten als Waffe ein<br/>sagt die Regierung</p></div></content>
                <source><title>Not the channel</title></source>
              </entry>
            </feed>
            """
        let (docs, problems) = read(feed)
        #expect(problems.isEmpty)
        #expect(docs.count == 1)
        #expect(docs[0].id == "tag:example.de,2021:1")
        #expect(docs[0].url == "https://example.de/artikel/1")
        #expect(docs[0].date == "2021-11-11T09:00:00+01:00")
        #expect(docs[0].source == "Grenzticker")
        #expect(docs[0].lang == "de")
        #expect(String(decoding: docs[0].text, as: UTF8.self) == "Belarus setzt Migranten als Waffe ein.\n\nsagt die Regierung.")
    }

    @Test func decodesWindows1251AndISO88592FeedsAndIgnoresAWrongDeclaration() {
        var cp1251 = Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>".utf8)
        cp1251 += [0xC1, 0xE5, 0xEB, 0xD2, 0xC0]  // БелТА
        cp1251 += Array("</title><item><title>x</title><description>".utf8)
        cp1251 += [0xCC, 0xE8, 0xE3, 0xF0, 0xE0, 0xED, 0xF2, 0xFB]  // Мигранты
        cp1251 += Array("</description></item></channel></rss>".utf8)
        let a = FeedReader.documents(cp1251, name: "a")
        #expect(a.documents.first?.source == "БелТА")
        #expect(a.documents.first.map { String(decoding: $0.text, as: UTF8.self) } == "Мигранты")

        var latin2 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><rss><channel><title>Wiadomo".utf8)
        latin2 += [0xB6, 0xE6, 0xB1]  // ści ą
        latin2 += Array("</title><item><description>Stra".utf8) + [0xBF] + Array(" Graniczna</description></item></channel></rss>".utf8)
        let b = FeedReader.documents(latin2, name: "b")
        #expect(b.documents.first?.source == "Wiadomośćą")
        #expect(b.documents.first.map { String(decoding: $0.text, as: UTF8.self) } == "Straż Graniczna")

        // Declared windows-1251, served as UTF-8: the bytes win.
        let wrong = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>Белта</title><item><description>Гибридная атака</description></item></channel></rss>"
        let c = read(wrong)
        #expect(c.documents.first?.source == "Белта")
        #expect(c.documents.first.map { String(decoding: $0.text, as: UTF8.self) } == "Гибридная атака")
    }

    @Test func anItemWithoutTextIsAProblemAndTheFeedGoesOn() {
        let (docs, problems) = read("<rss><channel><title>T</title><item><link>https://x/1</link></item><item><title>Kept</title></item></channel></rss>")
        #expect(docs.map(\.id) == ["feed.rss#2"])
        #expect(problems == ["item 1 has no title, content or description"])
    }

    @Test func somethingThatIsNotAFeedSaysSo() {
        let (docs, problems) = read("<html><body><p>hello</p></body></html>")
        #expect(docs.isEmpty)
        #expect(problems == ["no RSS or Atom feed in this file (no <rss>, <rdf:RDF> or <feed>)"])
    }

    @Test(arguments: [
        ("Tue, 09 Nov 2021 14:30:00 GMT", "2021-11-09T14:30:00Z"),
        ("9 Nov 21 08:05 EST", "2021-11-09T08:05:00-05:00"),
        ("Mon, 8 Nov 2021 23:59:59 +0000", "2021-11-08T23:59:59Z"),
        ("2021-11-09T14:30:00.5Z", "2021-11-09T14:30:00Z"),
        ("2021-11-09 14:30", "2021-11-09T14:30:00"),
        ("2021-11-09", "2021-11-09"),
        // A signed clock or zone is no time: the date alone (found by the feed fuzz target, where
        // `-8:40:00` once gave `T0-8:40:00`).
        ("Wed, 10 Nov 2021 -8:40:00 +0300", "2021-11-10"),
        ("Wed, 10 Nov 2021 +8:40:00 +0300", "2021-11-10"),
        ("Wed, 10 Nov 2021 08:-4:00 +0300", "2021-11-10"),
        ("Wed, 10 Nov 2021 08:40:00 +-300", "2021-11-10T08:40:00"),
    ])
    func normalisesDates(text: String, iso: String) {
        #expect(FeedDate.normalize(text) == iso)
    }

    @Test(arguments: ["", "yesterday", "2021-13-40", "32 Nov 2021", "Tue, 09 Foo 2021", "+9 Nov 2021", "9 Nov +2021"])
    func unreadableDatesAreNoDates(text: String) {
        #expect(FeedDate.normalize(text) == nil)
    }
}
