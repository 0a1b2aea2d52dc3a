// The components an editor can use in a chapter without importing them.
import Ambities from "./Ambities.astro";
import DataTable from "./DataTable.astro";
import Figure from "./Figure.astro";
import Note from "./Note.astro";
import OpenPoint from "./OpenPoint.astro";
import Quote from "./Quote.astro";
import Ref from "./Ref.astro";
import Value from "./Value.astro";

export const mdxComponents = { Ambities, DataTable, Figure, Note, OpenPoint, Quote, Ref, Value };
