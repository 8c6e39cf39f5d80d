/**
 * Checking JSON-LD against the real schema.org vocabulary, offline. The vocabulary comes from
 * `@vocabulary/schema` (schema.org's own N-Quads); from it we build a JSON-LD context with one
 * term per class and property and no `@vocab`, so jsonld.js in safe mode throws on any term that
 * schema.org does not define. Used by the unit tests (core renderer) and the e2e tests (built pages);
 * it lives with the unit tests so that they need nothing from the e2e tree.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import jsonld from 'jsonld';

const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDF_PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const RDFS_CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class';
const RANGE = `${SCHEMA}rangeIncludes`;

export interface Vocabulary {
  classes: Set<string>;
  properties: Set<string>;
  /** Properties whose only range is schema:URL (the context types their values as IRIs). */
  urlProperties: Set<string>;
}

let vocabulary: Vocabulary | undefined;

export function schemaVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@vocabulary/schema/package.json'));
  const lines = readFileSync(join(dir, 'schema.nq'), 'utf8').split('\n');
  const v: Vocabulary = { classes: new Set(), properties: new Set(), urlProperties: new Set() };
  const ranges = new Map<string, string[]>();
  for (const line of lines) {
    const m = line.match(/^<([^>]+)> <([^>]+)> <([^>]+)>/);
    if (!m || !m[1]!.startsWith(SCHEMA)) continue;
    const [, s, p, o] = m as unknown as [string, string, string, string];
    if (p === RDF_TYPE && o === RDFS_CLASS) v.classes.add(s);
    if (p === RDF_TYPE && o === RDF_PROPERTY) v.properties.add(s);
    if (p === RANGE) ranges.set(s, [...(ranges.get(s) ?? []), o]);
  }
  for (const [property, range] of ranges) if (range.every((r) => r === `${SCHEMA}URL`)) v.urlProperties.add(property);
  return (vocabulary = v);
}

/** The schema.org context, built from the vocabulary: every term explicit, URL-valued properties as `@id`. */
export function schemaOrgContext(): Record<string, unknown> {
  const v = schemaVocabulary();
  const context: Record<string, unknown> = {};
  for (const iri of [...v.classes, ...v.properties]) {
    const term = iri.slice(SCHEMA.length);
    context[term] = v.urlProperties.has(iri) ? { '@id': iri, '@type': '@id' } : iri;
  }
  return { '@context': context };
}

const CONTEXT_URLS = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/']);

/** Serves the schema.org context locally and refuses everything else: no network in tests. */
export async function documentLoader(url: string) {
  if (!CONTEXT_URLS.has(url)) throw new Error(`offline document loader: refusing to load ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext() };
}

interface Quad {
  subject: { termType: string; value: string };
  predicate: { termType: string; value: string };
  object: { termType: string; value: string };
}

export interface JsonLdReport {
  quads: Quad[];
  /** Predicates and types that schema.org does not define (safe mode already throws on unknown terms). */
  unknownTerms: string[];
  /** `{ "@id" }` references with no node of that `@id` in the graph. */
  danglingReferences: string[];
  /** Node `@id`s of the graph grouped by connected component (one group = connected). */
  components: string[][];
}

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) for (const v of value) walk(v, visit);
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>);
    for (const v of Object.values(value)) walk(v, visit);
  }
}

/** Expands and converts the document to RDF in safe mode, then checks vocabulary, references and connectivity. */
export async function checkJsonLd(document: Record<string, unknown>): Promise<JsonLdReport> {
  const options = { documentLoader, safe: true } as never;
  await jsonld.expand(document as never, options);
  const quads = (await jsonld.toRDF(document as never, options)) as unknown as Quad[];
  const v = schemaVocabulary();
  const unknownTerms = new Set<string>();
  for (const q of quads) {
    if (q.predicate.value === RDF_TYPE) {
      if (!v.classes.has(q.object.value)) unknownTerms.add(q.object.value);
    } else if (!v.properties.has(q.predicate.value)) unknownTerms.add(q.predicate.value);
  }

  const graph = (document['@graph'] ?? [document]) as Record<string, unknown>[];
  const defined = new Set<string>();
  walk(graph, (n) => {
    if (typeof n['@id'] === 'string' && Object.keys(n).length > 1) defined.add(n['@id']);
  });
  const dangling = new Set<string>();
  walk(graph, (n) => {
    if (typeof n['@id'] === 'string' && Object.keys(n).length === 1 && !defined.has(n['@id'])) dangling.add(n['@id']);
  });

  // Connectivity over the top-level nodes: an edge wherever one node mentions another's @id.
  const ids = graph.map((n, i) => (typeof n['@id'] === 'string' ? n['@id'] : `_:top${i}`));
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  graph.forEach((node, i) => {
    walk(node, (n) => {
      const j = typeof n['@id'] === 'string' ? ids.indexOf(n['@id']) : -1;
      if (j >= 0) parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, string[]>();
  ids.forEach((id, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), id]));

  return { quads, unknownTerms: [...unknownTerms], danglingReferences: [...dangling], components: [...groups.values()] };
}
