import { describe, expect, it } from 'vitest';
import { chunkRanges, extractInChunks } from './chunks.js';
import { extractPage } from './extract.js';
import { newContext, type Found } from './types.js';

/** The pieces cover the text, in order, each within the size. */
function expectCover(text: string, ranges: Array<[number, number]>, size: number): void {
  expect(ranges[0]![0]).toBe(0);
  expect(ranges.at(-1)![1]).toBe(text.length);
  for (let i = 0; i < ranges.length; i++) {
    const [s, e] = ranges[i]!;
    expect(e - s).toBeLessThanOrEqual(size);
    expect(e).toBeGreaterThan(s);
    if (i > 0) expect(s).toBe(ranges[i - 1]![1]);
  }
}

describe('chunkRanges', () => {
  it('leaves a text within the size whole', () => {
    expect(chunkRanges('A short note about the quay.', 100)).toEqual([[0, 28]]);
  });

  it('cuts after a blank line first, then a line break, then a sentence end, then a space', () => {
    const paragraphs = 'The pilot came.\nHe left.\n\nThe crate stayed on the quay.';
    const a = chunkRanges(paragraphs, 40);
    expectCover(paragraphs, a, 40);
    expect(paragraphs.slice(0, a[0]![1])).toBe('The pilot came.\nHe left.\n\n');

    const lines = 'The pilot came aboard.\nThe crate stayed on the quay all night.';
    const b = chunkRanges(lines, 40);
    expectCover(lines, b, 40);
    expect(lines.slice(0, b[0]![1])).toBe('The pilot came aboard.\n');

    const sentences = 'Der Lotse kam an Bord. Die Kiste blieb am Kai die ganze Nacht.';
    const c = chunkRanges(sentences, 40);
    expectCover(sentences, c, 40);
    expect(sentences.slice(0, c[0]![1])).toBe('Der Lotse kam an Bord. ');

    const words = 'лоцман поднялся на борт ящик остался на причале всю ночь';
    const d = chunkRanges(words, 30);
    expectCover(words, d, 30);
    for (const [, e] of d.slice(0, -1)) expect(words[e - 1]).toBe(' ');
  });

  it('never cuts after a line ending in a hyphen (a word may go on below)', () => {
    const text =
      'Le pilote est monté à bord du navire-\nciterne. La caisse est restée sur le quai.';
    const r = chunkRanges(text, 48);
    expectCover(text, r, 48);
    expect(text.slice(0, r[0]![1]).endsWith('-\n')).toBe(false);
  });

  it('cuts a run without spaces at the size, never inside a surrogate pair', () => {
    const text = '𝔄'.repeat(50);
    const r = chunkRanges(text, 25);
    expectCover(text, r, 25);
    for (const [s] of r)
      expect(text.charCodeAt(s) >= 0xdc00 && text.charCodeAt(s) <= 0xdfff).toBe(false);
  });
});

// Invented paragraphs, each about its own people, places and dates, in several languages.
const PARAGRAPHS = [
  'On 14 March 2011 the harbour master Ottoline Brackwater met the customs officer Piers Undermere in Rotterdam.',
  'Брендан Оксли прибыл в Одессу 3 мая 2012 года и встретился с лоцманом Мартой Ковалевой.',
  'Am 9. Juni 2013 reiste Henrike Sollmann nach Hamburg, wo sie den Kapitän Jörg Wendeborn traf.',
  'Le 21 septembre 2014, Aurèle Vantongeren a quitté Marseille pour Lisbonne avec Mathilde Corvisart.',
  'The warehouse clerk Tamsin Halloway wrote from Gdańsk on 2 February 2015 that the cargo was late.',
];
const PAGE = Array.from({ length: 48 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n\n');

const key = (f: Found) => `${f.type} ${f.start}-${f.end} ${f.text} → ${f.normalized}`;

describe('extractInChunks', () => {
  it('finds in a long page read in pieces the same entities as in the page read whole', () => {
    const whole = extractPage(PAGE, newContext()).map(key);
    const size = 1500;
    expect(chunkRanges(PAGE, size).length).toBeGreaterThan(3);
    const pieces = extractInChunks(PAGE, newContext(), extractPage, size).map(key);
    expect(whole.filter((k) => k.startsWith('person')).length).toBeGreaterThan(40);
    expect(whole.filter((k) => k.startsWith('date')).length).toBeGreaterThan(40);
    expect(whole.filter((k) => k.startsWith('place')).length).toBeGreaterThan(40);
    expect(pieces).toEqual(whole);
  });

  it('reads a page within the size whole, once', () => {
    const calls: string[] = [];
    const found = extractInChunks(PARAGRAPHS[0]!, newContext(), (t, ctx) => {
      calls.push(t);
      return extractPage(t, ctx);
    });
    expect(calls).toEqual([PARAGRAPHS[0]]);
    expect(found.map((f) => f.text)).toContain('Ottoline Brackwater');
  });
});
