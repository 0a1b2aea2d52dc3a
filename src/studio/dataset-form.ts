// A dataset's description (data/<id>.yaml) as a form. The numbers stay in the CSV (Excel); the column
// definitions and consistency checks are kept exactly as they are and edited in the file itself.
// Whatever the form lets through, the build still checks with src/schemas/dataset.ts.
import { fields } from "@keystatic/core";
import { peildatum, textKeptWhenEmpty } from "./fields.ts";

export const datasetSchema = {
  title: fields.slug({
    name: { label: "Titel", validation: { isRequired: true } },
    slug: { label: "Naam (id)", description: "De bestandsnaam in data/, zoals hoofdstukken hem gebruiken (<Value of=\"…\">)." },
  }),
  description: fields.text({ label: "Beschrijving", multiline: true, validation: { isRequired: true } }),
  source: fields.object(
    {
      publisher: fields.text({ label: "Uitgever", description: "Bijvoorbeeld Trendbureau Drenthe, of: onbekend.", validation: { isRequired: true } }),
      document: fields.text({ label: "Document", description: "De titel van het brondocument, of: onbekend.", validation: { isRequired: true } }),
      url: fields.text({ label: "Webadres", description: "Alleen een echt, gepubliceerd adres (https://…)." }),
      note: fields.text({ label: "Toelichting", multiline: true }),
    },
    { label: "Bron" },
  ),
  peildatum: peildatum({ label: "Peildatum", description: "JJJJ (2024), JJJJ-MM (2025-05) of JJJJ-MM-DD (2024-01-01), of: onbekend." }),
  version: fields.integer({ label: "Versie", description: "Verhoog met één als de getallen veranderen.", validation: { isRequired: true, min: 1 } }),
  licence: fields.text({ label: "Licentie", description: "Bijvoorbeeld CC BY 4.0, of: onbekend.", validation: { isRequired: true } }),
  unit: textKeptWhenEmpty({ label: "Eenheid", description: "%, personen, woningen …; leeg voor een gewoon aantal." }),
  schema: fields.ignored(),
  changes: fields.array(
    fields.object({
      version: fields.integer({ label: "Versie", validation: { isRequired: true, min: 1 } }),
      date: fields.date({ label: "Datum", validation: { isRequired: true } }),
      description: fields.text({ label: "Wat er veranderde", multiline: true, validation: { isRequired: true } }),
    }),
    {
      label: "Wijzigingen",
      description: "Wat er per versie veranderde, de nieuwste onderaan.",
      itemLabel: (props) => `Versie ${props.fields.version.value ?? "?"}: ${props.fields.description.value}`,
    },
  ),
  checks: fields.ignored(),
};
