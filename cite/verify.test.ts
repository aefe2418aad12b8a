// Quote verification over invented pages (invented people, places, flights and documents) in the
// archive's languages: what stands on the page is exact; any changed word, however small, is not found.
import { describe, expect, it } from 'vitest';
import { findQuote, notFoundMessage, type QuoteMatch } from './verify.js';

const ru =
  'Согласно материалам дела, 14 февраля 2019 года гражданин Курбатов Э. С. вылетел рейсом авиакомпании «Северный Ветер» SV 7341 из г. Ольхово-\n' +
  'град в г. Верхне-\nКаменск. Ранее он не покидал пределы области. Паспорт 4517 882193 выдан 3 мая 2011 года, продлён 13 мая 2015 года.';
const en =
  'On 7 June 2020 the applicant, Mr Harlan Veysey, boarded flight QK 5521 at Wendlowmere airport. He did not carry a passport;\n' +
  'his travel document no. X4419027 had expired on 30 September 2019. He told the officer: “I was never in Brennock.”';
const pl =
  'Dnia 12 marca 2017 r. pani Jadwiga Ostrowiecka nie przebywała w Zielonym Brodzie; świadek Zbigniew Kruczek zeznał, że „widział ją na dworcu”. ' +
  'Kaucja wyniosła 3,5 tys. zł.';
const tg =
  'Тибқи маълумоти парванда, 5 апрели соли 2018 шаҳрванд Саидалиева Нигина бо шиноснома № 400871236 аз шаҳри Обиравон ба шаҳри Кӯҳистон парвоз кард.\n' +
  'Дар он рӯз вай ба Обиравон наомад.';
const fr =
  'Le 19 novembre 2016, M. Lucien Garnevaux n’était pas présent à Saint-Aubrac-\nles-Pins ; il n’a jamais signé le procès-verbal n° 2016/4471.';

const exact = (page: string, quote: string): QuoteMatch => {
  const r = findQuote(page, quote);
  expect(r, quote).toMatchObject({ found: true, match: 'exact', score: 1, differences: [] });
  return r;
};

/** Not found, reported as near with the differing tokens: [quote's, page's, kind]. */
const altered = (
  page: string,
  quote: string,
  differences: Array<[string | null, string | null, string]>,
): QuoteMatch => {
  const r = findQuote(page, quote);
  expect(r.found, quote).toBe(false);
  expect(r.match, quote).toBe('near');
  expect(r.differences.map((d) => [d.quote, d.page, d.kind])).toEqual(differences);
  // The closest passage is cut at word boundaries and given as it stands on the page, each differing token of the page by its offsets.
  expect(r.passage).toBe(page.slice(r.start!, r.end!));
  for (const d of r.differences)
    if (d.page !== null) expect(page.slice(d.start!, d.end!).replace(/-\n/g, '')).toBe(d.page);
  expect(page.slice(r.start! - 1, r.start! + 1), 'passage start').not.toMatch(/^[\p{L}\p{N}]{2}$/u);
  expect(page.slice(r.end! - 1, r.end! + 1), 'passage end').not.toMatch(/^[\p{L}\p{N}]{2}$/u);
  return r;
};

describe('findQuote: what stands on the page is exact', () => {
  it('across line breaks and hyphenation at line ends, and gives the passage as it stands', () => {
    const r = exact(
      ru,
      'вылетел рейсом авиакомпании «Северный Ветер» SV 7341 из г. Ольховоград в г. Верхне-Каменск',
    );
    expect(r.passage).toBe(
      'вылетел рейсом авиакомпании «Северный Ветер» SV 7341 из г. Ольхово-\nград в г. Верхне-\nКаменск',
    );
    exact(ru, 'из г. Ольхово-\nград'); // copied with the line break
    exact(ru, 'из г. Ольхово- град'); // as a citation's collapsed whitespace writes it
    exact(fr, 'présent à Saint-Aubrac-les-Pins');
  });

  it('with curly or straight quotes and apostrophes, extra whitespace, and any case', () => {
    exact(ru, 'авиакомпании "Северный Ветер"');
    exact(en, 'He told the officer: "I was never in Brennock."');
    exact(pl, 'że "widział ją na dworcu"');
    exact(fr, "M. Lucien Garnevaux n'était pas présent");
    exact(en, '  boarded   flight\tQK 5521\n at  Wendlowmere ');
    exact(fr, 'Saint-Aubrac-les-Pins; il n’a jamais'); // French space before ";"
    exact(en, 'HE DID NOT CARRY A PASSPORT');
    exact(tg, 'шаҳрванд САИДАЛИЕВА Нигина');
    exact(fr, 'le procès-verbal n°2016/4471');
    exact(pl, 'Kaucja wyniosła 3,5 tys . zł');
  });

  it('in decomposed Unicode as in composed, with ligatures and invisible characters', () => {
    exact('The ﬁrst appeal was ﬁled on 2 May 2021.', 'the first appeal was filed');
    exact('Wendlow\u200bmere is a town; Wend\u00adlowmere.', 'Wendlowmere is a town; Wendlowmere');
    exact(ru.normalize('NFD'), 'Паспорт 4517 882193 выдан 3 мая 2011 года, продлён');
    exact(ru, 'продлён 13 мая'.normalize('NFD'));
  });
});

