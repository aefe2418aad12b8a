import { describe, expect, it } from 'vitest';
import { extractPage } from './extract.js';
import { newContext } from './types.js';

// Invented sentences and letterheads; the places are real names the gazetteer holds.
const orgs = (text: string) =>
  extractPage(text, newContext())
    .filter((f) => f.type === 'organization')
    .map((f) => f.text);

describe('a subdivision named without its institution', () => {
  it('is no organization under a letterhead, in Russian and Ukrainian capitals', () => {
    const ru = orgs('МИНИСТЕРСТВО ОБОРОНЫ\nОПЕРАТИВНОЕ УПРАВЛЕНИЕ\nСправка № 7');
    expect(ru).not.toContain('ОПЕРАТИВНОЕ УПРАВЛЕНИЕ');
    const uk = orgs('МІНІСТЕРСТВО ФІНАНСІВ\nЗАХІДНЕ РЕГІОНАЛЬНЕ УПРАВЛІННЯ\nДовідка № 3');
    expect(uk).not.toContain('ЗАХІДНЕ РЕГІОНАЛЬНЕ УПРАВЛІННЯ');
  });

  it('is no organization with only a modifier, a region or a rank about it', () => {
    const text =
      'Управление по Карагандинской области сообщило о задержании. ' +
      'Північне регіональне управління повідомило про перевірку. ' +
      'Wydział karny rozpatrzy sprawę. ' +
      'The Europe and Central Asia Division published a report. ' +
      'Lakers won the Western Division title while Division II teams rested.';
    const found = orgs(text);
    expect(found.filter((o) => /управл|Wydział|Division/i.test(o))).toEqual([]);
  });

  it('stays an organization with its owner, an abbreviation, a nationwide modifier or a task', () => {
    const text =
      'Федеральное авиационное управление запретило полёты. ' +
      'Главное управление по борьбе с контрабандой направило запрос. ' +
      'Отдел кадров Министерства юстиции ответил. ' +
      'Sprawą zajął się Wydział Prawny Urzędu Miasta. ' +
      'The Criminal Division of Interpol was told. ' +
      'Главное управление МВД по Карагандинской области сообщило.';
    const found = orgs(text).join(' | ');
    expect(found).toMatch(/Федеральное авиационное управление/);
    expect(found).toMatch(/МВД/);
    expect(found).toMatch(/Главное управление по борьбе/);
  });

  it('leaves a continent or region in its name no place of its own', () => {
    const found = extractPage(
      'Anna Brown heads the Europe and Central Asia Division. Its Middle East Division closed. ' +
        'The Latin America Division moved.',
      newContext(),
    );
    expect(found.filter((f) => f.type === 'place' || f.type === 'organization')).toEqual([]);
  });
});
