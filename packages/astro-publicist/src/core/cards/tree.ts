/**
 * Satori element trees as plain data: built with `h()` (or any JSX runtime), flattened to
 * `{ type, props }` objects so they can cross to a worker thread and be hashed for the cache.
 */
export type CardStyle = Record<string, string | number>;

export interface CardElement {
  type: string;
  props: { style?: CardStyle; children?: CardChild | CardChild[]; [prop: string]: unknown };
}
export type CardChild = CardElement | string | number | boolean | null | undefined | CardChild[];

export function h(type: string, props: CardElement['props'] | null, ...children: CardChild[]): CardElement {
  const kids = children.length === 0 ? props?.children : children.length === 1 ? children[0] : children;
  return { type, props: { ...props, ...(kids === undefined ? {} : { children: kids }) } };
}

type Component = (props: Record<string, unknown>) => unknown;

/**
 * A plain-data copy of a tree from `h()`, satori's JSX runtime or React: function components
 * are called, fragments dissolved, everything that is not data dropped. Throws on anything else.
 */
export function toPlainTree(node: unknown, where = 'the template'): CardChild {
  if (node === null || node === undefined || typeof node === 'boolean') return null;
  if (typeof node === 'string' || typeof node === 'number') return node;
  if (Array.isArray(node)) return node.map((child) => toPlainTree(child, where));
  if (typeof node === 'object' && 'type' in node && 'props' in node) {
    const { type, props } = node as { type: unknown; props: Record<string, unknown> | null };
    if (typeof type === 'function') return toPlainTree((type as Component)(props ?? {}), where);
    if (typeof type === 'symbol' || type === undefined) return toPlainTree(props?.children, where); // a fragment
    if (typeof type !== 'string') throw new TypeError(`${where} returned an element of type ${typeof type}; expected an HTML tag name`);
    const plain: CardElement['props'] = {};
    for (const [key, value] of Object.entries(props ?? {})) {
      if (key === 'children') plain.children = toPlainTree(value, where);
      else if (typeof value === 'function' || typeof value === 'symbol') continue;
      else plain[key] = value;
    }
    return { type, props: plain };
  }
  throw new TypeError(`${where} returned ${typeof node === 'object' ? 'an object that is not an element' : `a ${typeof node}`}; expected an element tree`);
}

/** Every text of a tree with the font weight it is drawn in (inherited as in CSS). */
export function textsByWeight(node: CardChild, weight = 400, out = new Map<number, string[]>()): Map<number, string[]> {
  if (node === null || node === undefined || typeof node === 'boolean') return out;
  if (typeof node === 'string' || typeof node === 'number') {
    out.set(weight, [...(out.get(weight) ?? []), String(node)]);
    return out;
  }
  if (Array.isArray(node)) {
    for (const child of node) textsByWeight(child, weight, out);
    return out;
  }
  const own = node.props.style?.fontWeight;
  const w = own === 'bold' ? 700 : own === 'normal' ? 400 : typeof own === 'number' ? own : own ? Number(own) || weight : weight;
  if (node.props.alt && typeof node.props.alt === 'string') textsByWeight(node.props.alt, w, out);
  return textsByWeight(node.props.children as CardChild, w, out);
}
