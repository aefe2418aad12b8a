import { describe, expect, it } from 'vitest';
import { kinshipMentions } from './kinship.js';
import { extractDocumentPages } from './document.js';

// Invented writers, relatives and places: a kinship noun and a given name make a person of the
// writer's family; nothing else does.
function persons(text: string): string[] {
  return extractDocumentPages([{ page: 1, text, words: null }])
    .filter((e) => e.type === 'person')
    .map((e) => `${e.text} → ${e.normalized}`);
}

function kin(text: string): string[] {
  return extractDocumentPages([{ page: 1, text, words: null }])
    .filter((e) => e.type === 'person' && e.attributes?.source === 'kinship')
    .map((e) => `${e.text} → ${e.normalized}`);
}

describe('kinship noun and given name: a relative of the writer', () => {
  it('Russian: my daughter, nominative; the family name in her gender', () => {
    const text =
      'Уважаемый адвокат!\nМоя дочь Шахзода с марта 2020 года живёт в Ташкенте.\nС уважением, Ирода Бекмуродова';
    expect(kin(text)).toEqual(['Шахзода → Shakhzoda Bekmurodova']);
  });

  it('Russian: a son of a woman writer, an oblique case after an oblique noun', () => {
    const text =
      'Меня зовут Бекмуродова Ирода. Моего сына Бахрома задержали 3 мая 2021 года в Бишкеке.';
    expect(kin(text)).toEqual(['Бахрома → Bakhrom Bekmurodov']);
  });

  it('Ukrainian: my daughter in the accusative (мою доньку Олесю)', () => {
    const text =
      'Я, Стецюк Галина Петрівна, прошу розшукати мою доньку Олесю, яка 4 квітня 2022 року виїхала до Рівного.';
    expect(kin(text)).toEqual(['Олесю → Olesia Stetsiuk']);
  });

  it('Ukrainian: my brother, the family name with one form for both', () => {
    const text = 'Мій брат Тарас працював у Рівному з 2019 року.\nЗ повагою, Галина Стецюк';
    expect(kin(text)).toEqual(['Тарас → Taras Stetsiuk']);
  });

  it('Tajik: the possessive ending fused to the noun, and through the izofa and an adjective', () => {
    const text =
      'Ман, Давлатёр Бобоҷонов, аз шаҳри Кӯлоб. Духтарам Тахмина соли 2019 дар Самарқанд буд. Духтари хурдиам Гулноз ҳоло дар мактаб мехонад. Тахмина ба хона баргашт.';
    expect(kin(text)).toEqual([
      'Тахмина → Takhmina Bobojonova',
      'Гулноз → Gulnoz Bobojonova',
      'Тахмина → Takhmina Bobojonova',
    ]);
  });

  it('Polish: my daughter and my son in the accusative', () => {
    const text =
      'Nazywam się Halina Wróblewska. Moja córka Agnieszka mieszka we Wrocławiu, a mojego syna Bartosza zatrzymano w Gdańsku.';
    expect(kin(text)).toEqual([
      'Agnieszka → Agnieszka Wróblewska',
      'Bartosza → Bartosz Wróblewski',
    ]);
  });

  it('English: our son, with a comma before the name', () => {
    const text =
      'My name is Bahodir Toshev. Our son, Farid, was in Almaty on 2 June 2021.\nSincerely, Bahodir Toshev';
    expect(kin(text)).toEqual(['Farid → Farid Toshev']);
  });

  it('French: ma fille', () => {
    const text = "Je m'appelle Samira Benali. Ma fille Leïla habite à Lille depuis 2018.";
    expect(kin(text)).toEqual(['Leïla → Leïla Benali']);
  });
});

describe('kinship noun and given name: what is no relative of the writer', () => {
  it('a kinship noun followed by a common word or a place', () => {
    expect(kin('Моя дочь учится в Ташкенте.\nС уважением, Ирода Бекмуродова')).toEqual([]);
    expect(kin('Ман, Давлатёр Бобоҷонов, менависам. Писарам Кӯлоб рафт.')).toEqual([]);
    expect(kin('My name is Bahodir Toshev. My son Monday morning left for Almaty.')).toEqual([]);
    expect(kin("Je m'appelle Samira Benali. Mon père Lille l'a quittée en 2010.")).toEqual([]);
  });

  it('a given name with its own family name is left to the name rules', () => {
    const text = 'Моя дочь Шахзода Тешаева живёт в Ташкенте.\nС уважением, Ирода Бекмуродова';
    expect(kin(text)).toEqual([]);
    expect(persons(text).some((p) => p.startsWith('Шахзода Тешаева → '))).toBe(true);
    expect(
      kin('Nazywam się Halina Wróblewska. Mój brat Bartosz Kaczor mieszka w Gdańsku.'),
    ).toEqual([]);
  });

  it('the daughter of someone else, or a kinship noun with no first-person possessive', () => {
    expect(
      kin('My name is Bahodir Toshev. The daughter of her neighbour, Lola, left for Almaty.'),
    ).toEqual([]);
    expect(kin('Меня зовут Бекмуродова Ирода. Дочь соседки Лола уехала в Бишкек.')).toEqual([]);
    expect(kin('Nazywam się Halina Wróblewska. Jej córka Agnieszka mieszka we Wrocławiu.')).toEqual(
      [],
    );
  });

  it('no writer: nothing', () => {
    expect(kin('Ma fille Leïla habite à Lille depuis 2018.')).toEqual([]);
    expect(kin('Мій брат Тарас працював у Рівному з 2019 року.')).toEqual([]);
  });

  it('a given name of the other gender is not this relative', () => {
    expect(kin('Nazywam się Halina Wróblewska. Mój syn Agnieszka mieszka w Gdańsku.')).toEqual([]);
  });
});

