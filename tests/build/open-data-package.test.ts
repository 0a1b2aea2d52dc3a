import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { diskDataFiles, loadDatasets } from "../../src/lib/datasets/load.ts";
import { distDir, projectRoot } from "../support/paths.ts";
import { readResource, type FrictionlessResource } from "../support/frictionless-reader.ts";

// /data/datapackage.json as a program that reads Frictionless Data Packages finds it.

const descriptorFile = path.join(distDir, "data", "datapackage.json");
const descriptor = JSON.parse(readFileSync(descriptorFile, "utf8")) as {
  profile: string;
  resources: (FrictionlessResource & {
    name: string;
    path: string;
    title: string;
    profile: string;
    bytes: number;
    hash: string;
    version: number;
    peildatum?: string;
    licenses?: { name: string }[];
    sources?: { title: string }[];
    schema: FrictionlessResource["schema"] & { primaryKey: string };
  })[];
};
const datasets = loadDatasets(diskDataFiles(projectRoot));
const profile = JSON.parse(readFileSync(path.join(projectRoot, "tests/fixtures/frictionless/datapackage-1.0.json"), "utf8")) as object;

describe("the data package /data/datapackage.json", () => {
  it("is valid against the official Frictionless Data Package v1 profile", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    ajv.addFormat("textarea", true); // an editor hint in the profile, not a constraint
    const validate = ajv.compile(profile);
    const valid = validate(descriptor);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it("has every dataset as a tabular resource at its versioned CSV address, with its Dutch titles", () => {
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(descriptor.resources.map((r) => r.name)).toEqual(datasets.map((d) => d.id).sort());
    for (const dataset of datasets) {
      const resource = descriptor.resources.find((r) => r.name === dataset.id)!;
      expect(resource.profile).toBe("tabular-data-resource");
      // Relative to the descriptor at /data/: the address the data page links.
      expect(new URL(resource.path, "https://site.invalid/data/datapackage.json").pathname).toBe(
        `/data/${dataset.id}/v${dataset.meta.version}.csv`,
      );
      expect(resource.title).toBe(dataset.meta.title);
      expect(resource.version).toBe(dataset.meta.version);
      expect(resource.schema.primaryKey).toBe(dataset.meta.schema.primaryKey);
      expect(resource.schema.fields.map((f) => [f.name, f.title])).toEqual(
        dataset.meta.schema.fields.map((f) => [f.name, f.title]),
      );
    }
  });

  it("describes each file's size and hash as served", () => {
    for (const resource of descriptor.resources) {
      const file = path.join(distDir, "data", resource.path);
      expect(existsSync(file), resource.path).toBe(true);
      const bytes = readFileSync(file);
      expect(resource.bytes).toBe(bytes.byteLength);
      expect(resource.hash).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    }
  });

  it("gives peildatum, sources and licence only where the metadata knows them", () => {
    for (const dataset of datasets) {
      const resource = descriptor.resources.find((r) => r.name === dataset.id)!;
      const { meta } = dataset;
      expect(resource.peildatum).toBe(meta.peildatum === "onbekend" ? undefined : meta.peildatum);
      expect(resource.licenses === undefined).toBe(meta.licence === "onbekend");
      const known = [meta.source.publisher, meta.source.document].filter((part) => part !== "onbekend");
      expect(resource.sources).toEqual(known.length > 0 ? [expect.objectContaining({ title: known.join(", ") })] : undefined);
    }
  });

  it("lets another program read every value exactly as the site shows it (types, decimal comma, thousands point)", () => {
    const casts = new Set<string>();
    for (const dataset of datasets) {
      const resource = descriptor.resources.find((r) => r.name === dataset.id)!;
      const rows = readResource(resource, readFileSync(path.join(distDir, "data", resource.path)));
      expect(rows, dataset.id).toEqual(dataset.rows);
      for (const field of resource.schema.fields) {
        casts.add([field.type, field.decimalChar, field.groupChar].filter(Boolean).join(" "));
      }
    }
    // Today's data has both Dutch notations; the reader above must have cast them.
    expect([...casts]).toEqual(expect.arrayContaining(["number ,", "number .", "year", "integer", "string"]));
  });
});
