/** ImageObject nodes from the images the page has. */
import type { ImageObjectLeaf, QuantitativeValue } from 'schema-dts';
import type { PageImage } from '../../meta/head-page.ts';

/** A size in pixels (UN/CEFACT unit code E37), as schema.org types `width`/`height`. */
function pixels(value: number): QuantitativeValue {
  return { '@type': 'QuantitativeValue', value, unitCode: 'E37' };
}

export function imageObject(image: PageImage, id?: string): ImageObjectLeaf {
  return {
    '@type': 'ImageObject',
    ...(id ? { '@id': id } : {}),
    url: image.url,
    contentUrl: image.url,
    ...(image.width && image.height ? { width: pixels(image.width), height: pixels(image.height) } : {}),
    ...(image.type ? { encodingFormat: image.type } : {}),
    ...(image.alt ? { caption: image.alt } : {}),
  };
}
