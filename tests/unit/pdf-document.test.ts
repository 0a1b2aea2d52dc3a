import { describe, expect, it } from "vitest";
import { scopeChapterHtml, chapterPageName } from "../../src/lib/pdf/document-html.ts";
import { cssString, pageCss } from "../../src/lib/pdf/page-css.ts";
import { fillPdfSize, formatFileSize, pdfSizePlaceholder } from "../../src/lib/pdf/size.ts";
import { samePageNumbers } from "../../src/lib/pdf/toc.ts";

const options = { chapterId: "huis", chapterTitle: "Het huis", chapterIds: ["inwoner", "huis", "wijk"], site: "https://woonzorgvisie.assen.nl" };

describe("scopeChapterHtml", () => {
  it("prefixes ids and every reference to them", () => {
    const html =
      `<section aria-labelledby="ambities"><h2 id="ambities">Ambities</h2></section>` +
      `<p>Tekst<sup><a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="footnote-label">1</a></sup></p>` +
      `<svg><clipPath id="c1"></clipPath><g clip-path="url(#c1)"></g><use href="#c1"></use></svg>` +
      `<label for="x">x</label><input id="x">` +
      `<h2 id="footnote-label">Voetnoten</h2><li id="user-content-fn-1"><a href="#user-content-fnref-1">↩</a></li>`;
    expect(scopeChapterHtml(html, options)).toBe(
      `<section aria-labelledby="huis--ambities huis"><h2 id="huis--ambities">Ambities</h2></section>` +
        `<p>Tekst<sup><a href="#huis--user-content-fn-1" id="huis--user-content-fnref-1" aria-describedby="huis--footnote-label">1</a></sup></p>` +
        `<svg><clipPath id="huis--c1"></clipPath><g clip-path="url(#huis--c1)"></g><use href="#huis--c1"></use></svg>` +
        `<label for="huis--x">x</label><input id="huis--x">` +
        `<h2 id="huis--footnote-label">Voetnoten</h2><li id="huis--user-content-fn-1"><a href="#huis--user-content-fnref-1">↩</a></li>`,
    );
  });

  it("names landmarks after their chapter too, so each name is unique on the document page", () => {
    expect(scopeChapterHtml(`<aside class="note" aria-label="Vooraf"><p>x</p></aside><figure aria-label="F"></figure>`, {
      ...options,
      chapterTitle: 'Wonen & "zorg"',
    })).toBe(`<aside class="note" aria-label="Vooraf (Wonen &amp; &quot;zorg&quot;)"><p>x</p></aside><figure aria-label="F"></figure>`);
  });

  it("leaves attributes that only end in 'id' alone", () => {
    expect(scopeChapterHtml(`<p data-id="a" id="b">x</p>`, options)).toBe(`<p data-id="a" id="huis--b">x</p>`);
  });

  it("turns links to chapter pages into links within the document, and other site links into full addresses", () => {
    const html = `<a href="/inwoner/">De inwoner</a> <a href="/wijk/#ambities">ambities</a> <a href="/data/eenzaamheid/v1.csv">csv</a> <a href="https://www.assen.nl/">Assen</a>`;
    expect(scopeChapterHtml(html, options)).toBe(
      `<a href="#inwoner">De inwoner</a> <a href="#wijk--ambities">ambities</a> ` +
        `<a href="https://woonzorgvisie.assen.nl/data/eenzaamheid/v1.csv">csv</a> <a href="https://www.assen.nl/">Assen</a>`,
    );
  });

  it("opens every <details> once", () => {
    expect(scopeChapterHtml(`<details class="d"><summary>T</summary></details><details open></details>`, options)).toBe(
      `<details open class="d"><summary>T</summary></details><details open></details>`,
    );
  });
});

describe("pageCss", () => {
  it("gives every chapter a named page with its title as running header", () => {
    const css = pageCss({
      documentTitle: "Woonzorgvisie Assen",
      footerText: "Concept · versie 0.1",
      chapters: [{ id: "stad-en-regio", number: 4, title: 'De "stad" en regio' }],
    });
    expect(css).toContain(`@page chapter-stad-en-regio { @top-right { content: "4. De \\"stad\\" en regio"; } }`);
    expect(css).toContain(`.document-chapter--chapter-stad-en-regio { page: chapter-stad-en-regio; }`);
    expect(css).toContain(`"pagina " counter(page) " van " counter(pages)`);
  });

  it("puts a running head on every page of a document without chapters (the renvooi)", () => {
    const css = pageCss({ documentTitle: "Woonzorgvisie Assen", footerText: "Concept · versie 0.2", runningHead: "Wijzigingen: versie 0.2", chapters: [] });
    expect(css).toBe(
      [
        "@page {",
        '  @top-left { content: "Woonzorgvisie Assen"; }',
        '  @top-right { content: "Wijzigingen: versie 0.2"; }',
        '  @bottom-left { content: "Concept · versie 0.2"; }',
        '  @bottom-right { content: "pagina " counter(page) " van " counter(pages); }',
        "}",
        "",
      ].join("\n"),
    );
  });

  it("keeps text inside its CSS string", () => {
    expect(cssString('a\\b"c\nd')).toBe(`"a\\\\b\\"c d"`);
    expect(chapterPageName("wijk_2")).toBe("chapter-wijk-2");
  });
});

describe("PDF size in the pages", () => {
  it("is written in Dutch kilobytes", () => {
    expect(formatFileSize(202_512)).toBe("203 kB");
    expect(formatFileSize(1_234_567)).toBe("1.235 kB");
  });

  it("replaces the placeholder, or drops it when no PDF was made", () => {
    const html = `<a>Download als PDF (${pdfSizePlaceholder})</a>`;
    expect(fillPdfSize(html, "203 kB")).toBe("<a>Download als PDF (203 kB)</a>");
    expect(fillPdfSize(html, undefined)).toBe("<a>Download als PDF</a>");
  });
});

describe("samePageNumbers", () => {
  it("tells whether a second print moved any heading", () => {
    expect(samePageNumbers({ a: 3, b: 5 }, { a: 3, b: 5 })).toBe(true);
    expect(samePageNumbers({ a: 3, b: 5 }, { a: 3, b: 6 })).toBe(false);
    expect(samePageNumbers({ a: 3 }, { a: 3, b: 6 })).toBe(false);
  });
});

describe("launchBrowser", () => {
  it("says how to install Chromium when it is missing", async () => {
    const { launchBrowser } = await import("../../src/lib/pdf/chromium.ts");
    await expect(launchBrowser("/nergens/chromium")).rejects.toThrow(
      /niet op \/nergens\/chromium\.\nInstalleer het met: sudo apt-get install -y chromium/,
    );
  });
});
