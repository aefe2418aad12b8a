import { describe, expect, it } from 'vitest';
import { findPersons } from './persons.js';
import { extractDocumentPages } from './document.js';
import { newContext } from './types.js';

const names = (text: string) =>
  findPersons(text, newContext(), []).map((f) => [text.slice(f.start, f.end), f.normalized]);

// Invented people. Each kind of form in several languages and scripts.
describe('findPersons: "Family, Given"', () => {
  it('a family name in capitals before a title-case given name, in any script', () => {
    expect(names('Passenger: KHOLIQOVA, Sitora (born 1991)')).toEqual([
      ['KHOLIQOVA, Sitora', 'Sitora Kholiqova'],
    ]);
    expect(names('Заявитель: ДАВЛАТОВ, Парвиз, гражданин')).toEqual([
      ['ДАВЛАТОВ, Парвиз', 'Parviz Davlatov'],
    ]);
    expect(names('Wnioskodawca: BRZEZIŃSKI, Aurelio')).toEqual([
      ['BRZEZIŃSKI, Aurelio', 'Aurelio Brzeziński'],
    ]);
  });

  it('a family name with a surname ending before a listed given name', () => {
    expect(names('Index of witnesses: Ergashev, Bakhtiyor; Holloway, Peter.')).toEqual([
      ['Ergashev, Bakhtiyor', 'Bakhtiyor Ergashev'],
    ]);
    expect(names('Список: Саидова, Дилбар — свидетель')).toEqual([
      ['Саидова, Дилбар', 'Dilbar Saidova'],
    ]);
  });

  it('a list of family names is not read as "Family, Given"', () => {
    expect(names('the brothers Ergashev, Davlatov and Kholiqov')).toEqual([]);
  });
});

describe('findPersons: words that are never names', () => {
  it('head nouns of organizations and German articles are no name parts', () => {
    expect(names('na wniosek Placówki Podhalańskiej')).toEqual([]);
    expect(names('the Eurasia Division of the ministry')).toEqual([]);
    expect(names('Der Verfolgte wurde festgenommen.')).toEqual([]);
  });
});

describe('findPersons: Ukrainian romanization', () => {
  it('Ukrainian names follow the national standard (ю → iu, я → ia inside a word)', () => {
    expect(names('інспектор Пилипюк О. В. склав')).toEqual([['Пилипюк О. В.', 'O. V. Pylypiuk']]);
    expect(names('старший лейтенант Бондарчук Оксана Юріївна')).toEqual([
      ['Бондарчук Оксана Юріївна', 'Oksana Bondarchuk'],
    ]);
  });
});

describe('findPersons: faults of generality', () => {
  it('a name at the start of a wrapped line is read like one inside the line', () => {
    expect(names('The court heard that her husband,\nDavron Kholiqov, had been detained')).toEqual([
      ['Davron Kholiqov', 'Davron Kholiqov'],
    ]);
    expect(names('Аризу дар бораи шавҳари ӯ,\nДаврон Холиқов, баррасӣ шуд')).toEqual([
      ['Даврон Холиқов', 'Davron Kholiqov'],
    ]);
  });

  it('a Latin given name keeps its -a outside Polish text', () => {
    expect(names('Interpreter Zulkhumora Kholiqova (Uzbek/Russian)')).toEqual([
      ['Zulkhumora Kholiqova', 'Zulkhumora Kholiqova'],
    ]);
    expect(names('Traductrice : Malohat Saidova, assermentée')).toEqual([
      ['Malohat Saidova', 'Malohat Saidova'],
    ]);
  });

  it('a family name that a civil register also lists as a given name is still a family name', () => {
    expect(names('By Laura Whitfield, researcher')).toEqual([
      ['Laura Whitfield', 'Laura Whitfield'],
    ]);
    expect(names('La greffière, Camille Lambert, a signé')).toEqual([
      ['Camille Lambert', 'Camille Lambert'],
    ]);
  });

  it('a title in an oblique case is no name part', () => {
    expect(names('ходатайство адвокату Бондаренко направлено')).toEqual([]);
    expect(names('передано следователю Кравцу для')).toEqual([]);
  });
});

