/// The stylesheets of the HTML, bilingual and EPUB editions: one readable measure, a serif
/// body, automatic hyphenation in the page's language, one column on a phone.
enum EditionStylesheet {
    /// The reading page's and the e-book's style (no `font:` shorthand: epubcheck refuses rem sizes in it).
    static let reading = """
        body { margin: 0; background: #fdfcf8; color: #222; font-family: Georgia, "Times New Roman", serif; font-size: 1.125rem; line-height: 1.65; }
        main { max-width: 38rem; margin: 0 auto; padding: 2.5rem 1.25rem 1rem; }
        h1 { font-size: 2.1rem; line-height: 1.2; margin: 0 0 1.4rem; }
        h2, h3, h4, h5, h6 { line-height: 1.3; margin: 2rem 0 .8rem; }
        p { margin: 0 0 1.1rem; hyphens: auto; -webkit-hyphens: auto; }
        blockquote { margin: 1.2rem 0; padding-left: 1rem; border-left: 3px solid #c9a227; color: #444; }
        ul, ol { padding-left: 1.4rem; }
        a { color: #8a4b00; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; background: #f1eee6; padding: 0 .25em; }
        mark.fallback { background: #fff0b3; color: inherit; }
        .colophon { max-width: 38rem; margin: 2rem auto 3rem; padding: 1rem 1.25rem 0; border-top: 1px solid #ddd; font-family: system-ui, sans-serif; font-size: .85rem; line-height: 1.5; color: #666; }
        .colophon p { margin: 0 0 .4rem; hyphens: manual; }
        .title-page { text-align: center; margin-top: 30%; }
        .title-page .author { font-style: italic; }
        @media (max-width: 30rem) { body { font-size: 1.05rem; } h1 { font-size: 1.7rem; } main { padding-top: 1.5rem; } }
        """

    /// The bilingual page's style: the two languages side by side, stacked on a phone.
    static let bilingual = """
        body { margin: 0; background: #fdfcf8; color: #222; font: 1.05rem/1.55 Georgia, "Times New Roman", serif; }
        main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.25rem 1rem; }
        header h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .3rem; }
        header .languages { font: .9rem/1.4 system-ui, sans-serif; color: #666; margin: 0 0 1.5rem; }
        .block { border-top: 1px solid #e6e1d5; padding: .8rem 0; }
        .pair { display: grid; grid-template-columns: 2.2rem 1fr 1fr; gap: .4rem 1.6rem; margin: .35rem 0; }
        .number { font: .75rem/1.9 system-ui, sans-serif; color: #999; text-align: right; }
        .source { color: #555; }
        .source p, .target p, .pair h1, .pair h2, .pair h3, .pair h4, .pair h5, .pair h6 { margin: 0; hyphens: auto; -webkit-hyphens: auto; }
        .pair h1, .pair h2, .pair h3 { font-size: 1.3rem; line-height: 1.3; }
        .quote .source, .quote .target { border-left: 3px solid #c9a227; padding-left: .7rem; }
        .fallback .target { background: #fff0b3; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; background: #f1eee6; padding: 0 .25em; }
        a { color: #8a4b00; }
        .colophon { max-width: 72rem; margin: 2rem auto 3rem; padding: 1rem 1.25rem 0; border-top: 1px solid #ddd; font: .85rem/1.5 system-ui, sans-serif; color: #666; }
        .colophon p { margin: 0 0 .4rem; }
        @media (max-width: 40rem) {
          .pair { grid-template-columns: 1fr; gap: .2rem; margin: .6rem 0; }
          .number { text-align: left; line-height: 1.2; }
          .target { padding-bottom: .3rem; }
        }
        """
}
