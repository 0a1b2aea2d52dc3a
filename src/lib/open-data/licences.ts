/**
 * The licences an editor can give a dataset (`licence:` in data/<id>.yaml), and how each is named
 * in the open-data files. DCAT-AP-NL 3.0 requires a Creative Commons licence from its value list,
 * which names them by their Dutch deed (as its own examples do); a Frictionless data package names
 * them by their Open Definition / SPDX identifier. Anything else cannot be published as open data,
 * so the metadata schema accepts only these names (or `onbekend`).
 */
export interface Licence {
  /** What an editor writes and the data page shows: "CC BY 4.0". */
  name: string;
  /** Full Dutch title. */
  title: string;
  /** The licence's address in DCAT-AP-NL's value list (dct:license). */
  dcat: string;
  /** Open Definition / SPDX identifier (Frictionless `licenses[].name`). */
  spdx: string;
  /** The licence text (Frictionless `licenses[].path`). */
  url: string;
}

export const licences: readonly Licence[] = [
  {
    name: "CC0 1.0",
    title: "Creative Commons CC0 1.0 Universeel",
    dcat: "http://creativecommons.org/publicdomain/zero/1.0/deed.nl",
    spdx: "CC0-1.0",
    url: "https://creativecommons.org/publicdomain/zero/1.0/",
  },
  {
    name: "CC BY 4.0",
    title: "Creative Commons Naamsvermelding 4.0 Internationaal",
    dcat: "http://creativecommons.org/licenses/by/4.0/deed.nl",
    spdx: "CC-BY-4.0",
    url: "https://creativecommons.org/licenses/by/4.0/",
  },
  {
    name: "CC BY-SA 4.0",
    title: "Creative Commons Naamsvermelding-GelijkDelen 4.0 Internationaal",
    dcat: "http://creativecommons.org/licenses/by-sa/4.0/deed.nl",
    spdx: "CC-BY-SA-4.0",
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
  },
];

export const licenceNames: readonly string[] = licences.map((licence) => licence.name);

/** The licence an editor named; undefined for `onbekend`. */
export function findLicence(name: string): Licence | undefined {
  return licences.find((licence) => licence.name === name);
}
