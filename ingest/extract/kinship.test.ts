import { describe, expect, it } from 'vitest';
import { kinshipMentions } from './kinship.js';
import { extractDocumentPages } from './stage.js';

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
