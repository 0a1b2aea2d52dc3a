/** The identifiers STOP gives the regeling, each besluit, its doel and its parts (FRBR work and
 * expression in AKN or JOIN form). One work for the regeling through all editions; every edition
 * is one expression of it and the subject of a besluit of its own. */

/** The gemeente Assen in the Basisregistratie Personen (CBS code 0106): the code STOP and TOOI use. */
export const bevoegdGezag = "gm0106";

/** Eindverantwoordelijke and maker: the gemeente in the TOOI register of organisations. */
export const organisationRef = `/tooi/id/gemeente/${bevoegdGezag}`;

/** The regeling's name inside the besluit (its component); never changes. */
export const componentnaam = "woonzorgvisie";

const workName = "woonzorgvisie";

export interface EditionIdentity {
  /** "0.1" */
  version: string;
  /** "2026-11-28" */
  date: string;
}

/** STOP allows no dot in an identifier or a version number (STOP1000, STOP1016): "0.1" becomes "0-1". */
export function stopVersion(version: string): string {
  return version.replaceAll(".", "-");
}

function year(date: string): string {
  return date.slice(0, 4);
}

export const soortWork = {
  besluit: "/join/id/stop/work_003",
  regeling: "/join/id/stop/work_019",
} as const;

/** "/akn/nl/act/gm0106/2026/woonzorgvisie": the year of the first edition, so it never changes. */
export function regelingWork(firstEdition: EditionIdentity): string {
  return `/akn/nl/act/${bevoegdGezag}/${year(firstEdition.date)}/${workName}`;
}

/** "…/nld@2026-11-28;0-1" */
export function regelingExpression(work: string, edition: EditionIdentity): string {
  return `${work}/nld@${edition.date};${stopVersion(edition.version)}`;
}

/** Each edition is laid down by a besluit of its own (an ontwerpbesluit for a concept). */
export function besluitWork(edition: EditionIdentity): string {
  return `/akn/nl/bill/${bevoegdGezag}/${year(edition.date)}/${workName}-${stopVersion(edition.version)}`;
}

export function besluitExpression(edition: EditionIdentity): string {
  return `${besluitWork(edition)}/nld@${edition.date};1`;
}

/** The doel (purpose) under which the LVBB consolidates this edition. */
export function doel(edition: EditionIdentity): string {
  return `/join/id/proces/${bevoegdGezag}/${year(edition.date)}/${workName}-${stopVersion(edition.version)}`;
}

/** wIds start with the bevoegd gezag and the version in which the element first appeared. */
export function wIdPrefix(version: string): string {
  return `${bevoegdGezag}_${stopVersion(version)}`;
}
