import type { Page } from "playwright-core";

export interface AccessibleState {
  role: string;
  name: string;
  /** What a screen reader announces as "collapsed" / "expanded"; undefined when not a disclosure. */
  expanded: boolean | undefined;
}

/**
 * The first element matching `selector` as Chromium's accessibility tree exposes it to screen
 * readers (over the DevTools protocol), not as the DOM or an ARIA attribute says it should be.
 */
export async function accessibleState(page: Page, selector: string): Promise<AccessibleState> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    const node = nodes[0];
    const expanded = node?.properties?.find((p) => p.name === "expanded")?.value.value as boolean | undefined;
    return { role: String(node?.role?.value ?? ""), name: String(node?.name?.value ?? ""), expanded };
  } finally {
    await cdp.detach();
  }
}
