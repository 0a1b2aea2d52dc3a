import type { Page } from "playwright-core";
import type { Finding } from "./findings.ts";

/**
 * Content fits the viewport as it is now (e.g. 640 css px = 1280 px at 200% zoom): no horizontal
 * scrolling of the page, and no element sticking out to the right unless it sits in its own
 * horizontal scroll container (allowed for data tables, WCAG 1.4.10).
 */
export async function reflowFindings(page: Page, label: string): Promise<Finding[]> {
  const problems = await page.evaluate(() => {
    const out: Array<{ element: string; message: string }> = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      out.push({ element: "html", message: `page scrolls horizontally: ${root.scrollWidth} px content in ${root.clientWidth} px` });
    }
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll") return true;
      }
      return false;
    };
    const isHiddenVisually = (el: Element) => {
      const s = getComputedStyle(el);
      return s.position === "absolute" && (s.getPropertyValue("clip") !== "auto" || s.clipPath !== "none");
    };
    for (const el of document.body.querySelectorAll("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= root.clientWidth + 1) continue;
      if (inScroller(el) || isHiddenVisually(el) || el.closest(".sr-only, .skip-link")) continue;
      const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : el.classList.length ? `.${[...el.classList].join(".")}` : "");
      out.push({ element: name, message: `extends to ${Math.round(rect.right)} px in a ${root.clientWidth} px wide viewport` });
    }
    // Clipped content: a box that hides what does not fit, while text in it does not fit.
    for (const el of document.body.querySelectorAll("*")) {
      const s = getComputedStyle(el);
      const hides = (o: string) => o === "hidden" || o === "clip";
      if (!hides(s.overflowX) && !hides(s.overflowY)) continue;
      if (el.clientWidth <= 1 || el.clientHeight <= 1 || !(el.textContent ?? "").trim()) continue; // visually hidden text
      const cutX = hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const cutY = hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (!cutX && !cutY) continue;
      const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : el.classList.length ? `.${[...el.classList].join(".")}` : "");
      out.push({ element: name, message: `content is cut off: ${el.scrollWidth}x${el.scrollHeight} px of content in a ${el.clientWidth}x${el.clientHeight} px box with overflow hidden` });
    }
    return out.slice(0, 10);
  });
  return problems.map((p) => ({ page: label, element: p.element, rule: "reflow", message: p.message }));
}

/** With prefers-reduced-motion: reduce emulated, nothing animates and scrolling is not smooth. */
export async function reducedMotionFindings(page: Page, label: string): Promise<Finding[]> {
  const problems = await page.evaluate(() => {
    const out: Array<{ element: string; message: string }> = [];
    if (!matchMedia("(prefers-reduced-motion: reduce)").matches) {
      out.push({ element: "", message: "reduced motion is not emulated" });
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === "smooth") {
      out.push({ element: "html", message: "scroll-behavior is smooth despite prefers-reduced-motion" });
    }
    const seconds = (value: string) => Math.max(...value.split(",").map((v) => parseFloat(v) * (v.trim().endsWith("ms") ? 0.001 : 1)));
    for (const el of document.querySelectorAll("*")) {
      const s = getComputedStyle(el);
      const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : el.classList.length ? `.${[...el.classList].join(".")}` : "");
      if (s.animationName !== "none" && seconds(s.animationDuration) > 0.01) {
        out.push({ element: name, message: `animation "${s.animationName}" runs despite prefers-reduced-motion` });
      }
      if (seconds(s.transitionDuration) > 0.01) {
        out.push({ element: name, message: `transition of ${s.transitionDuration} despite prefers-reduced-motion` });
      }
      if (s.scrollBehavior === "smooth") out.push({ element: name, message: "scroll-behavior is smooth" });
    }
    return out.slice(0, 10);
  });
  return problems.map((p) => ({ page: label, element: p.element, rule: "reduced-motion", message: p.message }));
}

/**
 * Every table in `scope` is readable as it is laid out now (a phone, WCAG 1.4.10 for tables a reader
 * needs whole): each body and footer cell and each caption is rendered, lies within the viewport,
 * is not cut off by a box that scrolls or clips it (a column behind a scroll box counts as hidden:
 * nothing says it is there), and its text fits its box. Header cells may be visually hidden when
 * each cell says its column's name.
 */
export async function tableFindings(page: Page, label: string, scope = "main"): Promise<Finding[]> {
  const problems = await page.evaluate((scope) => {
    const out: Array<{ element: string; message: string }> = [];
    const width = document.documentElement.clientWidth;
    const nameOf = (el: Element, table: number) => {
      const row = el.closest("tr");
      const rowIndex = row ? [...row.parentElement!.children].indexOf(row) + 1 : 0;
      const where = el.tagName === "CAPTION" ? "caption" : `${row?.parentElement?.tagName.toLowerCase()} row ${rowIndex} cell ${[...(row?.children ?? [])].indexOf(el) + 1}`;
      return `table ${table + 1} ${where} "${(el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)}"`;
    };
    const clippers = (el: Element) => {
      const boxes: Element[] = [];
      for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX !== "visible" || s.overflowY !== "visible") boxes.push(p);
      }
      return boxes;
    };
    document.querySelectorAll(`${scope} table`).forEach((table, index) => {
      for (const el of table.querySelectorAll(":scope > caption, :scope > tbody > tr > *, :scope > tfoot > tr > *, :scope > tr > td")) {
        const name = nameOf(el, index);
        const rect = el.getBoundingClientRect();
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || rect.width < 1 || rect.height < 1) {
          out.push({ element: name, message: "is not shown" });
          continue;
        }
        const box = clippers(el).find((p) => {
          const r = p.getBoundingClientRect();
          const left = r.left + p.clientLeft;
          return rect.left < left - 1 || rect.right > left + p.clientWidth + 1;
        });
        if (box) {
          out.push({ element: name, message: `is cut off by ${box.tagName.toLowerCase()}.${[...box.classList].join(".")}, which shows ${box.clientWidth} px of ${box.scrollWidth} px` });
          continue;
        }
        if (rect.left < -1 || rect.right > width + 1) {
          out.push({ element: name, message: `lies outside the ${width} px wide viewport (${Math.round(rect.left)}–${Math.round(rect.right)} px)` });
          continue;
        }
        if (el.scrollWidth > el.clientWidth + 1) out.push({ element: name, message: `its text needs ${el.scrollWidth} px in a ${el.clientWidth} px wide cell` });
      }
    });
    return out.slice(0, 20);
  }, scope);
  return problems.map((p) => ({ page: label, element: p.element, rule: "table-reflow", message: p.message }));
}
