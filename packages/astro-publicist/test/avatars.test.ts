import { describe, expect, it } from 'vitest';
import { avatars, initialsOf } from '../src/core/cards/templates/parts.ts';
import { h } from '../src/core/cards/tree.ts';
import type { CardTemplateHelpers } from '../src/core/cards/templates/types.ts';

const theme = { accent: '#e4007c', onAccent: '#ffffff' } as CardTemplateHelpers['theme'];
const helpers = (images: CardTemplateHelpers['images']) => ({ h, theme, images }) as unknown as CardTemplateHelpers;

describe('avatars on cards', () => {
  it('spells initials from the first and last name', () => {
    expect(initialsOf('Tomás Reyes')).toBe('TR');
    expect(initialsOf('Maya van der Lind')).toBe('ML');
    expect(initialsOf('Ada')).toBe('A');
    expect(initialsOf('élodie durand')).toBe('ÉD');
  });

  it('draws the initials where an avatar could not be loaded, the image where it could', () => {
    const element = avatars(helpers({ avatars: ['data:image/png;base64,AAAA', undefined, undefined], initials: [undefined, 'TR', undefined] }), 48, '#fff')!;
    type Node = { type: string; props: { src?: string; children?: unknown } };
    const children = element.props.children as Node[];
    expect(children).toHaveLength(2);
    // The photo sits on a disc of the ring colour; the initials are text on the accent.
    const photo = children[0]!.props.children as Node;
    expect([children[0]!.type, photo.type]).toEqual(['div', 'img']);
    expect(photo.props.src).toBe('data:image/png;base64,AAAA');
    expect(children[1]!.props.children).toBe('TR');
    expect(avatars(helpers({ avatars: [undefined], initials: [undefined] }), 48, '#fff')).toBeNull();
  });
});
