import { describe, expect, it } from 'vitest';
import { findQuote } from './verify.js';

const page = 'Действуя умышленно, 23 марта 2018 года Назарова Ф. Р. рейсом авиакомпании «Сомон Эйр» SZ 201 выле-\nтела из международного аэропорта г. Душанбе в г. Стамбул.';

describe('findQuote', () => {
  it('finds a quote exactly across line breaks, hyphenation, quotes and case', () => {
    const r = findQuote(page, 'рейсом авиакомпании "Сомон Эйр" SZ 201 вылетела из международного аэропорта');
    expect(r).toMatchObject({ found: true, match: 'exact', score: 1 });
    expect(page.slice(r.start!, r.end!)).toBe('рейсом авиакомпании «Сомон Эйр» SZ 201 выле-\nтела из международного аэропорта');
  });

  it('finds a quote with OCR noise as fuzzy, with its score and place', () => {
    const r = findQuote(page, '23 марта 2018 года Назарова Ф. P. рейсом авиакомлании');
    expect(r.found).toBe(true);
    expect(r.match).toBe('fuzzy');
    expect(r.score).toBeGreaterThan(0.9);
    expect(page.slice(r.start!, r.end!)).toContain('23 марта 2018 года Назарова');
  });

  it('refuses a quote that is not on the page', () => {
    expect(findQuote(page, 'находилась в г. Харькове с января 2018 года')).toMatchObject({ found: false, match: null });
    expect(findQuote(page, '')).toMatchObject({ found: false });
  });
});
