import type { Page } from "playwright-core";
import type { Finding } from "./findings.ts";

/** Issue 16: on a phone the chapter's title starts this close to the top, so its first lines show. */
export const maxTitleTop = 160;

/** The page's h1 starts at most `maxTop` css px from the top of the page (scrolled to the top). */
export async function titlePositionFindings(page: Page, label: string, maxTop = maxTitleTop): Promise<Finding[]> {
  const top = await page.evaluate(() => {
    scrollTo(0, 0);
    const h1 = document.querySelector("h1");
    return h1 ? h1.getBoundingClientRect().top + scrollY : null;
  });
  if (top === null) return [{ page: label, element: "h1", rule: "title-position", message: "the page has no h1" }];
  if (top <= maxTop) return [];
  return [{ page: label, element: "h1", rule: "title-position", message: `h1 starts ${Math.round(top)} px from the top, at most ${maxTop} allowed` }];
}

/**
 * Nothing a reader sees on the first screen covers something else: no two boxes of text or of a
 * control intersect, unless one sits inside the other (a link in a paragraph). Inline elements
 * count line by line, so a link that wraps is not one big box. Empty containers (a <details>
 * around its toggle) and visually hidden text are left out.
 */
export async function overlapFindings(page: Page, label: string): Promise<Finding[]> {
  const problems = await page.evaluate(() => {
    const controls = "a[href], button, input, select, textarea, summary, img, svg";
    const name = (el: Element) =>
      el.tagName.toLowerCase() + (el.id ? `#${el.id}` : el.classList.length ? `.${[...el.classList].join(".")}` : "");
    const hasOwnText = (el: Element) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
    const visuallyHidden = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const s = getComputedStyle(node);
        if (s.position === "absolute" && (s.getPropertyValue("clip") !== "auto" || s.clipPath !== "none")) return true;
      }
      return false;
    };
    const onScreen = (r: DOMRect) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    const pieces: Array<{ el: Element; rects: DOMRect[] }> = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest("svg") && el.tagName.toLowerCase() !== "svg") continue; // a chart is one picture
      if (!el.matches(controls) && !hasOwnText(el)) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || visuallyHidden(el)) continue;
      const inline = getComputedStyle(el).display.startsWith("inline") && !el.matches(controls);
      const rects = (inline ? [...el.getClientRects()] : [el.getBoundingClientRect()]).filter(onScreen);
      if (rects.length > 0) pieces.push({ el, rects });
    }
    const out: Array<{ element: string; message: string }> = [];
    for (let i = 0; i < pieces.length; i++) {
      for (let j = i + 1; j < pieces.length; j++) {
        const a = pieces[i]!;
        const b = pieces[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        for (const ra of a.rects) {
          const hit = b.rects.find(
            (rb) => Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 1 && Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 1,
          );
          if (hit) {
            out.push({
              element: `${name(a.el)} / ${name(b.el)}`,
              message: `"${(a.el.textContent ?? "").trim().slice(0, 30)}" overlaps "${(b.el.textContent ?? "").trim().slice(0, 30)}" at ${Math.round(Math.max(ra.left, hit.left))},${Math.round(Math.max(ra.top, hit.top))}`,
            });
            break;
          }
        }
      }
    }
    return out.slice(0, 10);
  });
  return problems.map((p) => ({ page: label, element: p.element, rule: "overlap", message: p.message }));
}
