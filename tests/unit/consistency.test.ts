import { problemOf } from "../support/editor-errors.ts";
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/lib/checks/consistency/run.ts";
import type { Dataset, DatasetRow } from "../../src/lib/datasets/types.ts";
import type { DatasetMeta } from "../../src/schemas/dataset.ts";

function dataset(id: string, unit: string, key: string, rows: DatasetRow[], checks?: unknown[]): Dataset {
  const columns = Object.keys(rows[0]!);
  const meta: DatasetMeta = {
    title: id,
    description: id,
    source: { publisher: "onbekend", document: "onbekend" },
    peildatum: "onbekend",
    version: 1,
    licence: "onbekend",
    unit,
    schema: {
      primaryKey: key,
      fields: columns.map((name) => ({
        name,
        title: name,
        type: name === key ? (typeof rows[0]![name] === "number" ? "year" : "string") : typeof rows[0]![name] === "number" ? "number" : "string",
      })),
    },
    changes: [{ version: 1, date: "2026-11-28", description: "Eerste versie." }],
    ...(checks ? { checks: checks as DatasetMeta["checks"] } : {}),
  };
  return { id, meta, rows, file: { csv: `data/${id}.csv`, meta: `data/${id}.yaml` } };
}

const zorgvraag = dataset("zorgvraag-drenthe", "mensen", "jaar", [
  { jaar: 2024, aantal: 6000, kwalificatie: "ruim" },
  { jaar: 2040, aantal: 10000, kwalificatie: "ruim" },
]);
const stijging = (stated: number, tolerance?: number) =>
  dataset("zorgvraag-drenthe-stijging", "%", "periode", [{ periode: "2024–2040", stijging: stated, kwalificatie: "naar schatting" }], [
    {
      type: "growth",
      stated: { row: "2024–2040" },
      from: { dataset: "zorgvraag-drenthe", row: 2024 },
      to: { dataset: "zorgvraag-drenthe", row: 2040 },
      ...(tolerance === undefined ? {} : { tolerance }),
    },
  ]);

describe("growth check", () => {
  it("reports a stated growth that does not match its values, with both numbers", () => {
    expect(runChecks([zorgvraag, stijging(41.3, 1)])).toEqual([
      {
        dataset: "zorgvraag-drenthe-stijging",
        file: "data/zorgvraag-drenthe-stijging.yaml",
        index: 0,
        datasets: ["zorgvraag-drenthe-stijging", "zorgvraag-drenthe"],
        ok: false,
        message:
          "De genoemde stijging van 41,3% klopt niet met de waarden: van ruim 6.000 (2024) naar ruim 10.000 (2040) is een stijging van 66,7%. Verschil 25,4 procentpunt; toegestaan is 1.",
      },
    ]);
  });

  it("accepts a stated growth within the tolerance", () => {
    const [outcome] = runChecks([zorgvraag, stijging(66.7)]);
    expect(outcome).toMatchObject({
      ok: true,
      message: "De genoemde stijging van 66,7% klopt met de waarden: van ruim 6.000 (2024) naar ruim 10.000 (2040) is 66,7%.",
    });
  });

  it("takes a stated number written in the check itself", () => {
    const check = { type: "growth", from: 2024, to: 2040, stated: 66.7 };
    const own = dataset("x", "mensen", "jaar", [{ jaar: 2024, aantal: 6000 }, { jaar: 2040, aantal: 10000 }], [check]);
    expect(runChecks([own])[0]?.ok).toBe(true);
  });
});

describe("sum check", () => {
  const buurt = (values: number[]) =>
    dataset(
      "voorzieningen-in-de-buurt",
      "%",
      "antwoord",
      [
        { antwoord: "buurt biedt alles", aandeel: values[0]! },
        { antwoord: "niet alles, wel bereikbaar", aandeel: values[1]! },
        { antwoord: "lastig te bereiken", aandeel: values[2]! },
      ],
      [{ type: "sum", rows: ["buurt biedt alles", "niet alles, wel bereikbaar", "lastig te bereiken"], total: 100 }],
    );

  it("accepts 64 + 29 + 7 = 100", () => {
    expect(runChecks([buurt([64, 29, 7])])[0]).toMatchObject({
      ok: true,
      message: "64% (buurt biedt alles) + 29% (niet alles, wel bereikbaar) + 7% (lastig te bereiken) = 100%; dat klopt met het totaal 100%.",
    });
  });

  it("reports parts that do not add up to the total", () => {
    expect(runChecks([buurt([64, 28, 7])])[0]).toMatchObject({
      ok: false,
      message:
        "64% (buurt biedt alles) + 28% (niet alles, wel bereikbaar) + 7% (lastig te bereiken) = 99%, maar het totaal hoort 100% te zijn. Verschil 1; toegestaan is 0.",
    });
  });
});

describe("a check written wrongly stops with a message naming file, check and what to choose", () => {
  const own = (check: unknown) => dataset("x", "mensen", "jaar", [{ jaar: 2024, aantal: 1 }, { jaar: 2040, aantal: 2 }], [check]);

  it("a row that is not in the CSV", () => {
    expect(problemOf(() => runChecks([own({ type: "growth", from: 2025, to: 2040, stated: 1 })]))).toMatchInlineSnapshot(`
      {
        "expected": "een waarde uit de kolom "jaar": "2024" en "2040"",
        "fix": "Bedoelde u "2024" of "2040"?",
        "location": {
          "cell": {
            "kind": "veld",
            "name": "checks.1.from",
          },
          "file": "data/x.yaml",
        },
        "problem": "de rij "2025" staat niet in data/x.csv.",
      }
    `);
  });

  it.each([
    [{ type: "groei", from: 2024, to: 2040, stated: 1 }, "checks.1.type", "type: growth (een genoemd groeipercentage narekenen) of type: sum (delen die samen een totaal vormen)"],
    [{ type: "growth", from: { dataset: "y", row: 2024 }, to: 2040, stated: 1 }, "checks.1.from.dataset", 'een van de datasets "x"'],
    [{ type: "sum", rows: [2024, 2040], column: "jaar", total: 1 }, "checks.1.rows.1", 'column: met een van de kolommen "aantal"'],
  ])("%j", (check, field, expected) => {
    const problem = problemOf(() => runChecks([own(check)]));
    expect(problem.location).toEqual({ file: "data/x.yaml", cell: { kind: "veld", name: field } });
    expect(problem.expected).toBe(expected);
  });
});

describe("checks in data/<id>.yaml are validated when the data is read", () => {
  it("stops the data loader on an unknown type, naming file, field and the valid types", async () => {
    const { loadDatasets } = await import("../../src/lib/datasets/load.ts");
    const { readFileSync } = await import("node:fs");
    const yaml = readFileSync("data/leefbaarheid.yaml", "utf8").replace("- type: sum", "- type: som");
    const csv = readFileSync("data/leefbaarheid.csv", "utf8");
    const files = { dir: "data", names: ["leefbaarheid.csv", "leefbaarheid.yaml"], read: (name: string) => (name.endsWith(".csv") ? csv : yaml) };
    expect(() => loadDatasets(files)).toThrow(/data\/leefbaarheid\.yaml:\d+:\d+, veld "checks\.1\.type"[\s\S]*Gevonden: "som"[\s\S]*type: growth .* of type: sum/);
  });
});