// Invented people; the given names here are on no list, so only the shape and the document say they are names.
describe('findPersons: "Family, Given" with a given name no list knows', () => {
  const all = (text: string) =>
    findPersons(text, newContext(), []).map((f) => [f.text, f.normalized]);

  it('a surname ending before a comma and a title-case word is the family name, in any script', () => {
    expect(all('Subject: Sharipov, Sukhrob\nSharipov, Sukhrob was questioned on Monday.')).toEqual([
      ['Sharipov, Sukhrob', 'Sukhrob Sharipov'],
      ['Sharipov, Sukhrob', 'Sukhrob Sharipov'],
    ]);
    expect(all('Тема: Шарипов, Сухроб прибыл в консульство.')).toEqual([
      ['Шарипов, Сухроб', 'Sukhrob Sharipov'],
    ]);
    expect(all('Dotyczy: Wróblewski, Eustachy stawił się w sądzie.')).toEqual([
      ['Wróblewski, Eustachy', 'Eustachy Wróblewski'],
    ]);
  });

  it('later mentions carry the full name: the family name alone, the given name with the family initial', () => {
    expect(
      all(
        'Sharipov, Sukhrob left the city. Sukhrob S. was then heard by the consul. Later Sharipov wrote.',
      ),
    ).toEqual([
      ['Sharipov, Sukhrob', 'Sukhrob Sharipov'],
      ['Sukhrob S.', 'Sukhrob Sharipov'],
      ['Sharipov', 'Sukhrob Sharipov'],
    ]);
    expect(all('Шарипов, Сухроб уехал. Сухроб Ш. затем дал показания.')).toEqual([
      ['Шарипов, Сухроб', 'Sukhrob Sharipov'],
      ['Сухроб Ш.', 'Sukhrob Sharipov'],
    ]);
  });

  it('a list of family names, a family name before a title or another name, is not "Family, Given"', () => {
    expect(all('Present: Sharipov, Davlatov, Kholiqov.')).toEqual([]);
    expect(all('Sharipov, Deputy Minister, signed.')).toEqual([]);
    expect(all('Sharipov, Sukhrob Mirzo and others')).toEqual([]);
  });

  it('pronouns are never persons', () => {
    expect(all('He said that he had left. His request was declined. She agreed.')).toEqual([]);
  });
});

describe('findPersons: a name never runs into the next line unless the line was wrapped inside it', () => {
  const all = (text: string) =>
    findPersons(text, newContext(), []).map((f) => [f.text, f.normalized]);

  it('a short heading or label line ends the name', () => {
    const text =
      'To: Bakhtiyor\nErgashev Sukhrob and the interpreter arrived at the consulate that morning.\n';
    for (const [t] of all(text)) expect(t).not.toContain('\n');
    expect(
      all('Copy: Dilbar\nSaidova went home after the hearing in the afternoon of that day.'),
    ).toEqual([]);
  });

  it('a line of running text wrapped between the given and the family name joins them', () => {
    const text =
      'The consul of the republic received the applications and then met with Bakhtiyor\nErgashev at noon, as agreed with the lawyer.';
    expect(all(text)).toEqual([['Bakhtiyor\nErgashev', 'Bakhtiyor Ergashev']]);
  });

  it('a given name the document already gave someone reads with the family name at a line start', () => {
    expect(all('Subject: Sharipov, Sukhrob\nSukhrob Sharipov arrived.')).toEqual([
      ['Sharipov, Sukhrob', 'Sukhrob Sharipov'],
      ['Sukhrob Sharipov', 'Sukhrob Sharipov'],
    ]);
  });
});

/** Persons of the whole extraction (places and organizations found first, as in an ingest). */
const pagePersons = (text: string) =>
  extractDocumentPages([{ page: 1, text, words: null }])
    .filter((e) => e.type === 'person')
    .map((e) => [e.text, e.normalized]);

describe('extraction: a name in capitals wrapped by the page width', () => {
  // A record's running text; the lines are as long as the page, so the break is the printer's.
  const wrap = (before: string, family: string, given: string, after: string) =>
    `${before} ${family}\n${given} ${after}`;
  it('joins FAMILY⏎GIVEN across a wrapped line though no list holds the given name', () => {
    const uk = wrap(
      'За даними бази громадянка Республіки Узбекистан, яка прибула рейсом,',
      'ТОШМАТОВА',
      'ГУЛЧЕХРА',
      '(паспорт серії АА), перетнула кордон у пункті пропуску.',
    );
    expect(pagePersons(uk)).toEqual([['ТОШМАТОВА\nГУЛЧЕХРА', 'Gulchekhra Toshmatova']]);
    const ru = wrap(
      'Согласно сведениям базы данных гражданин Республики Казахстан',
      'ЖУМАБЕКОВ',
      'НУРЖАН',
      'пересёк границу в пункте пропуска.',
    );
    expect(pagePersons(ru)).toEqual([['ЖУМАБЕКОВ\nНУРЖАН', 'Nurzhan Zhumabekov']]);
    const en = wrap(
      'According to the database the citizen of the Kyrgyz Republic, passenger',
      'ABDRAKHMANOVA',
      'AIZADA',
      'crossed the border at the checkpoint.',
    );
    expect(pagePersons(en)).toEqual([['ABDRAKHMANOVA\nAIZADA', 'Aizada Abdrakhmanova']]);
  });

  it('does not join capitals over a line a writer ended (a heading, a short line)', () => {
    expect(pagePersons('ВИСНОВОК ТОШМАТОВА\nЗАТВЕРДЖУЮ\nначальник відділу')).toEqual([]);
    expect(pagePersons('Справа № 12\nЖУМАБЕКОВ\nНУРЖАН')).toEqual([]);
  });
});

