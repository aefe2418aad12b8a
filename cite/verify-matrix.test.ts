// The verification matrix of issue 18, over invented pages in each of the archive's six languages: a
// quote altered in one digit, a day, a month, one letter of a name, or by a word added or dropped is
// never found, and the difference is named token by token; the normalizations the README lists
// (line breaks, hyphenation at line ends, whitespace, quote and dash variants, ligatures, invisible
// characters, Unicode composition, letter case) are exact.
import { describe, expect, it } from 'vitest';
import { findQuote } from './verify.js';

interface Language {
  page: string;
  /** A passage of the page, as a reader would copy it (line breaks already joined). */
  quote: string;
  /** Each alteration: the quote's token as altered, and the page's token it replaces. */
  digit: [string, string];
  day: [string, string];
  month: [string, string];
  nameLetter: [string, string];
  /** A word the altered quote adds after `after`. */
  added: { after: string; word: string };
  /** A word of the quote that the altered quote leaves out. */
  dropped: string;
}

const LANGUAGES: Record<string, Language> = {
  ru: {
    page: 'Протокол составлен 21 октября 2018 года. Свидетель Ордынцева Мира Павловна показала, что груз прибыл в порт Сосновец на судне «Лебедь» с номером 4471.',
    quote:
      '21 октября 2018 года. Свидетель Ордынцева Мира Павловна показала, что груз прибыл в порт Сосновец на судне «Лебедь» с номером 4471',
    digit: ['4472', '4471'],
    day: ['22', '21'],
    month: ['ноября', 'октября'],
    nameLetter: ['Ордынцова', 'Ордынцева'],
    added: { after: 'груз', word: 'тайно' },
    dropped: 'порт',
  },
  tg: {
    page: 'Санаи 14 марти 2019 шаҳрванд Раҳимзода Дилором Қодировна бо ҳавопаймои рақами 3308 аз шаҳри Сабзобод ба шаҳри Навбаҳор парвоз кард.',
    quote:
      '14 марти 2019 шаҳрванд Раҳимзода Дилором Қодировна бо ҳавопаймои рақами 3308 аз шаҳри Сабзобод ба шаҳри Навбаҳор',
    digit: ['3309', '3308'],
    day: ['15', '14'],
    month: ['апрели', 'марти'],
    nameLetter: ['Раҳимзада', 'Раҳимзода'],
    added: { after: 'шаҳрванд', word: 'ҷавон' },
    dropped: 'Сабзобод',
  },
  uk: {
    page: 'Станом на 9 липня 2020 року громадянка Вербицька Олеся Тарасівна перебувала в місті Ясенів; квитанція № 5186 видана того ж дня.',
    quote:
      'Станом на 9 липня 2020 року громадянка Вербицька Олеся Тарасівна перебувала в місті Ясенів; квитанція № 5186',
    digit: ['5187', '5186'],
    day: ['8', '9'],
    month: ['серпня', 'липня'],
    nameLetter: ['Вербицкая', 'Вербицька'],
    added: { after: 'перебувала', word: 'тимчасово' },
    dropped: 'місті',
  },
  pl: {
    page: 'W dniu 3 kwietnia 2016 r. świadek Bożena Zawilska widziała ciężarówkę o numerze 7720 przed magazynem w Lipowcu.',
    quote:
      'W dniu 3 kwietnia 2016 r. świadek Bożena Zawilska widziała ciężarówkę o numerze 7720 przed magazynem w Lipowcu',
    digit: ['7721', '7720'],
    day: ['4', '3'],
    month: ['maja', 'kwietnia'],
    nameLetter: ['Zawilski', 'Zawilska'],
    added: { after: 'widziała', word: 'wyraźnie' },
    dropped: 'przed',
  },
  en: {
    page: 'On 28 August 2015 the courier, Ms Odile Brackwater, handed parcel 6093 to the clerk at Fenmoor station.',
    quote:
      'On 28 August 2015 the courier, Ms Odile Brackwater, handed parcel 6093 to the clerk at Fenmoor station',
    digit: ['6098', '6093'],
    day: ['29', '28'],
    month: ['September', 'August'],
    nameLetter: ['Brackwatter', 'Brackwater'],
    added: { after: 'handed', word: 'secretly' },
    dropped: 'clerk',
  },
  fr: {
    page: 'Le 6 janvier 2014, Mme Solange Vernadieu a remis la lettre n° 2281 au greffe de Bellerive-sur-Orne.',
    quote:
      'Le 6 janvier 2014, Mme Solange Vernadieu a remis la lettre n° 2281 au greffe de Bellerive-sur-Orne',
    digit: ['2288', '2281'],
    day: ['7', '6'],
    month: ['février', 'janvier'],
    nameLetter: ['Vernadiou', 'Vernadieu'],
    added: { after: 'remis', word: 'discrètement' },
    dropped: 'greffe',
  },
};

