import type { Page } from "playwright-core";
import type { Finding } from "./findings.ts";

interface FocusState {
  selector: string;
  visibleFocus: boolean;
  onScreen: boolean;
  isSkipLink: boolean;
}

/**
 * Tabs through the loaded page from the top: the skip link comes first, every focused element
 * shows a focus indicator (a non-zero outline or a box-shadow) and is on screen, and tabbing
 * reaches every tabbable element (no keyboard trap).
 */
export async function keyboardFindings(page: Page, label: string, skipLinkSelector = ".skip-link"): Promise<Finding[]> {
  const findings: Finding[] = [];
  const tabbable = await page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>(
      "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]",
    );
    return [...candidates].filter((el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true })).length;
  });
  const seen = new Set<string>();
  const maxTabs = tabbable + 5;
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate((skipSelector): FocusState | null => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const path: string[] = [];
      for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
        const id = node.id ? `#${node.id}` : "";
        const cls = node.classList.length ? `.${[...node.classList].join(".")}` : "";
        const index = node.parentElement ? [...node.parentElement.children].indexOf(node) + 1 : 1;
        path.unshift(id ? `${node.tagName.toLowerCase()}${id}` : `${node.tagName.toLowerCase()}${cls}:nth-child(${index})`);
        if (id) break;
      }
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
      const rect = el.getBoundingClientRect();
      const onScreen =
        rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 &&
        rect.top < innerHeight && rect.left < innerWidth;
      return { selector: path.join(" > "), visibleFocus: outline || shadow, onScreen, isSkipLink: el.matches(skipSelector) };
    }, skipLinkSelector);
    if (i === 0 && !state?.isSkipLink) {
      findings.push({ page: label, element: state?.selector ?? "(nothing)", rule: "skip-link-first", message: "the first Tab does not land on the skip link" });
    }
    if (!state) break; // focus left the document: the end of the tab order
    if (seen.has(state.selector)) break; // wrapped around
    seen.add(state.selector);
    if (!state.visibleFocus) {
      findings.push({ page: label, element: state.selector, rule: "focus-visible", message: "focused element has no visible focus indicator (outline or box-shadow)" });
    }
    if (!state.onScreen) {
      findings.push({ page: label, element: state.selector, rule: "focus-off-screen", message: "focused element is not visible on screen" });
    }
  }
  if (seen.size < tabbable) {
    findings.push({
      page: label,
      element: [...seen].at(-1) ?? "",
      rule: "keyboard-trap",
      message: `Tab reached ${seen.size} of ${tabbable} tabbable elements: focus is trapped or elements are unreachable`,
    });
  }
  return findings;
}
