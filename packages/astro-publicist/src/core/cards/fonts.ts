/**
 * Which font files a card needs. The bundled fonts come from @fontsource packages, split by
 * their CSS `unicode-range` into small subsets; a card loads only the subsets its text touches
 * (Latin always, CJK/Arabic/Hebrew when a character needs them). User fonts come first.
 * The subsets are read from the packages by astro/cards/fonts.ts.
 */

export type FontStyle = 'normal' | 'italic';

/** One font file as satori receives it; `name` is unique per subset so satori keeps them all. */
export interface FontFace {
  name: string;
  family: string;
  file: string;
  weight: number;
  style: FontStyle;
  /** Code point ranges the file covers; undefined for user fonts (they are always loaded). */
  ranges?: [number, number][];
}

/** The bundled font packages, in fallback order before the language-dependent CJK order. */
const LATIN = { family: 'Inter', pkg: '@fontsource/inter' };
const CJK = {
  ja: { family: 'Noto Sans JP', pkg: '@fontsource/noto-sans-jp' },
  zh: { family: 'Noto Sans SC', pkg: '@fontsource/noto-sans-sc' },
  ko: { family: 'Noto Sans KR', pkg: '@fontsource/noto-sans-kr' },
} as const;
const RTL = [
  { family: 'Noto Sans Arabic', pkg: '@fontsource/noto-sans-arabic', subsets: ['arabic'] },
  { family: 'Noto Sans Hebrew', pkg: '@fontsource/noto-sans-hebrew', subsets: ['hebrew'] },
];
export const BUNDLED_FAMILY = LATIN.family;
/** Bundled packages whose versions go into the cache key (their files can change with them). */
export const BUNDLED_FONT_PACKAGES = [LATIN.pkg, ...Object.values(CJK).map((c) => c.pkg), ...RTL.map((r) => r.pkg)];

/** `U+0000-00FF,U+0131` → [[0,255],[305,305]] */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    if (from.includes('?')) return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)];
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

/** One @font-face rule of a package's `<weight>.css`: its subset name, its .woff file, the code points it covers. */
export interface FontSubset {
  subset: string;
  file: string;
  ranges: [number, number][];
}

/** Reads a bundled package's subsets at one weight (CardLoader.fontSubsets). */
export type FontSubsets = (pkg: string, weight: number) => readonly FontSubset[];

const covers = (ranges: [number, number][], cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);

/** The CJK families in the order a text in `lang` should prefer them (Han glyphs differ by region). */
export function cjkOrder(lang: string): (keyof typeof CJK)[] {
  const primary = lang.toLowerCase().split('-')[0];
  if (primary === 'zh') return ['zh', 'ja', 'ko'];
  if (primary === 'ko') return ['ko', 'ja', 'zh'];
  return ['ja', 'zh', 'ko'];
}

interface BundledFamily {
  family: string;
  pkg: string;
  /** Only these subsets of the package (the RTL packages also carry Latin ones). */
  only?: string[];
}

/** The bundled packages in fallback order for a text in `lang`: Inter, the CJK families, Arabic, Hebrew. */
function bundledFamilies(lang: string): BundledFamily[] {
  return [LATIN, ...cjkOrder(lang).map((key) => CJK[key]), ...RTL.map((r) => ({ family: r.family, pkg: r.pkg, only: r.subsets }))];
}

/** One bundled family's faces for a weight, in the order of its CSS. */
function familyFaces(family: BundledFamily, weight: number, subsets: FontSubsets): FontFace[] {
  return subsets(family.pkg, weight)
    .filter((s) => !family.only || family.only.includes(s.subset))
    .map((s) => ({ name: family.family === LATIN.family && s.subset === 'latin' ? family.family : `${family.family} ${s.subset}`, family: family.family, file: s.file, weight, style: 'normal' as const, ranges: s.ranges }));
}

/** Which bundled families may draw a code point, best first: scripts go to the font made for them. */
function familiesFor(cp: number, lang: string): string[] {
  const ch = String.fromCodePoint(cp);
  const cjk = cjkOrder(lang).map((k) => CJK[k].family);
  if (/\p{Script=Hangul}/u.test(ch)) return [CJK.ko.family, ...cjk];
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) return [CJK.ja.family, ...cjk];
  if (/\p{Script=Han}/u.test(ch)) return cjk;
  if (/\p{Script=Arabic}/u.test(ch)) return [RTL[0]!.family];
  if (/\p{Script=Hebrew}/u.test(ch)) return [RTL[1]!.family];
  return [LATIN.family, ...cjk];
}

/**
 * The faces to give satori for text of one weight, in fallback order: user fonts of the theme's
 * family, then the bundled subsets that hold a code point no earlier choice covers.
 */
export function selectFaces(codePoints: Iterable<number>, weight: number, lang: string, userFaces: FontFace[], subsets: FontSubsets): FontFace[] {
  const families = bundledFamilies(lang);
  // A family's subsets are read only when a code point needs that family: the CJK packages' CSS
  // lists hundreds of subsets, and reading them all cost ~0.3 s before the first card.
  const read = new Map<string, FontFace[]>();
  const facesOf = (family: BundledFamily) => {
    let faces = read.get(family.family);
    if (!faces) read.set(family.family, (faces = familyFaces(family, weight, subsets)));
    return faces;
  };
  const latin = facesOf(LATIN).find((f) => f.name === LATIN.family)!;
  const used = new Set<FontFace>();
  for (const cp of new Set(codePoints)) {
    if (covers(latin.ranges!, cp)) continue;
    for (const name of familiesFor(cp, lang)) {
      const face = facesOf(families.find((f) => f.family === name)!).find((f) => covers(f.ranges!, cp));
      if (face) {
        used.add(face);
        break;
      }
    }
  }
  // In the fallback order of the bundled families, each family's subsets in the order of its CSS.
  const ordered = families.flatMap((family) => read.get(family.family) ?? []).filter((f) => f !== latin && used.has(f));
  return [...userFaces, latin, ...ordered];
}

/** User faces nearest to a weight, one per family, for the fallback chain. */
export function nearestUserFaces(userFaces: FontFace[], weight: number, style: FontStyle): FontFace[] {
  const byFamily = new Map<string, FontFace>();
  for (const face of userFaces) {
    const best = byFamily.get(face.family);
    const score = (f: FontFace) => Math.abs(f.weight - weight) + (f.style === style ? 0 : 1000);
    if (!best || score(face) < score(best)) byFamily.set(face.family, face);
  }
  return [...byFamily.values()];
}