/** Replaces the one whole-word occurrence of `from` in `text`. */
function replaceWord(text: string, from: string, to: string): string {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${from}(?![\\p{L}\\p{N}])`, 'gu');
  expect(text.match(re), `${from} once in the quote`).toHaveLength(1);
  return text.replace(re, to);
}

function alterations(l: Language): Array<[string, string, [string | null, string | null]]> {
  return [
    ['one digit', replaceWord(l.quote, l.digit[1], l.digit[0]), l.digit],
    ['a day', replaceWord(l.quote, l.day[1], l.day[0]), l.day],
    ['a month', replaceWord(l.quote, l.month[1], l.month[0]), l.month],
    ["a name's letter", replaceWord(l.quote, l.nameLetter[1], l.nameLetter[0]), l.nameLetter],
    [
      'a word added',
      replaceWord(l.quote, l.added.after, `${l.added.after} ${l.added.word}`),
      [l.added.word, null],
    ],
    ['a word dropped', replaceWord(l.quote, l.dropped, '').replace('  ', ' '), [null, l.dropped]],
  ];
}

describe('verification matrix: an altered quote is not found, with its difference', () => {
  for (const [lang, l] of Object.entries(LANGUAGES))
    it(`${lang}: the quote is exact, and each alteration is not found with the token that differs`, () => {
      expect(findQuote(l.page, l.quote), `${lang} quote`).toMatchObject({
        found: true,
        match: 'exact',
      });
      for (const [what, quote, [said, stands]] of alterations(l)) {
        const r = findQuote(l.page, quote);
        expect(r.found, `${lang}, ${what}: ${quote}`).toBe(false);
        expect(r.match, `${lang}, ${what}`).toBe('near');
        expect(
          r.differences.map((d) => [d.quote, d.page]),
          `${lang}, ${what}`,
        ).toEqual([[said, stands]]);
        // The page's token is where the page has it.
        const d = r.differences[0]!;
        if (stands !== null) expect(l.page.slice(d.start!, d.end!)).toBe(stands);
      }
    });

  it('names the kind of the differences that change a claim: number, date, name', () => {
    for (const [lang, l] of Object.entries(LANGUAGES)) {
      const kinds = alterations(l)
        .slice(0, 4)
        .map(([, quote]) => findQuote(l.page, quote).differences[0]?.kind);
      expect(kinds, lang).toEqual(['number', 'number', 'date', 'name']);
    }
  });
});

/** The README's normalizations, each applied to every language's quote. */
const NORMALIZATIONS: Array<[string, (page: string, quote: string) => [string, string]]> = [
  [
    'a line break in the page',
    (page, quote) => {
      const at = quote.indexOf(' ', quote.length / 2);
      const joined = page.replace(quote, `${quote.slice(0, at)}\n${quote.slice(at + 1)}`);
      return [joined, quote];
    },
  ],
  [
    'a word hyphenated at a line end, quoted joined and quoted with the hyphen',
    (page, quote) => {
      const word = [...quote.matchAll(/\p{L}{7,}/gu)][1]![0];
      const split = `${word.slice(0, 3)}-\n${word.slice(3)}`;
      return [page.replace(word, split), quote];
    },
  ],
  [
    'runs of whitespace and tabs in the quote',
    (page, quote) => [page, quote.replace(/ /g, ' \t  ')],
  ],
  ['letter case', (page, quote) => [page, quote.toUpperCase()]],
  [
    'quote and apostrophe variants',
    (page, quote) => [page.replace(quote, `“${quote}”`), `"${quote.replace(/[«»]/g, '"')}"`],
  ],
  ['dash variants', (page, quote) => [page.replace(quote, `${quote} — ок`), `${quote} - ок`]],
  ['Unicode composition', (page, quote) => [page.normalize('NFD'), quote.normalize('NFC')]],
  [
    'invisible characters in the page',
    (page, quote) => {
      const word = [...quote.matchAll(/\p{L}{6,}/gu)][0]![0];
      return [page.replace(word, `${word.slice(0, 2)}\u200b${word.slice(2)}`), quote];
    },
  ],
];

describe('verification matrix: the normalizations the README lists are exact', () => {
  for (const [what, apply] of NORMALIZATIONS)
    it(what, () => {
      for (const [lang, l] of Object.entries(LANGUAGES)) {
        const [page, quote] = apply(l.page, l.quote);
        expect(findQuote(page, quote), `${lang}: ${quote}`).toMatchObject({
          found: true,
          match: 'exact',
          differences: [],
        });
      }
    });

  it('a Latin ligature', () => {
    expect(findQuote('The ﬁnal ﬂight left at noon.', 'the final flight left')).toMatchObject({
      found: true,
      match: 'exact',
    });
  });
});
