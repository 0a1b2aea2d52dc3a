// The studio's Dutch: for each package of the editor, its English source strings (exactly as they
// stand in the package's code) with our Dutch. src/studio/vite-dutch.ts puts them into the modules as
// `npm run studio` serves them and stops with the list of strings it can no longer find, so after an
// upgrade of Keystatic the strings that moved show up there (and in tests/unit/studio-dutch.test.ts).
//
// `{}` stands for a value the code fills in (a label, a number, a link), in the order the English
// has them. `in` holds strings that need other Dutch in one function of the code (named as in the
// package's own files): a word that is also used as a value there, or a word order Dutch changes.
// Only what an editor can reach in local mode is here: Keystatic's GitHub and Cloud screens and the
// features our config switches off (images, tables, code, dividers) keep their English.

export interface PackageDutch {
  strings: Record<string, string>;
  in: Record<string, Record<string, string>>;
}

export type Dutch = Record<"@keystatic/core" | "@keystar/ui" | "react-aria", PackageDutch>;

export const dutch: Dutch = {
  "@keystatic/core": {
    strings: {
      // Keystatic's own nl-NL table, where it is machine-translated.
      Collecties: "Verzamelingen",
      Creëren: "Aanmaken",
      Bewerking: "Bewerken",
      Helder: "Wissen",
      Laden: "Laden…",
      Redden: "Opslaan",

      // The frame: side bar, theme, pages that do not exist.
      Dashboard: "Overzicht",
      Content: "Inhoud",
      "Open app navigation": "Navigatie openen",
      theme: "Kleurenschema",
      Light: "Licht",
      Dark: "Donker",
      System: "Systeem",
      "Failed to load shell": "De studio kon niet worden geladen",
      "Not found": "Niet gevonden",
      "This page could not be found.": "Deze pagina bestaat niet.",

      // A list of files (Hoofdstukken, Cijfers).
      "show search": "Zoekveld tonen",
      "Unable to load collection": "De lijst kon niet worden geladen",
      "Loading Entries": "Bestanden laden",
      "Empty collection": "Nog niets in deze lijst",
      "There aren't any entries yet. {} to see it here.": "Er staat hier nog niets. {}; het verschijnt dan hier.",
      "Create the first entry": "Maak het eerste bestand",
      "No results": "Geen resultaten",
      'No items matching "{}" were found.': "Niets gevonden met ‘{}’.",

      // One file: the bar above it, saving, deleting, copying.
      "Reset changes": "Wijzigingen ongedaan maken",
      Reset: "Wijzigingen ongedaan maken",
      "Delete entry…": "Bestand verwijderen…",
      "Copy entry": "Bestand kopiëren",
      "Paste entry": "Bestand plakken",
      "Duplicate entry…": "Kopie maken…",
      Preview: "Voorbeeld",
      "Saving changes": "Bezig met opslaan",
      Unsaved: "Niet opgeslagen",
      "Delete entry": "Bestand verwijderen",
      "Delete {}? It cannot be undone.": "{} verwijderen? Dit kunt u niet ongedaan maken.",
      Cancel: "Annuleren",
      "Yes, delete": "Ja, verwijderen",
      "Save and duplicate entry": "Opslaan en een kopie maken",
      "Save and duplicate": "Opslaan en kopiëren",
      "You have unsaved changes. Save this entry to duplicate it.": "U hebt wijzigingen die nog niet zijn opgeslagen. Sla het bestand eerst op; daarna kunt u er een kopie van maken.",
      "Entry not found.": "Dit bestand bestaat niet (meer). Kies links Hoofdstukken of Cijfers en daar het bestand dat u zoekt.",
      "Entry actions": "Acties voor dit bestand",
      "Loading Item": "Bestand laden",
      "Creating entry": "Bestand maken",
      "Entry created": "Bestand gemaakt",
      "Entry pasted": "Bestand geplakt",
      Undo: "Ongedaan maken",
      "Entry not found in clipboard": "Er staat geen bestand op het klembord.",
      "Failed to read clipboard": "Het klembord kon niet worden gelezen.",
      "Failed to paste because clipboard access was denied": "Plakken lukte niet: de browser gaf geen toegang tot het klembord.",
      "Restored draft from ": "Niet-opgeslagen werk teruggezet van ",
      "Other changes have been made to this entry since the draft. You may want to discard the draft changes.":
        "Het bestand is sindsdien ook op een andere manier gewijzigd. Kijk of u dit werk wilt houden; anders zet u het terug met Wijzigingen ongedaan maken.",

      // Form fields and what they say when a value is wrong.
      "{} is required": "{}: dit veld is verplicht",
      "{} must not be empty": "{}: dit veld mag niet leeg zijn",
      "{} must be at least {} characters long": "{}: schrijf minstens {} tekens",
      "{} must be no longer than {} characters": "{}: hoogstens {} tekens",
      "{} must not be ..": "{} mag niet .. zijn",
      "{} must not be .": "{} mag niet . zijn",
      "{} must not contain ..": "{} mag geen .. bevatten",
      "{} must not contain slashes": "{} mag geen schuine streep bevatten",
      "{} must not start or end with spaces": "{} mag niet met een spatie beginnen of eindigen",
      "{} must be unique": "{}: deze naam bestaat al",
      "{} must be a whole number": "{}: vul een heel getal in",
      "{} must be at least {}": "{}: minstens {}",
      "{} must be at most {}": "{}: hoogstens {}",
      "{} is not a valid date": "{}: dit is geen geldige datum",
      regenerate: "Opnieuw maken uit de titel",
      Regenerate: "Opnieuw maken uit de titel",
      "Edit item": "Onderdeel bewerken",
      "Add item": "Onderdeel toevoegen",
      Done: "Klaar",
      "Empty list": "Lege lijst",
      "Add the first item to see it here.": "Voeg het eerste onderdeel toe; het verschijnt dan hier.",
      "Item {}": "Onderdeel {}",
      "Delete {}": "‘{}’ verwijderen",
      "Delete item": "Onderdeel verwijderen",
      "Delete {}? The change is saved when you press Save.": "‘{}’ verwijderen? Het bestand verandert pas als u daarna op Opslaan drukt.",

      // The text editor: toolbar, the "/" menu, components.
      'Start writing or press "/" for commands…': "Typ hier de tekst. Een bouwsteen voegt u in met + of door / te typen.",
      "Formatting options": "Opmaak",
      "Text block": "Alinea of tussenkop",
      Paragraph: "Alinea",
      "Heading {}": "Tussenkop {}",
      "Heading ": "Tussenkop ",
      "Use this for key sections": "Voor de paragrafen van een hoofdstuk",
      "Use this for sub-sections": "Voor de onderdelen van een paragraaf",
      "Use this for deep headings": "Voor de kleinste tussenkoppen",
      "Text formatting": "Tekstopmaak",
      Bold: "Vet",
      Italic: "Cursief",
      "Clear formatting": "Opmaak wissen",
      Lists: "Lijsten",
      "Bullet list": "Opsomming",
      "Insert an unordered list": "Een lijst met opsommingstekens",
      "Numbered list": "Genummerde lijst",
      "Ordered list": "Genummerde lijst",
      "Insert an ordered list": "Een lijst met nummers",
      Blocks: "Blokken",
      Text: "Tekst",
      Unlink: "Link weghalen",
      Insert: "Invoegen",
      "Insert menu": "Bouwstenen",
      Options: "Bewerken of verwijderen",
      "No results…": "Geen resultaten…",
      Edit: "Bewerken",
      "Edit {}": "{} bewerken",
      Remove: "Verwijderen",

      // A file the studio cannot read (a chapter whose MDX does not parse): what the editor does,
      // then the parser's own words, which the notice at the bottom gives in Dutch.
      "Field validation failed:\n":
        "De studio kan dit bestand niet openen. Wat er mis is en op welke regel, staat in de melding onderaan: verbeter het in een teksteditor, sla het op en laad deze pagina opnieuw. Wat de studio zelf las:\n",
    },
    in: {
      // The file's field and the parser's message, without Keystatic's "Unexpected error".
      formatFormDataError: { "Unexpected error: {}": "{}" },
      // Keystatic compares the status "Changed" of a list entry; only these two show it.
      NavItemOrGroup: { Changed: "Gewijzigd", change: "wijziging", changes: "wijzigingen" },
      renderItemOrGroup: { Changed: "Gewijzigd", change: "wijziging", changes: "wijzigingen", entry: "bestand", entries: "bestanden", Add: "Nieuw bestand" },
      // The column of titles (our patch shows titles in it, not file names).
      CollectionTable: { Slug: "Titel", Name: "Titel" },
      // Keystatic names the link button "Divider".
      LinkButton: { Divider: "Link" },
      // "Add link" / "Edit link".
      LinkDialog: { Add: "toevoegen", Edit: "bewerken", "{} link": "Link {}" },
    },
  },
  "@keystar/ui": {
    strings: {
      // Keystar UI's nl-NL tables, where they are stilted or wrong.
      "in behandeling": "bezig",
      Helder: "Wissen",
      Negeren: "Sluiten",
      "(vereist)": "(verplicht)",
      "Meer handelingen": "Meer acties",
      "Optie selecteren...": "Kies…",
      Info: "Informatie",
      // The handle between the text and the form of a chapter.
      Resize: "Breedte aanpassen",
    },
    in: {},
  },
  "react-aria": {
    strings: {
      // The hidden close button of popovers and menus, for screen readers.
      Negeren: "Sluiten",
    },
    in: {},
  },
};
