// A RegelingMutatie carried out on the text it says it changes (`was`), the way a consolidation
// would read it, so a test can hold the result against the text it must become (`wordt`): each
// action finds its element by wId, renvooi marks are resolved (VerwijderdeTekst and elements
// marked verwijder dropped, NieuweTekst unwrapped, wijzigactie removed).
import { childrenNamed } from "./stop-package.ts";

function byWId(root: Element, wId: string): Element {
  // By walking: linkedom's selectors read attribute names in lower case.
  const walk = (element: Element): Element | undefined => (element.getAttribute("wId") === wId ? element : [...element.children].map(walk).find(Boolean));
  const found = walk(root);
  if (!found) throw new Error(`The mutation names wId "${wId}", which the text it changes does not have.`);
  return found;
}

/** An element of a mutation as it reads once its renvooi marks are carried out. */
function resolved(element: Element): Element {
  const copy = element.cloneNode(true) as Element;
  for (const gone of [...copy.querySelectorAll("VerwijderdeTekst, [wijzigactie='verwijder']")]) gone.remove();
  for (const added of [...copy.querySelectorAll("NieuweTekst")]) added.replaceWith(...added.childNodes);
  for (const marked of [copy, ...copy.querySelectorAll("[wijzigactie]")]) marked.removeAttribute("wijzigactie");
  return copy;
}

/** `was` (an element holding the text, such as the Lichaam) with `mutation` carried out, in place. */
export function applyMutation(was: Element, mutation: Element): Element {
  for (const action of [...mutation.children]) {
    const [content] = [...action.children];
    const what = action.getAttribute("wat");
    switch (action.localName) {
      case "Vervang":
        byWId(was, what!).replaceWith(resolved(content!));
        break;
      case "VervangKop":
        childrenNamed(byWId(was, what!), "Kop")[0]!.replaceWith(resolved(content!));
        break;
      case "Verwijder":
        byWId(was, what!).remove();
        break;
      case "VoegToe": {
        const context = byWId(was, action.getAttribute("context")!);
        if (action.getAttribute("positie") === "komtVoor") context.before(resolved(content!));
        else context.after(resolved(content!));
        break;
      }
      default:
        throw new Error(`applyMutation does not know <${action.localName}>`);
    }
  }
  return was;
}

/** An element as text for comparing: adjacent words joined, the indentation between elements gone. */
export function comparable(element: Element): string {
  const write = (node: Node): string => {
    if (node.nodeType === 3) return (node.textContent ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;");
    if (node.nodeType !== 1) return "";
    const el = node as Element;
    const attributes = [...el.attributes].map((attribute) => ` ${attribute.name}="${attribute.value}"`).sort().join("");
    return `<${el.localName}${attributes}>${[...el.childNodes].map(write).join("")}</${el.localName}>`;
  };
  return write(element).replace(/>\s*\n\s*</g, "><");
}
