/**
 * A pass over satori's SVG before it is rasterised. Satori gives every `<image>` an overflow mask,
 * which is usually one opaque white rectangle around the image's own box: it changes no pixel,
 * but the rasteriser (librsvg in sharp) draws each mask into an offscreen surface of the whole
 * card, which measured ~7 CPU-ms per image of a ~35 ms card. Such masks are dropped here; a mask
 * that does cut something (a border stroke, a rounded box, an inherited mask) is kept.
 */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const NUMBER = '(-?\\d+(?:\\.\\d+)?)';
/** A mask that is only an opaque white rectangle, exactly as satori writes it. */
const RECT_MASK = new RegExp(`<mask id="([^"]+)"><rect x="${NUMBER}" y="${NUMBER}" width="${NUMBER}" height="${NUMBER}" fill="#fff"/></mask>`, 'g');
/** A clip path that is only a rectangle. */
const RECT_CLIP = new RegExp(`<clipPath id="([^"]+)"><rect x="${NUMBER}" y="${NUMBER}" width="${NUMBER}" height="${NUMBER}"/></clipPath>`, 'g');
const IMAGE = /<image ([^>]*?) mask="url\(#([^)"]+)\)"/g;

const attribute = (attributes: string, name: string) => attributes.match(new RegExp(`(?:^| )${name}="([^"]*)"`))?.[1];

function boxes(svg: string, pattern: RegExp): Map<string, Box> {
  const found = new Map<string, Box>();
  for (const [, id, x, y, width, height] of svg.matchAll(pattern)) found.set(id!, { x: Number(x), y: Number(y), width: Number(width), height: Number(height) });
  return found;
}

const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** What an image can paint: its own box, cut to its clip rectangle when it has one. */
function paintedBox(attributes: string, clips: Map<string, Box>): Box | undefined {
  if (attribute(attributes, 'transform') !== undefined) return undefined;
  const clipId = attribute(attributes, 'clip-path')?.match(/^url\(#([^)]+)\)$/)?.[1];
  const clip = clipId ? clips.get(clipId) : undefined;
  if (clip) return clip;
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(attribute(attributes, name)));
  return [x, y, width, height].every((n) => Number.isFinite(n)) ? { x: x!, y: y!, width: width!, height: height! } : undefined;
}

/** The same drawing without the image masks that would leave every pixel as it is. */
export function dropNoOpImageMasks(svg: string): string {
  if (!svg.includes('<image ')) return svg;
  const masks = boxes(svg, RECT_MASK);
  if (!masks.size) return svg;
  const clips = boxes(svg, RECT_CLIP);
  return svg.replace(IMAGE, (whole, attributes: string, maskId: string) => {
    const mask = masks.get(maskId);
    const painted = mask && paintedBox(attributes, clips);
    return mask && painted && contains(mask, painted) ? `<image ${attributes}` : whole;
  });
}
