// The datasets in data/, read by Vite when the studio starts, so the editor can offer them by title.
import { parse } from "yaml";

const metaFiles = import.meta.glob<string>("/data/*.yaml", { query: "?raw", import: "default", eager: true });

export interface DatasetOption {
  /** The dataset id: the file name without .yaml, as <Value of="…"> and <Figure dataset="…"> use it. */
  value: string;
  label: string;
}

/** Every dataset as an option "Titel (id)", sorted by title. */
export const datasetOptions: DatasetOption[] = Object.entries(metaFiles)
  .map(([file, text]) => {
    const id = file.slice(file.lastIndexOf("/") + 1, -".yaml".length);
    const meta: unknown = parse(text);
    const title = meta && typeof meta === "object" && "title" in meta && typeof meta.title === "string" ? meta.title : id;
    return { value: id, label: `${title} (${id})` };
  })
  .sort((a, b) => a.label.localeCompare(b.label, "nl"));

// A saved dataset description changes a file read above; the open studio keeps its page (and the
// editor's unsaved work) instead of reloading, and shows a changed title the next time it is opened.
import.meta.hot?.accept(() => {});
