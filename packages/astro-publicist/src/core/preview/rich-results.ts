/**
 * Which of Google's rich results a page's JSON-LD qualifies for, and what each one misses
 * (Google Search Central: Article, Breadcrumb and Logo structured data).
 */

type Node = Record<string, unknown>;

export interface RichResult {
  /** Google's name for the rich result. */
  kind: 'Article' | 'Breadcrumb' | 'Logo';
  /** The JSON-LD type that qualifies it. */
  type: string;
  /** Required properties are present, so the page is eligible. */
  eligible: boolean;
  /** Required properties not found. */
  missingRequired: string[];
  /** Recommended properties not found. */
  missingRecommended: string[];
}

export interface RichResultSummary {
  results: RichResult[];
  /** JSON-LD blocks that are not valid JSON, with the parser's message. */
  errors: string[];
}

const ARTICLE_TYPES = new Set(['Article', 'BlogPosting', 'NewsArticle', 'TechArticle', 'Report']);

function typesOf(node: Node): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function asArray(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function nodesOf(blocks: readonly string[]): { nodes: Node[]; errors: string[] } {
  const nodes: Node[] = [];
  const errors: string[] = [];
  const visit = (value: unknown) => {
    for (const item of asArray(value)) {
      if (!item || typeof item !== 'object') continue;
      const node = item as Node;
      if ('@graph' in node) visit(node['@graph']);
      if (typesOf(node).length) nodes.push(node);
    }
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block));
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  return { nodes, errors };
}

export function richResults(blocks: readonly string[]): RichResultSummary {
  const { nodes, errors } = nodesOf(blocks);
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const resolve = (value: unknown): Node | undefined => {
    if (!value || typeof value !== 'object') return undefined;
    const node = value as Node;
    return typeof node['@id'] === 'string' && Object.keys(node).length === 1 ? (byId.get(node['@id']) ?? node) : node;
  };
  const has = (node: Node, key: string) => asArray(node[key]).length > 0 && node[key] !== '';
  const results: RichResult[] = [];

  for (const node of nodes) {
    const types = typesOf(node);
    const article = types.find((t) => ARTICLE_TYPES.has(t));
    if (article) {
      const missingRecommended = ['headline', 'image', 'datePublished', 'dateModified', 'author'].filter((key) => !has(node, key));
      for (const author of asArray(node.author).map(resolve)) {
        if (author && !has(author, 'url') && !has(author, 'sameAs')) missingRecommended.push('author.url');
      }
      // Article has no required properties: present at all, it is eligible.
      results.push({ kind: 'Article', type: article, eligible: true, missingRequired: [], missingRecommended });
    }
    if (types.includes('BreadcrumbList')) {
      const items = asArray(node.itemListElement).map(resolve).filter((i): i is Node => Boolean(i));
      const missingRequired: string[] = [];
      if (items.length === 0) missingRequired.push('itemListElement');
      items.forEach((item, index) => {
        if (!has(item, 'position')) missingRequired.push(`itemListElement[${index}].position`);
        if (!has(item, 'name')) missingRequired.push(`itemListElement[${index}].name`);
        // The last crumb may omit item.
        if (index < items.length - 1 && !has(item, 'item')) missingRequired.push(`itemListElement[${index}].item`);
      });
      results.push({ kind: 'Breadcrumb', type: 'BreadcrumbList', eligible: missingRequired.length === 0, missingRequired, missingRecommended: [] });
    }
    if (types.includes('Organization') || types.includes('NewsMediaOrganization')) {
      const missingRequired = ['logo', 'url'].filter((key) => !has(node, key));
      results.push({ kind: 'Logo', type: types[0]!, eligible: missingRequired.length === 0, missingRequired, missingRecommended: [] });
    }
  }
  return { results, errors };
}
