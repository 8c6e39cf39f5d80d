/**
 * Which frontmatter field means what: themes name the same facts differently (`pubDate`,
 * `publishDate`, `date`…). A collection's mapping is guessed once from its entries, with the
 * user's `fields` option winning over any guess, and then read the same way for every entry.
 */

/** The facts an Article reads from frontmatter, named as in `articleSchema()`. */
export const FIELD_ROLES = ['title', 'description', 'pubDate', 'updatedDate', 'cover', 'coverAlt', 'tags', 'draft', 'author', 'canonical'] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

/** The frontmatter names each fact goes by in common themes, in order of preference. */
export const FIELD_CANDIDATES: Readonly<Record<FieldRole, readonly string[]>> = {
  title: ['title', 'headline'],
  description: ['description', 'summary', 'excerpt', 'subtitle'],
  pubDate: ['pubDate', 'publishDate', 'pubDatetime', 'date', 'published', 'publishedAt'],
  updatedDate: ['updatedDate', 'updated', 'modDatetime', 'lastmod', 'modified', 'updatedAt'],
  cover: ['cover', 'heroImage', 'coverImage', 'image', 'ogImage'],
  coverAlt: ['coverAlt', 'heroImageAlt', 'imageAlt', 'alt'],
  tags: ['tags', 'categories'],
  draft: ['draft'],
  author: ['author', 'authors'],
  canonical: ['canonical', 'canonicalURL', 'canonicalUrl'],
};

/** What the user may give per collection: a field name, or a function of the entry. */
export type FieldOverride = string | ((entry: { id: string; data: Record<string, unknown> }) => unknown);
export type FieldOverrides = Partial<Record<FieldRole, FieldOverride>>;

/** Where one fact is read from: a path into `data` (`['coverImage', 'src']`), the user's function, or nowhere. */
export type FieldSource =
  | { kind: 'path'; path: readonly string[]; configured: boolean }
  | { kind: 'function'; read: (entry: { id: string; data: Record<string, unknown> }) => unknown }
  | { kind: 'none' };

export type FieldMapping = Readonly<Record<FieldRole, FieldSource>>;

const NONE: FieldSource = { kind: 'none' };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Astro's `image()` result: `{ src, width, height, format }`. */
export function isImageMetadata(value: unknown): value is { src: string; width: number; height: number; format: string; fsPath?: string } {
  return isObject(value) && typeof value.src === 'string' && typeof value.width === 'number' && typeof value.height === 'number';
}

/** `{ src, alt }` around an image (a path or an `image()`), as some themes write a cover. */
function isImageWrapper(value: unknown): value is { src: unknown; alt?: unknown } {
  return isObject(value) && 'src' in value && !isImageMetadata(value);
}

const isDateLike = (v: unknown) => (v instanceof Date || typeof v === 'string') && !Number.isNaN(new Date(v).getTime());
const present = (v: unknown) => v !== undefined && v !== null && v !== '';

/** The first candidate any entry sets. */
function guess(role: FieldRole, entries: readonly Record<string, unknown>[]): string | undefined {
  return FIELD_CANDIDATES[role].find((name) => entries.some((data) => present(data[name])));
}

function fromOverride(override: FieldOverride): FieldSource {
  return typeof override === 'function' ? { kind: 'function', read: override } : { kind: 'path', path: override.split('.'), configured: true };
}

/**
 * The mapping for one collection, from the `data` of its entries. A cover written as
 * `{ src, alt }` maps the cover to `.src` and its alt text to `.alt`; `fields` wins over every guess.
 */
export function detectFields(entries: readonly Record<string, unknown>[], overrides: FieldOverrides = {}): FieldMapping {
  const mapping = {} as Record<FieldRole, FieldSource>;
  for (const role of FIELD_ROLES) {
    const override = overrides[role];
    if (override !== undefined) {
      mapping[role] = fromOverride(override);
      continue;
    }
    const name = guess(role, entries);
    mapping[role] = name ? { kind: 'path', path: [name], configured: false } : NONE;
  }
  const cover = mapping.cover;
  if (overrides.cover === undefined && cover.kind === 'path') {
    const name = cover.path[0]!;
    if (entries.some((data) => isImageWrapper(data[name]))) {
      mapping.cover = { kind: 'path', path: [name, 'src'], configured: false };
      if (overrides.coverAlt === undefined) mapping.coverAlt = { kind: 'path', path: [name, 'alt'], configured: false };
    }
  }
  return mapping;
}

/** Read one fact of an entry through the mapping. */
export function readField(mapping: FieldMapping, role: FieldRole, entry: { id: string; data: Record<string, unknown> }): unknown {
  const source = mapping[role];
  if (source.kind === 'none') return undefined;
  if (source.kind === 'function') return source.read(entry);
  let value: unknown = entry.data;
  for (const key of source.path) value = isObject(value) ? value[key] : undefined;
  return value;
}

/** How a fact's source is named in messages: `publishDate`, `coverImage.src`, `fields.pubDate()`. */
export function fieldLabel(mapping: FieldMapping, role: FieldRole): string {
  const source = mapping[role];
  if (source.kind === 'function') return `fields.${role}()`;
  if (source.kind === 'path') return source.path.join('.');
  return role;
}

/**
 * The build-log line of a collection's mapping:
 * `blog: pubDate ← publishDate · cover ← coverImage.src, alt ← coverImage.alt · author ← site publisher`.
 * Facts read from the field of their own name are left out, except the two every article has.
 */
export function describeMapping(collection: string, mapping: FieldMapping): string {
  const from = (role: FieldRole) => {
    const source = mapping[role];
    if (source.kind === 'function') return `fields.${role}()`;
    if (source.kind === 'none') return undefined;
    return source.path.join('.') + (source.configured ? ' (fields)' : '');
  };
  const differs = (role: FieldRole) => mapping[role].kind !== 'none' && from(role) !== role;
  const parts: string[] = [];
  for (const role of ['title', 'description'] as const) if (differs(role)) parts.push(`${role} ← ${from(role)}`);
  parts.push(`pubDate ← ${from('pubDate') ?? 'nothing'}`);
  if (mapping.updatedDate.kind !== 'none') parts.push(`updatedDate ← ${from('updatedDate')}`);
  if (mapping.cover.kind !== 'none') parts.push(`cover ← ${from('cover')}, alt ← ${from('coverAlt') ?? 'title'}`);
  for (const role of ['tags', 'draft', 'canonical'] as const) if (differs(role)) parts.push(`${role} ← ${from(role)}`);
  parts.push(`author ← ${from('author') ?? 'site publisher'}`);
  return `${collection}: ${parts.join(' · ')}`;
}

/** The collections whose entries carry a publication date under any name (for zero-config). */
export function datedCollections(collections: Readonly<Record<string, readonly Record<string, unknown>[]>>): string[] {
  return Object.entries(collections)
    .filter(([, entries]) => FIELD_CANDIDATES.pubDate.some((name) => entries.some((data) => isDateLike(data[name]))))
    .map(([name]) => name);
}
