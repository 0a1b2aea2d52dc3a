import raw from "../content/document.json";
import { documentSchema, type DocumentInfo } from "../schemas/document";
import { formatDate } from "./format";

function load(): DocumentInfo {
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - veld "${i.path.join(".")}": ${i.message}`);
    throw new Error(`src/content/document.json klopt niet:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const documentInfo: DocumentInfo = load();
export const documentDateText = formatDate(documentInfo.date);
