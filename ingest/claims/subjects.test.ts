import { describe, expect, it } from 'vitest';
import { pageClaims } from '../../test/page-mentions.js';

function claimsOf(text: string) {
  const { claims, byId } = pageClaims(text);
  return claims.map((c) => ({
    who: c.personIds.map((i) => byId.get(i)?.normalized),
    place: c.place,
    from: c.from,
    kind: c.kind,
  }));
}

// Invented people and events: whom a pronoun or a role noun names once more people are on the page.
describe('readClaims: subjects among several people', () => {
  it('a pronoun before the person named is the subject: that person only receives', () => {
    const text =
      'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nОбвиняемая Расулова Гулнора Тохировна собрала средства.\n2) 4 октября 2019 г. в г. Анталье деньги были переданы ею представителю Шералиеву Бахтиёру.';
    expect(claimsOf(text).map((c) => c.who[0])).toEqual(['Gulnora Rasulova']);
  });

  it('a feminine pronoun names the last woman, not the last person', () => {
    const text =
      'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nРасулова Гулнора Тохировна встретилась с Шералиевым Бахтиёром.\n4 октября 2019 г. она вылетела в г. Анталья.';
    expect(claimsOf(text).map((c) => c.who[0])).toEqual(['Gulnora Rasulova']);
  });

  it('an official named by title is never the person a role noun or a pronoun means', () => {
    const text =
      'POSTANOWIENIE\nSędzia: Weronika Sadowska\nCudzoziemka Gulnora Rasulowa złożyła wniosek.\nStrona tadżycka zarzuca cudzoziemce, że w okresie od 3 do 9 sierpnia 2019 r. przebywała w Moskwie.';
    expect(claimsOf(text).map((c) => c.who[0])).toEqual(['Gulnora Rasulova']);
    const de =
      'BESCHLUSS\nRichter am Landgericht Konrad Wegener\nDer Verfolgte Bakhtiyor Sheraliev wurde festgenommen.\nDie Behörden werfen ihm vor, er habe sich von Januar bis März 2020 in Minsk aufgehalten.';
    expect(claimsOf(de).map((c) => c.who[0])).toEqual(['Bakhtiyor Sheraliev']);
  });

  it('a trigger word begins a word: a stem is not found inside another word', () => {
    const text =
      'ДОВІДКА\nУ період з 3 березня 2019 р. по 5 травня 2020 р. громадянка Расулова Гулнора Тохирівна перебувала на території України.';
    expect(claimsOf(text)).toEqual([
      { who: ['Gulnora Rasulova'], place: 'Ukraine', from: '2019-03-03', kind: 'stay' },
    ]);
  });
});

// Invented letters: a relative the writer names by a kinship noun and a given name is the subject of
// what the sentence says about her, under the writer's family name.
describe('readClaims: a relative named by a kinship noun', () => {
  it('Russian, Ukrainian, Polish, English, French and Tajik letters', () => {
    expect(
      claimsOf(
        'Уважаемый адвокат!\nМоя дочь Шахзода с 1 по 20 мая 2021 года жила в Бишкеке.\nС уважением, Ирода Бекмуродова',
      ).map((c) => c.who[0]),
    ).toEqual(['Shakhzoda Bekmurodova']);
    expect(
      claimsOf(
        'Шановний адвокате!\nМоя донька Олеся з 3 по 9 березня 2022 року перебувала у Полтаві.\nЗ повагою, Галина Стецюк',
      ).map((c) => c.who[0]),
    ).toEqual(['Olesia Stetsiuk']);
    expect(
      claimsOf(
        'Szanowny Panie Mecenasie!\nMoja córka Agnieszka od 2 do 8 czerwca 2021 r. przebywała we Wrocławiu.\nZ poważaniem, Halina Wróblewska',
      ).map((c) => c.who[0]),
    ).toEqual(['Agnieszka Wróblewska']);
    expect(
      claimsOf(
        'Dear Sir,\nMy name is Bahodir Toshev. My son Farid lived in Almaty from 2 June to 9 July 2021.',
      ).map((c) => c.who[0]),
    ).toEqual(['Farid Toshev']);
    expect(
      claimsOf(
        "Chère Madame!\nJe m'appelle Samira Benali. Ma fille Leïla a séjourné à Lille du 2 au 9 mai 2021.",
      ).map((c) => c.who[0]),
    ).toEqual(['Leïla Benali']);
    expect(
      claimsOf(
        'МУРОҶИАТ\nМан, Давлатёр Бобоҷонов, менависам. Духтарам Тахмина аз 2 то 9 майи соли 2021 дар Самарқанд зиндагӣ мекард.',
      ).map((c) => c.who[0]),
    ).toEqual(['Takhmina Bobojonova']);
  });
});
