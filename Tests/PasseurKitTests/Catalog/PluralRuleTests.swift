import Testing

@testable import PasseurKit

/// `Plural-Forms` headers of Debian's catalogs and gettext's manual, evaluated as `ngettext`
/// does, and the forms `msgfmt -c` compares leniently (checked with msgfmt 0.21).
@Suite struct PluralRuleTests {
    @Test func formsAreThoseNgettextChooses() throws {
        let french = try #require(PluralRule(header: "nplurals=2; plural=(n > 1);"))
        #expect(french.count == 2)
        #expect([0, 1, 2, 100].map { french.form(for: $0) } == [0, 0, 1, 1])
        let russian = try #require(
            PluralRule(
                header:
                    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
            ))
        #expect([1, 2, 5, 11, 21, 22, 25, 111].map { russian.form(for: $0) } == [0, 1, 2, 2, 0, 1, 2, 2])
        // man-db.po (fr) writes it without parentheses or a final semicolon.
        let manDB = try #require(PluralRule(header: "nplurals=2; plural=n > 1"))
        #expect([0, 1, 2].map { manDB.form(for: $0) } == [0, 0, 1])
        // Arabic: six forms, nested conditions.
        let arabic = try #require(PluralRule(header: PluralForms.header(forTag: "ar")))
        #expect([0, 1, 2, 3, 11, 100].map { arabic.form(for: $0) } == [0, 1, 2, 3, 4, 5])
        #expect(PluralRule(header: "plural=(n != 1); nplurals=2;")?.count == 2)
    }

    @Test func formsForFewNumbersMayLeaveOutArguments() throws {
        // French form 0 serves 0 and 1; German form 0 serves 1; Russian form 0 serves 1, 21, 31…
        #expect(PluralRule(header: "nplurals=2; plural=(n > 1);")?.servesFewNumbers == [true, false])
        #expect(PluralRule(header: "nplurals=2; plural=(n != 1);")?.servesFewNumbers == [true, false])
        #expect(PluralRule(header: PluralForms.header(forTag: "ru"))?.servesFewNumbers == [false, false, false])
        // Czech form 1 serves 2, 3 and 4: fewer than 5, as msgl-check.c counts.
        #expect(PluralRule(header: PluralForms.header(forTag: "cs"))?.servesFewNumbers == [true, true, false])
        #expect(PluralRule(header: "nplurals=1; plural=0;")?.servesFewNumbers == [false])
    }

    @Test func invalidRulesAreNone() {
        #expect(PluralRule(header: "nplurals=INTEGER; plural=EXPRESSION;") == nil)
        #expect(PluralRule(header: "nplurals=2; plural=(n > 1") == nil)
        #expect(PluralRule(header: "nplurals=2; plural=n % 0;") == nil)
        // A form beyond nplurals, as msgfmt -c refuses.
        #expect(PluralRule(header: "nplurals=2; plural=n;") == nil)
        #expect(PluralRule(header: "plural=(n != 1);") == nil)
    }
}
