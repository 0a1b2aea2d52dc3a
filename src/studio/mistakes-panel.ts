// The notice of mistakes inside the studio (added to its page by src/integrations/studio-middleware.ts):
// the build's messages for the files as they are now, each with a link that opens the chapter or
// dataset in the studio. It follows every change of the files and never reloads the page.
import "../styles/mistakes-notice.css";
import { t } from "../i18n/t.ts";
import { studioTabEvent } from "./addresses.ts";
import { currentFacts, subscribe } from "./facts.ts";

const panel = document.createElement("section");
panel.className = "wzv-mistakes wzv-studio-mistakes";
panel.setAttribute("aria-labelledby", "wzv-studio-mistakes-heading");
panel.hidden = true;
const toggle = document.createElement("button");
toggle.type = "button";
toggle.className = "wzv-studio-mistakes__toggle";
const content = document.createElement("div");
content.className = "wzv-studio-mistakes__content";
panel.append(content, toggle);

let collapsed = false;
function showCollapsed(): void {
  toggle.textContent = collapsed ? t("studio.mistakes.show") : t("studio.mistakes.hide");
  toggle.setAttribute("aria-expanded", String(!collapsed));
  panel.classList.toggle("wzv-studio-mistakes--collapsed", collapsed);
}
toggle.addEventListener("click", () => {
  collapsed = !collapsed;
  showCollapsed();
});

let shown = "";
function render(): void {
  const notice = currentFacts()?.mistakes;
  document.documentElement.classList.toggle("wzv-has-mistakes", (notice?.count ?? 0) > 0);
  panel.hidden = !notice || notice.count === 0;
  if (!notice || notice.report === shown) return;
  shown = notice.report;
  content.innerHTML = notice.html;
  content.querySelector(".wzv-mistakes__heading")?.setAttribute("id", "wzv-studio-mistakes-heading");
  showCollapsed();
  markCurrent();
}

/** The link to the entry the editor has open is not offered again. */
function markCurrent(): void {
  for (const link of content.querySelectorAll("a")) link.hidden = link.getAttribute("href") === location.pathname;
}
addEventListener("popstate", markCurrent);

// A link opens the entry inside the studio (Keystatic follows the address), without reloading it.
content.addEventListener("click", (event) => {
  const link = (event.target as Element).closest("a");
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState(null, "", link.getAttribute("href"));
  dispatchEvent(new PopStateEvent("popstate"));
  markCurrent();
  showFirstBroken();
});

/** Once the entry is open, the first component in its text that holds a mistake comes into view. */
function showFirstBroken(): void {
  const until = Date.now() + 15_000;
  const look = () => {
    const broken = [...document.querySelectorAll(".ProseMirror .wzv-studio-summary")].find((element) => element.hasAttribute("data-broken"));
    if (broken) broken.scrollIntoView({ block: "center" });
    else if (Date.now() < until) setTimeout(look, 250);
  };
  look();
}

new ResizeObserver(() => document.documentElement.style.setProperty("--wzv-panel-height", `${panel.offsetHeight}px`)).observe(panel);
document.body.append(panel);
subscribe(render);
import.meta.hot?.send(studioTabEvent);
