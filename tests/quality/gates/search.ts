import type { Page } from "playwright-core";

/**
 * Opens the site search the way a reader does: the menu first if the field is folded away in it
 * (the header on a phone), or a "Zoeken" button if the field is hidden behind one, then focus the
 * field and type a query. Returns false when the page has no search.
 */
export async function useSearch(page: Page, query = "wonen"): Promise<boolean> {
  const field = page.locator('input[type="search"]').first();
  if ((await field.count()) === 0) return false;
  if (!(await field.isVisible())) {
    const menu = page.locator("summary:visible", { hasText: /^menu$/i }).first();
    const opener = (await menu.count()) > 0 ? menu : page.getByRole("button", { name: /zoek/i }).first();
    if ((await opener.count()) === 0) return false;
    await opener.click();
  }
  await field.focus();
  await field.pressSequentially(query, { delay: 20 });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  return true;
}

/** Whether the built page has a search field (read from its HTML, no browser needed). */
export function hasSearchField(html: string): boolean {
  return /<input[^>]*type="search"/.test(html);
}
