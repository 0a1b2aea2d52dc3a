/** The values of STOP's and TOOI's waardelijsten that the package uses, with what they mean.
 * The standard's schematrons check few of these values (see docs/redactiegids.md); the LVBB
 * checks them all, so only values copied from the waardelijsten belong here. */

/** STOP waardelijst "soortregeling". */
export const soortRegeling = {
  programma: "/join/id/stop/regelingtype_010",
} as const;

/** TOOI "bestuursorganen": the gemeente's organs that STOP accepts for a gemeente (STOP1035). */
export const soortBestuursorgaan = {
  gemeenteraad: "/tooi/def/thes/kern/c_2a7d8663",
  "college van burgemeester en wethouders": "/tooi/def/thes/kern/c_28ecfd6d",
} as const;

/** TOOI "thema's" (onderwerpen): wonen, and zorg en gezondheid. */
export const onderwerpen = ["/tooi/def/concept/c_124eaf3a", "/tooi/def/concept/c_d0463fb7"] as const;

/** STOP waardelijst "soortprocedure". */
export const soortProcedure = {
  ontwerp: "/join/id/stop/proceduretype_ontwerp",
  definitief: "/join/id/stop/proceduretype_definitief",
} as const;

/** STOP waardelijst "procedurestap". */
export const procedurestap = {
  vaststelling: "/join/id/stop/procedure/stap_002",
  ondertekening: "/join/id/stop/procedure/stap_003",
} as const;

/** Versions of the standards the package is written in. */
export const schemaversie = { stop: "1.3.0", lvbb: "1.2.0" } as const;

export const namespaces = {
  aanlevering: "https://standaarden.overheid.nl/lvbb/stop/aanlevering/",
  data: "https://standaarden.overheid.nl/stop/imop/data/",
  tekst: "https://standaarden.overheid.nl/stop/imop/tekst/",
  lvbb: "http://www.overheid.nl/2017/lvbb",
} as const;
