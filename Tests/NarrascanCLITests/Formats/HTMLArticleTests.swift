// The HTML format on pages written in the style of real state-media and news sites: menus full of
// headlines, cookie banners, share bars, related-article lists and comment sections around one
// article. The extracted text must hold the article and none of the furniture.

import Testing
@testable import NarrascanCLI

@Suite struct HTMLArticleTests {
    /// A state-news-agency page: a headline menu, a cookie banner, the article with a share bar
    /// inside it, a "related" list, a comment section, a footer.
    static let stateMediaPage = """
        <!DOCTYPE html>
        <html lang="ru-RU">
        <head>
        <meta charset="utf-8">
        <title>Пограничники зафиксировали попытки прорыва | Новости Беларуси</title>
        <meta property="og:title" content="Польские силовики вытесняют мигрантов — ГПК">
        <meta property="og:site_name" content="БелНовости">
        <meta property="article:published_time" content="2021-11-09T14:30:00+03:00">
        <link rel="canonical" href="https://news.example.by/society/2021/11/09/migranty.html">
        <script>window.dataLayer = [{"event": "hybrid attack tracking"}];</script>
        <style>.menu { color: red }</style>
        </head>
        <body class="page-article">
        <div id="cookie-consent" class="cookie-banner">Мы используем файлы cookie. <a href="#">Принять</a></div>
        <header class="site-header"><a href="/">БелНовости</a>
          <nav class="main-menu"><ul>
            <li><a href="/1">Лукашенко провёл совещание по гибридной атаке Запада</a></li>
            <li><a href="/2">Курс валют на сегодня</a></li>
          </ul></nav>
        </header>
        <div class="layout">
          <aside class="sidebar"><h3>Самое читаемое</h3><ul><li>ЕС виноват во всём: мнение эксперта</li></ul></aside>
          <article class="news-item">
            <h1>Польские силовики вытесняют мигрантов</h1>
            <div class="share-buttons"><a>Поделиться ВКонтакте</a><a>Telegram</a></div>
            <time datetime="2021-11-09T14:30:00+03:00">9 ноября 2021</time>
            <div class="article-text">
              <p>Польские силовики&nbsp;вновь применили силу к беженцам у пункта пропуска &laquo;Брузги&raquo;.</p>
              <p>По данным ГПК, среди пострадавших есть женщины и дети<br>Их выдворили обратно</p>
              <p>Граница &#8212; закрыта &amp; охраняется</p>
            </div>
            <div class="related-news"><h4>Читайте также</h4><ul><li><a>Литва строит забор на границе</a></li></ul></div>
          </article>
        </div>
        <section id="comments" class="comments-area">
          <div class="comment">Аноним: это всё Запад устроил</div>
          <form class="comment-form"><textarea>ваш комментарий</textarea></form>
        </section>
        <div class="subscribe-box">Подпишитесь на наш Telegram</div>
        <footer>© 2021 БелНовости. Все права защищены.</footer>
        </body></html>
        """

    @Test func keepsTheArticleAndDropsTheFurniture() {
        let d = HTMLArticle.document(Array(Self.stateMediaPage.utf8), id: "page", path: "page.html")
        let text = String(decoding: d.text, as: UTF8.self)
        #expect(text.contains("Польские силовики вновь применили силу к беженцам у пункта пропуска «Брузги»."))
        #expect(text.contains("Граница — закрыта & охраняется."))
        for furniture in [
            "cookie", "Принять", "совещание по гибридной атаке", "Курс валют", "Самое читаемое", "ЕС виноват", "Поделиться",
            "Литва строит забор", "Читайте также", "Аноним", "ваш комментарий", "Подпишитесь", "Все права", "dataLayer", "color: red",
            "hybrid attack",
        ] {
            #expect(!text.contains(furniture), "furniture left in the text: \(furniture)")
        }
    }

    @Test func blocksEndSentencesSoPhrasesNeverJoinAcrossThem() {
        let d = HTMLArticle.document(Array(Self.stateMediaPage.utf8), id: "page", path: nil)
        let text = String(decoding: d.text, as: UTF8.self)
        // "<br>" and paragraph ends become full stops when the block has none.
        #expect(text.contains("женщины и дети.\n\nИх выдворили обратно."))
        let html = "<article><h2>Hybrid</h2><p>attack on the border</p></article>"
        let joined = String(decoding: HTMLArticle.document(Array(html.utf8), id: "x", path: nil).text, as: UTF8.self)
        #expect(joined == "Hybrid.\n\nattack on the border.")
    }

    @Test func readsTitleDateURLSourceAndLanguage() {
        let d = HTMLArticle.document(Array(Self.stateMediaPage.utf8), id: "page", path: "page.html")
        #expect(d.title == "Польские силовики вытесняют мигрантов — ГПК")
        #expect(d.date == "2021-11-09T14:30:00+03:00")
        #expect(d.url == "https://news.example.by/society/2021/11/09/migranty.html")
        #expect(d.source == "БелНовости")
        #expect(d.lang == "ru")
        #expect(d.id == "page")
    }

    @Test func withoutArticleOrMainTheDensestBlockWins() {
        let page = """
            <html><head><title>Wire &amp; Co</title></head><body>
            <div class="top"><a>Home</a> <a>World</a> <a>Hybrid attack explained</a></div>
            <div id="c"><div class="txt">
              <p>Migrants were pushed back across the border on Tuesday night, aid groups said.</p>
              <p>Several people needed hospital treatment after spending days in the forest.</p>
            </div></div>
            <div class="list"><p>Short</p></div>
            <time datetime="2021-11-10">Nov 10</time>
            </body></html>
            """
        let d = HTMLArticle.document(Array(page.utf8), id: "w", path: nil)
        let text = String(decoding: d.text, as: UTF8.self)
        #expect(text.hasPrefix("Migrants were pushed back"))
        #expect(!text.contains("Hybrid attack explained"))
        #expect(!text.contains("Short"))
        #expect(d.title == "Wire & Co")
        #expect(d.date == "2021-11-10")
        #expect(d.lang == nil)
    }

    @Test func decodesADeclaredWindows1251Page() {
        var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>".utf8)
        bytes += [0xC3, 0xE8, 0xE1, 0xF0, 0xE8, 0xE4, 0xED, 0xE0, 0xFF, 0x20, 0xE0, 0xF2, 0xE0, 0xEA, 0xE0]  // Гибридная атака
        bytes += Array("</p></body></html>".utf8)
        let d = HTMLArticle.document(bytes, id: "cp", path: nil)
        #expect(String(decoding: d.text, as: UTF8.self) == "Гибридная атака.")
    }

    @Test func classWordsAreMatchedAsWordsNotSubstrings() {
        let page = "<body><div class=\"commentary canvas-wrap\"><p>Analysis of the shareholders and the border.</p></div><div class=\"mainmenu\"><p>Menu item one two three four five six</p></div></body>"
        let text = String(decoding: HTMLArticle.document(Array(page.utf8), id: "c", path: nil).text, as: UTF8.self)
        #expect(text == "Analysis of the shareholders and the border.")
    }

    @Test func malformedMarkupNeverLosesTheText() {
        let page = "<p>unclosed <b>bold <i>both</p><p>a < b and c > d</p></div></span><p>end &unknown; & &amp"
        let text = String(decoding: HTMLArticle.fragmentText(Array(page.utf8)), as: UTF8.self)
        #expect(text == "unclosed bold both.\n\na < b and c > d.\n\nend &unknown; & &")
    }
}
