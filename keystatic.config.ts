// The editors' studio (`npm run studio`): Keystatic in local mode, loaded only by astro.studio.config.mjs.
import { collection, config, fields } from "@keystatic/core";
import { components } from "./src/studio/components.ts";
import { datasetSchema } from "./src/studio/dataset-form.ts";
import { chapterStatuses } from "./src/schemas/chapter.ts";

export default config({
  storage: { kind: "local" },
  locale: "nl-NL",
  ui: { brand: { name: "Woonzorgvisie Assen" } },
  collections: {
    chapters: collection({
      label: "Hoofdstukken",
      path: "src/content/chapters/*",
      slugField: "title",
      format: { contentField: "body" },
      entryLayout: "content",
      columns: ["order", "status"],
      // Read by our patch of Keystatic's list (patches/): chapters in reading order.
      ...{ defaultSortColumn: "order" },
      schema: {
        title: fields.slug({
          name: { label: "Titel", validation: { isRequired: true } },
          slug: { label: "Bestandsnaam", description: "Ook het adres van de pagina, bijvoorbeeld /inwoner/." },
        }),
        order: fields.integer({ label: "Volgnummer", validation: { isRequired: true, min: 1 } }),
        summary: fields.text({ label: "Samenvatting", multiline: true, validation: { isRequired: true, length: { max: 200 } } }),
        status: fields.select({
          label: "Status",
          options: chapterStatuses.map((status) => ({ value: status, label: status === "concept" ? "Concept" : "Gereed" })),
          defaultValue: "concept",
        }),
        body: fields.mdx({
          label: "Tekst",
          // The page title is the chapter's h1; the text starts at tussenkop 2. What the chapters
          // do not use (images, tables, code, Markdown quotes: a quote is a <Quote> with its
          // source) stays out of the toolbar.
          options: { heading: [2, 3, 4], image: false, codeBlock: false, code: false, table: false, divider: false, strikethrough: false, blockquote: false },
          components,
        }),
      },
    }),
    datasets: collection({
      label: "Cijfers",
      path: "data/*",
      slugField: "title",
      format: { data: "yaml" },
      columns: ["version", "peildatum"],
      schema: datasetSchema,
    }),
  },
});