describe('kinship noun after a third-person possessive: a relative of the person it refers to', () => {
  it('her, his, её, його, jej, sa, ihre, -аш: the relative bears the family name of the person named before', () => {
    expect(
      kin(
        'CERTIFICATE\nMs Lola Yusufbekova lives in Lyon. Her daughter Zarina moved to Graz in 2020.',
      ),
    ).toEqual(['Zarina → Zarina Yusufbekova']);
    expect(
      kin(
        'СПРАВКА\nГражданин Абдуллоев Тимур проживает в Самаре. Его брат Фаррух работает в Казани.',
      ),
    ).toEqual(['Фаррух → Farrukh Abdulloev']);
    expect(
      kin('Громадянин Стецюк Богдан мешкає у Рівному. Його сина Тараса затримали у Львові.'),
    ).toEqual(['Тараса → Taras Stetsiuk']);
    expect(
      kin('Pani Halina Wróblewska mieszka w Gdańsku. Jej córka Agnieszka studiuje w Poznaniu.'),
    ).toEqual(['Agnieszka → Agnieszka Wróblewska']);
    expect(kin('Mme Samira Benali habite à Lille. Sa fille Leïla travaille à Nantes.')).toEqual([
      'Leïla → Leïla Benali',
    ]);
    expect(
      kin('Frau Dilbar Sultonova wohnt in Graz. Ihre Tochter Madina studiert in Linz.'),
    ).toEqual(['Madina → Madina Sultonova']);
    expect(
      kin(
        'Шаҳрванд Давлатёр Бобоҷонов дар Хуҷанд зиндагӣ мекунад. Духтараш Тахмина дар Самарқанд кор мекунад.',
      ),
    ).toEqual(['Тахмина → Takhmina Bobojonova']);
  });

  it('takes the nearest person before whose gender the possessive agrees with', () => {
    expect(
      kin(
        'Ms Lola Yusufbekova and Mr Anvar Sharipov live in Lyon. His son Daler studies in Graz. Her daughter Zarina studies in Bern.',
      ),
    ).toEqual(['Daler → Daler Sharipov', 'Zarina → Zarina Yusufbekova']);
    expect(
      kin(
        'Гражданка Юсуфбекова Лола и гражданин Шарипов Анвар проживают в Самаре. Её дочь Зарина учится в Казани.',
      ),
    ).toEqual(['Зарина → Zarina Yusufbekova']);
  });

  it('a relative is never the person herself, and a writer says "my", not "her"', () => {
    expect(kin('Ms Lola Yusufbekova lives in Lyon. Her sister Lola lives in Graz.')).toEqual([]);
    expect(kin('Nazywam się Halina Wróblewska. Jej córka Agnieszka mieszka we Wrocławiu.')).toEqual(
      [],
    );
  });

  it('infers no family name for a spouse or a relative by marriage, in six languages', () => {
    const texts = [
      'Ms Lola Yusufbekova lives in Lyon. Her mother-in-law Dilbar visited Graz.',
      'Гражданка Юсуфбекова Лола проживает в Самаре. Её свекровь Дильбар живёт в Казани.',
      'Pani Halina Wróblewska mieszka w Gdańsku. Jej teściowa Dorota mieszka w Poznaniu.',
      'Mme Samira Benali habite à Lille. Sa belle-sœur Nadia travaille à Nantes.',
      'Frau Dilbar Sultonova wohnt in Graz. Ihre Schwiegermutter Gulnora wohnt in Linz.',
      'Громадянка Стецюк Галина мешкає у Рівному. Її свекруха Оксана живе у Львові.',
      'Шаҳрванд Давлатёр Бобоҷонов дар Хуҷанд зиндагӣ мекунад. Хушдоманаш Гулнора дар Самарқанд аст.',
      'Ms Lola Yusufbekova lives in Lyon. Her husband Anvar works in Graz.',
    ];
    for (const t of texts) expect(kin(t)).toEqual([]);
  });
});

describe('kinshipMentions: what other readers found there', () => {
  const row = (type: string, text: string, page: string, normalized: string, source?: string) => {
    const start = page.indexOf(text);
    return {
      page: 1,
      type,
      text,
      normalized,
      start,
      end: start + text.length,
      attributes: source ? { source } : null,
    };
  };

  it('a given name only the model read as a place is the relative, there and where it stands alone', () => {
    const text =
      'Ман, Давлатёр Бобоҷонов, менависам. Духтарам Тахмина дар мактаб кор мекард. Тахмина хона омад.';
    const rows = [
      row('person', 'Давлатёр Бобоҷонов', text, 'Davlatyor Bobojonov'),
      row('place', 'Тахмина', text, 'Тахмина', 'ner'),
    ];
    const { add, replace } = kinshipMentions([{ page: 1, text }], rows);
    expect(add.map((a) => [a.text, a.normalized])).toEqual([
      ['Тахмина', 'Takhmina Bobojonova'],
      ['Тахмина', 'Takhmina Bobojonova'],
    ]);
    expect([...replace].map((r) => r.type)).toEqual(['place']);
  });

  it('a place the gazetteer knows, an organization or a date stays what it is', () => {
    const text = 'My name is Bahodir Toshev. My son Almaty was there.';
    for (const type of ['place', 'organization'])
      expect(
        kinshipMentions(
          [{ page: 1, text }],
          [
            row('person', 'Bahodir Toshev', text, 'Bahodir Toshev'),
            row(type, 'Almaty', text, 'Almaty'),
          ],
        ).add,
      ).toEqual([]);
  });
});
