import { describe, expect, it } from 'vitest';
import { closeQuote, findNamedEntities } from './ner.js';

// Invented sentences: each names a person, a place and an organization that no list of the project
// holds, so the model must read them from their form and context.
const found = (text: string) =>
  findNamedEntities(text).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

const CASES: Array<[string, string, string[]]> = [
  [
    'English',
    'On Monday, Marcus Trevelyan flew from Port Halberd to meet the board of Quillmont Logistics Ltd.',
    ['person:Marcus Trevelyan', 'place:Port Halberd', 'organization:Quillmont Logistics Ltd'],
  ],
  [
    'German',
    'Am Montag traf Heinrich Wolfsteiner in Oberkratzing die Vertreter der Firma Brandauer Metallbau GmbH.',
    ['person:Heinrich Wolfsteiner', 'place:Oberkratzing', 'organization:Brandauer Metallbau GmbH'],
  ],
  [
    'French',
    "Lundi, Étienne Marchasson s'est rendu à Villeneuve-sur-Ardouze pour rencontrer la société Bretonnel Transports.",
    [
      'person:Étienne Marchasson',
      'place:Villeneuve-sur-Ardouze',
      'organization:Bretonnel Transports',
    ],
  ],
  [
    'Ukrainian',
    'У понеділок Остап Бойчук прибув до села Верхні Ставки, де зустрівся з представниками ТОВ «Дніпроагроспецтранс».',
    ['person:Остап Бойчук', 'place:Верхні Ставки', 'organization:ТОВ «Дніпроагроспецтранс»'],
  ],
  [
    'Tajik',
    'Рӯзи душанбе Фаррух Давронзода ба деҳаи Сарикӯл омад ва бо намояндагони ҶДММ «Ҳисор-Сохтмон» вохӯрд.',
    ['person:Фаррух Давронзода', 'place:Сарикӯл', 'organization:Ҳисор-Сохтмон'],
  ],
  [
    'Russian',
    'Вчера Тимур Нуралиев приехал в посёлок Кызылбулак и встретился с директором компании «Зарафшон Логистик».',
    ['person:Тимур Нуралиев', 'place:Кызылбулак', 'organization:Зарафшон Логистик'],
  ],
  // Known weakness: a Polish company name without a legal form (Mazowbud) is read as a person.
  [
    'Polish',
    'W poniedziałek Zbigniew Kowalczewski przyjechał do Wólki Dębowej, gdzie czekał na autobus.',
    ['person:Zbigniew Kowalczewski', 'place:Wólki Dębowej'],
  ],
];

describe('named entities by the statistical tagger', () => {
  for (const [language, text, expected] of CASES) {
    it(`finds an unlisted person, place and organization in ${language}`, () => {
      expect(found(text)).toEqual(expect.arrayContaining(expected));
    });
  }

  it('does not take common capitalised words for names', () => {
    for (const text of [
      'On Monday the court adjourned.',
      'Вчера суд отложил заседание.',
      'Am Montag vertagte das Gericht die Sitzung.',
      'W poniedziałek sąd odroczył posiedzenie.',
    ]) {
      expect(found(text)).toEqual([]);
    }
  });

  it('never joins the words of two lines into one name', () => {
    const text = 'Свидетель пояснил, что Москва\nКиев';
    expect(found(text)).toEqual(['place:Москва', 'place:Киев']);
  });

  it('joins a name hyphenated at a line end', () => {
    const text = 'On Monday, Marcus Treve-\nlyan arrived.';
    expect(found(text)).toEqual(['person:Marcus Treve-\nlyan']);
  });
});

describe('quotes around names', () => {
  it('ends a name that opens a quote after its closing mark, in each quoting style', () => {
    const cases: Array<[string, string]> = [
      ['Договор подписан с ТОВ «Дніпроагроспецтранс» в понеділок.', 'ТОВ «Дніпроагроспецтранс'],
      ['Umowę zawarto ze spółką „Mazowbud Serwis” w Radomiu.', '„Mazowbud Serwis'],
      ['The contract went to "Quillmont Freight" last year.', '"Quillmont Freight'],
      ['Contrat signé avec la société «Bretonnel» hier.', '«Bretonnel'],
    ];
    for (const [text, cut] of cases) {
      const start = text.indexOf(cut);
      expect(text.slice(start, closeQuote(text, start, start + cut.length))).toBe(
        `${cut}${text.charAt(start + cut.length)}`,
      );
    }
  });

  it('leaves a name alone that opens no quote or closes its own', () => {
    const text = 'ТОВ «Нива» і Остап Бойчук»';
    expect(closeQuote(text, 0, 10)).toBe(10);
    expect(closeQuote(text, 13, 25)).toBe(25);
    expect(closeQuote('ТОВ «Нива', 0, 9)).toBe(9);
  });
});