describe('findPersons: family names known by their endings', () => {
  it('Lithuanian names after an office, in English running text and on a signature line', () => {
    expect(names('The appeal may be lodged in 14 days.\nDeputy Head Laima Grigaitienė\n')).toEqual([
      ['Laima Grigaitienė', 'Laima Grigaitienė'],
    ]);
    expect(names('the inspector Vaidas Mickevičius and the clerk Eglė Jurgaitytė')).toEqual([
      ['Vaidas Mickevičius', 'Vaidas Mickevičius'],
      ['Eglė Jurgaitytė', 'Eglė Jurgaitytė'],
    ]);
  });

  it('German spellings of Tajik names (-soda, dsch, ch)', () => {
    expect(names('betreffend den Verfolgten Dschamoliddin Sanginsoda, geboren 1987')).toEqual([
      ['Dschamoliddin Sanginsoda', 'Dschamoliddin Sanginsoda'],
    ]);
    expect(names('und seine Ehefrau Parwina Churramsoda wohnt in Cottbus')).toEqual([
      ['Parwina Churramsoda', 'Parwina Churramsoda'],
    ]);
  });
});

describe('findPersons: a noun opening a paragraph under a heading', () => {
  it('is no given name before a family name in the genitive (guilt of, role of, testimony of)', () => {
    expect(
      names('3. Доказательства\nВина Юсуповой Д. Р. подтверждается материалами дела.'),
    ).toEqual([['Юсуповой Д. Р.', 'D. R. Yusupova']]);
    expect(names('Мотивировочная часть\nРоль Собировой Н. С. в организации не доказана.')).toEqual([
      ['Собировой Н. С.', 'N. S. Sobirova'],
    ]);
    expect(names('ІІ. Обставини\nВина Ткачука О. П. не доведена.')).toEqual([
      ['Ткачука О. П.', 'O. P. Tkachuk'],
    ]);
  });

  it('still reads a given name and family name opening a line of wrapped running text', () => {
    expect(
      names(
        'В ходе допроса свидетель подробно рассказала о событиях того дня, и её слова подтвердил\nФариду Собирову, который был рядом.',
      ),
    ).toEqual([['Фариду Собирову', 'Farid Sobirov']]);
  });
});

describe('findPersons: a short line inside a sentence is no heading', () => {
  it('reads an unlisted given name after a line that continues a sentence', () => {
    expect(
      names(
        'In der Auslieferungssache\nbetreffend den usbekischen Staatsangehörigen\nSchuchrat Sanginsoda, geboren 1984',
      ),
    ).toEqual([['Schuchrat Sanginsoda', 'Schuchrat Sanginsoda']]);
    expect(
      names('La Cour statue sur le cas du ressortissant\nZafarjon Sanginzoda, né en 1984.'),
    ).toEqual([['Zafarjon Sanginzoda', 'Zafarjon Sanginzoda']]);
  });
});

// A given name in an oblique case without a patronymic: the case of the name, not the family name's
// ending (also a man's dative in -ову), says whose it is. Invented family names.
describe('given names in oblique cases, back to the nominative', () => {
  const persons = (text: string) =>
    extractDocumentPages([{ page: 1, text, words: null }])
      .filter((e) => e.type === 'person')
      .map((e) => e.normalized);

  it("a woman's name in -а or -я in the accusative, genitive, dative and instrumental (ru)", () => {
    expect(persons('Полиция задержала Марию Лебедяеву в Казани.')).toEqual(['Mariya Lebedyaeva']);
    expect(persons('Следователь допросил Ольгу Тернову.')).toEqual(['Olga Ternova']);
    expect(persons('Мы видели Наталью Кравец и Юлию Стоун.')).toEqual([
      'Natalya Kravets',
      'Yuliya Stoun',
    ]);
    expect(persons('Письмо Софии Лунд и Тамаре Гербовой.')).toEqual([
      'Sofiya Lund',
      'Tamara Gerbova',
    ]);
    expect(persons('Беседа с Натальей Кравец и Ольгой Терновой.')).toEqual([
      'Natalya Kravets',
      'Olga Ternova',
    ]);
  });

  it("a woman's name in Ukrainian cases, and in capitals", () => {
    expect(persons('Вона бачила Оксану Гребенюк у Львові.')).toEqual(['Oksana Hrebeniuk']);
    expect(persons('Лист Ксенії Мартинюк надійшов учора.')).toEqual(['Kseniia Martyniuk']);
    expect(persons('ЗАДЕРЖАЛИ ОЛЬГУ ТЕРНОВУ')).toEqual(['Olga Ternova']);
  });

  it("a man's name keeps his dative and the vowel his name drops (Павлу of Павел)", () => {
    expect(persons('Повестка вручена Ивану Тернову.')).toEqual(['Ivan Ternov']);
    expect(persons('Повестка вручена Павлу Тернову.')).toEqual(['Pavel Ternov']);
    expect(persons('Повестка вручена Олегу Тернову.')).toEqual(['Oleg Ternov']);
  });
});