describe('findQuote: a changed word is never found', () => {
  it('a changed day, month or year', () => {
    altered(ru, 'Согласно материалам дела, 15 февраля 2019 года гражданин Курбатов', [
      ['15', '14', 'number'],
    ]);
    altered(ru, 'Согласно материалам дела, 14 марта 2019 года гражданин Курбатов', [
      ['марта', 'февраля', 'date'],
    ]);
    altered(en, 'On 7 June 2021 the applicant, Mr Harlan Veysey, boarded flight', [
      ['2021', '2020', 'number'],
    ]);
    altered(en, 'On 8 June 2020 the applicant, Mr Harlan Veysey, boarded flight', [
      ['8', '7', 'number'],
    ]);
    altered(pl, 'Dnia 12 maja 2017 r. pani Jadwiga Ostrowiecka nie przebywała', [
      ['maja', 'marca', 'date'],
    ]);
    altered(tg, '5 апрели соли 2019 шаҳрванд Саидалиева Нигина бо шиноснома', [
      ['2019', '2018', 'number'],
    ]);
    altered(fr, 'Le 19 décembre 2016, M. Lucien Garnevaux', [['décembre', 'novembre', 'date']]);
  });

  it('a changed flight or passport number', () => {
    altered(ru, 'вылетел рейсом авиакомпании «Северный Ветер» SV 7342 из г. Ольховоград', [
      ['7342', '7341', 'number'],
    ]);
    altered(en, 'the applicant, Mr Harlan Veysey, boarded flight QK 5512 at Wendlowmere airport', [
      ['5512', '5521', 'number'],
    ]);
    altered(en, 'his travel document no. X4419028 had expired on 30 September 2019', [
      ['X4419028', 'X4419027', 'number'],
    ]);
    altered(tg, 'бо шиноснома № 400871263 аз шаҳри Обиравон', [
      ['400871263', '400871236', 'number'],
    ]);
  });

  it('a changed name', () => {
    altered(en, 'the applicant, Mr Harlan Vesey, boarded flight QK 5521', [
      ['Vesey', 'Veysey', 'name'],
    ]);
    altered(pl, 'pani Jadwiga Ostrowicka nie przebywała w Zielonym Brodzie', [
      ['Ostrowicka', 'Ostrowiecka', 'name'],
    ]);
    altered(tg, 'шаҳрванд Саидалиева Нигора бо шиноснома № 400871236', [
      ['Нигора', 'Нигина', 'name'],
    ]);
  });

  it('an inserted or removed negation', () => {
    altered(ru, 'Ранее он покидал пределы области.', [[null, 'не', 'negation']]);
    altered(ru, 'вылетел рейсом авиакомпании «Северный Ветер» SV 7341 не из г. Ольховоград', [
      ['не', null, 'negation'],
    ]);
    altered(en, 'He did carry a passport; his travel document', [[null, 'not', 'negation']]);
    altered(pl, 'pani Jadwiga Ostrowiecka przebywała w Zielonym Brodzie', [
      [null, 'nie', 'negation'],
    ]);
    altered(tg, 'Дар он рӯз вай ба Обиравон омад.', [['омад', 'наомад', 'negation']]);
    altered(fr, 'Le 19 novembre 2016, M. Lucien Garnevaux n’était présent', [
      [null, 'pas', 'negation'],
    ]);
  });

  it('a space inside a number', () => {
    const r = findQuote(pl, 'Kaucja wyniosła 3, 5 tys. zł');
    expect(r).toMatchObject({ found: false, match: 'near' });
    expect(r.differences.map((d) => d.kind)).toContain('number');
  });

  it('a quote cut from inside a longer number or word', () => {
    // "3 мая 2015" stands inside "13 мая 2015": a substring, but not the quote.
    altered(ru, '3 мая 2015 года', [['3', '13', 'number']]);
    expect(findQuote(en, 'ne 2020 the applicant, Mr Harlan Veysey')).toMatchObject({
      found: false,
      match: 'near',
      passage: 'June 2020 the applicant, Mr Harlan Veysey',
    });
    // The closest passage of a quote cut mid-word is widened to whole words.
    expect(findQuote(ru, 'летел рейсом авиакомпании «Северный Ветер» SV 73')).toMatchObject({
      found: false,
      match: 'near',
      passage: 'вылетел рейсом авиакомпании «Северный Ветер» SV 7341',
    });
  });
});

describe('notFoundMessage', () => {
  it('names each difference for the reader', () => {
    expect(notFoundMessage(findQuote(ru, 'Ранее он покидал пределы области, 15 февраля'))).toBe(
      'This quote does not stand on this page, nor anything close to it.',
    );
    expect(
      notFoundMessage(findQuote(pl, 'pani Jadwiga Ostrowicka przebywała w Zielonym Brodzie')),
    ).toBe(
      'This quote does not stand on this page; the closest passage differs in: “Ostrowicka” where the page has “Ostrowiecka” (name); “nie”, left out (negation).',
    );
  });
});

describe('findQuote: nothing close', () => {
  it('reports no passage for a quote that is not on the page', () => {
    expect(findQuote(ru, 'находилась в г. Харькове с января 2018 года')).toMatchObject({
      found: false,
      match: null,
      start: null,
      passage: null,
      differences: [],
    });
    expect(findQuote(ru, '')).toMatchObject({ found: false, match: null });
    expect(findQuote(ru, '  \n ')).toMatchObject({ found: false, match: null });
  });
});
