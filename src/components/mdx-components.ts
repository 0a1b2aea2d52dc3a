// The components an editor can use in a chapter without importing them.
import Ambities from "./Ambities.astro";
import Note from "./Note.astro";
import OpenPoint from "./OpenPoint.astro";
import Quote from "./Quote.astro";
import Value from "./Value.astro";

export const mdxComponents = { Ambities, Note, OpenPoint, Quote, Value };
