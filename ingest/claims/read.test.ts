import { describe, expect, it } from 'vitest';
import { claimRows, pageClaims, tablePage } from '../../test/page-mentions.js';
import { readClaims } from './read.js';

/** The claims of one invented page, with its entities by id. */
function read(text: string) {
  return pageClaims(text);
}

function claimsOf(text: string) {
  const { claims, byId } = read(text);
  return claims.map((c) => ({
    who: c.personIds.map((i) => byId.get(i)?.normalized),
    place: c.place,
    from: c.from,
    to: c.to,
    stance: c.stance,
  }));
}

/** [kind, place, from] of each claim. */
const eventsOf = (text: string) => read(text).claims.map((c) => [c.kind, c.place, c.from]);

// Every person and event here is invented: no evaluation corpus tells them.
describe('readClaims', () => {
  it('reads an accusation: the destination of the flight, alleged', () => {
    expect(
      claimsOf(
        'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nПреследуя корыстную цель, 4 октября 2019 года Расулова Г. Т. вылетела из г. Куляб в г. Анталья.',
      ),
    ).toEqual([
      {
        who: ['G. T. Rasulova'],
        place: 'Antalya',
        from: '2019-10-04',
        to: '2019-10-04',
        stance: 'alleged',
      },
    ]);
  });

  it('reads what a letter or a decision cites of an accusation as alleged, in four languages', () => {
    const alleged = (text: string) =>
      claimsOf(text).map((c) => [c.who.join(), c.place, c.from, c.stance]);
    expect(
      alleged(
        'Dear Sir,\n\nI write for my client, Halima Yusupova.\nAccording to the extradition request, she travelled from Tashkent to Istanbul on 15 March 2019.',
      ),
    ).toEqual([['Halima Yusupova', 'Istanbul', '2019-03-15', 'alleged']]);
    expect(
      alleged(
        'Szanowni Państwo,\n\npiszę w imieniu Haliny Osmanowej.\nWedług wniosku o ekstradycję w dniu 15 marca 2019 r. przyleciała ona do Stambułu.',
      ),
    ).toEqual([['Halina Osmanova', 'Istanbul', '2019-03-15', 'alleged']]);
    expect(
      alleged(
        'POSTANOWIENIE\nSąd Rejonowy w Zamościu postanowił wobec Haliny Osmanowej, podejrzanej o to, że w dniu 15 marca 2019 r. w Stambule przekazała pieniądze, odmówić aresztu.',
      ),
    ).toEqual([['Halina Osmanova', 'Istanbul', '2019-03-15', 'alleged']]);
    expect(
      alleged(
        'Уважаемый судья,\n\nпишу в защиту Халимы Юсуповой.\nСогласно запросу о выдаче, 15 марта 2019 года она вылетела в Стамбул.',
      ),
    ).toEqual([['Khalima Yusupova', 'Istanbul', '2019-03-15', 'alleged']]);
  });

  it('never dates an event by a birth date the extractor cut before its marker', () => {
    const c = claimsOf(
      'ДОВІДКА\nГромадянка Олеся Марчук, 12.09.1990 р.н., перетнула державний кордон України в м. Ужгород 03.01.2019 (в’їзд).',
    );
    expect(c.map((x) => x.from)).toEqual(['2019-01-03']);
  });

  it('reads a date range and a stay from a record, documented', () => {
    expect(
      claimsOf(
        'ДОВІДКА\nУ період з 2 березня 2019 р. по 14 вересня 2020 р. громадянка Расулова Гулнора Тохирівна перебувала на території України.',
      ),
    ).toEqual([
      {
        who: ['Gulnora Rasulova'],
        place: 'Ukraine',
        from: '2019-03-02',
        to: '2020-09-14',
        stance: 'documented',
      },
    ]);
  });

  it("reads first-person testimony for the letter's author, and skips what others are said to claim", () => {
    const letter =
      'Добрый день!\nМеня зовут Расулова Гулнора, я родом из Таджикистана.\nСледователь утверждает, что я 4 октября 2019 летала в Анталью.\nЯ жила в Полтаве с марта 2019 года.';
    expect(claimsOf(letter)).toEqual([
      {
        who: ['Gulnora Rasulova'],
        place: 'Poltava',
        from: '2019-03',
        to: null,
        stance: 'testimony',
      },
    ]);
  });

  it('skips what others are said to claim when they are said to write it', () => {
    const letter =
      'Добрый день!\nМеня зовут Расулова Гулнора, я родом из Таджикистана.\nСледователь пишет, что я 4 октября 2019 летала в Анталью.\nЯ жила в Полтаве с марта 2019 года.';
    expect(claimsOf(letter)).toEqual([
      {
        who: ['Gulnora Rasulova'],
        place: 'Poltava',
        from: '2019-03',
        to: null,
        stance: 'testimony',
      },
    ]);
  });

  it('reads nothing from a news report, which points to sources rather than being one', () => {
    expect(
      claimsOf(
        'Steppe Justice Weekly\nBy Graham Whitcombe · February 3, 2021\nGulnora Rasulova flew to Antalya on October 4, 2019.',
      ),
    ).toEqual([]);
  });

  it('resolves "she" and "the wanted person" to the person the notice is about', () => {
    const notice =
      'INTERPOL — RED NOTICE\nPresent family name RASULOVA\nForename GULNORA\nSummary of facts: The wanted person is suspected of having travelled on 04 OCT 19 by air from KULOB to ANTALYA. During November 2019 she crossed illegally into the Syrian Arab Republic.';
    expect(claimsOf(notice).map((c) => [c.who[0], c.place, c.from])).toEqual([
      ['Gulnora Rasulova', 'Antalya', '2019-10-04'],
      ['Gulnora Rasulova', 'Syria', '2019-11'],
    ]);
  });

  it('places the subject of a marriage, not the partner named after "with"; a certificate places both parties', () => {
    const ruling =
      'POSTANOWIENIE\nSąd ustalił, że Guzal Rasulowa przebywała na Ukrainie. Dnia 21 czerwca 2019 r. w Połtawie zawarła związek małżeński z Zafarem Muchiddinowem.';
    expect(
      claimsOf(ruling)
        .filter((c) => c.place === 'Poltava')
        .map((c) => c.who),
    ).toEqual([['Guzal Rasulova']]);
    const certificate =
      'ШАҲОДАТНОМАИ НИКОҲ\nМухиддинов Зафар Бахромович ва Расулова Гузал Тохировна 21 июня 2019 года в г. Полтаве заключили никах.';
    expect(claimsOf(certificate).map((c) => c.who)).toEqual([
      ['Zafar Mukhiddinov', 'Guzal Rasulova'],
    ]);
  });

  it('never places the partner named after "with", even when the sentence names no subject and the document has two main persons', () => {
    // The entities are given (whatever reads them), so the case is about the reader alone: the
    // partner is found as a person, and the sentence's subject is dropped (Polish, Russian, Ukrainian).
    const cases: Array<[string, string[], string, string, string]> = [
      [
        'POSTANOWIENIE\nSąd ustalił, że Halina Wronka przebywała w Polsce. Dnia 5 maja 2019 r. w Lublinie zawarła związek małżeński z Tarasem Hnatiukiem.',
        ['Halina Wronka', 'Tarasem Hnatiukiem'],
        'Lublinie',
        '2019-05-05',
        'Lublin',
      ],
      [
        'РЕШЕНИЕ\nСуд установил, что Алина Морозко проживала в России. 5 мая 2019 года в Казани зарегистрировала брак с Тимуром Гараевым.',
        ['Алина Морозко', 'Тимуром Гараевым'],
        'Казани',
        '2019-05-05',
        'Kazan',
      ],
      [
        'РІШЕННЯ\nСуд встановив, що Олена Гнатюк проживала в Україні. 5 травня 2019 року у Львові уклала шлюб з Тарасом Бойком.',
        ['Олена Гнатюк', 'Тарасом Бойком'],
        'Львові',
        '2019-05-05',
        'Lviv',
      ],
    ];
    for (const [text, people, placeText, date, place] of cases) {
      const at = (t: string) => text.indexOf(t);
      const names = ['Subject One', 'Partner Two'];
      const entities = [
        ...people.map((t, i) => ({
          type: 'person',
          text: t,
          normalized: names[i] as string,
          start: at(t),
          end: at(t) + t.length,
        })),
        {
          type: 'place',
          text: placeText,
          normalized: place,
          start: at(placeText),
          end: at(placeText) + placeText.length,
        },
        ...(() => {
          const m = /\d{1,2} \p{L}+ 2019/u.exec(text);
          return m
            ? [
                {
                  type: 'date',
                  text: m[0],
                  normalized: date,
                  start: m.index,
                  end: m.index + m[0].length,
                },
              ]
            : [];
        })(),
      ].map((e, i) => ({ ...e, id: i + 1, page: 1, attributes: null }));
      const byId = new Map(entities.map((e) => [e.id, e.normalized]));
      const placed = readClaims([{ page: 1, text }], entities)
        .filter((c) => c.place === place)
        .map((c) => c.personIds.map((i) => byId.get(i)));
      expect(placed.flat()).not.toContain('Partner Two');
      expect(placed.flat()).toContain('Subject One');
    }
  });

  it('keeps an entry stamp to its own day: what follows from it is for the contradictions to reason', () => {
    const stamps =
      "ШИНОСНОМА / PASSPORT\nНасаб / Surname\nРАСУЛОВА / RASULOVA\nHom / Given names\nГУЛНОРА / GULNORA\nУКРАЇНА 0512\nЯГОДИН\n02.03.19\nВ'ЇЗД\nУКРАЇНА 0833\nКРАКОВЕЦЬ\n14.09.20\nВИЇЗД";
    expect(claimsOf(stamps).map((c) => [c.place, c.from, c.to])).toEqual([
      ['Yahodyn', '2019-03-02', '2019-03-02'],
      ['Krakovets', '2020-09-14', '2020-09-14'],
    ]);
  });

  it('reads a numbered list of passive allegations whole: each item inherits the subject, a bare first day opens a range, a relative date counts from the one before', () => {
    const charge =
      'ПОСТАНОВЛЕНИЕ\nо привлечении в качестве обвиняемой\nСафаровой Д. Р. совершены преступления при следующих обстоятельствах. В частности:\n1) с 4 по 8 июня 2020 г. в г. Казани ею были проведены собрания;\n2) 10 июня 2020 г. из г. Казани ею был совершён перелёт в г. Анталья;\n3) спустя три недели там же, в Анталье, документы были переданы ею курьеру.';
    expect(claimsOf(charge).map((c) => [c.who[0], c.place, c.from, c.to, c.stance])).toEqual([
      ['D. R. Safarova', 'Kazan', '2020-06-04', '2020-06-08', 'alleged'],
      ['D. R. Safarova', 'Antalya', '2020-06-10', '2020-06-10', 'alleged'],
      ['D. R. Safarova', 'Antalya', '2020-07-01', '2020-07-01', 'alleged'],
    ]);
  });

  it('reads relative dates in English, Polish and German from the date before', () => {
    const en = claimsOf(
      'RED NOTICE\nThe wanted person Dilnoza Saidova flew to Antalya on 4 June 2020. Two weeks later she arrived in Kazan.',
    );
    expect(en.map((c) => [c.place, c.from])).toEqual([
      ['Antalya', '2020-06-04'],
      ['Kazan', '2020-06-18'],
    ]);
    const pl = claimsOf(
      'AKT OSKARŻENIA\nDnia 4 czerwca 2020 r. Dilnoza Saidowa przyleciała do Stambułu. Tydzień później przebywała w Kazaniu.',
    );
    expect(pl.map((c) => [c.place, c.from])).toEqual([
      ['Istanbul', '2020-06-04'],
      ['Kazan', '2020-06-11'],
    ]);
    const de = claimsOf(
      'ANKLAGESCHRIFT\nAm 4. Juni 2020 flog die Angeschuldigte Dilnoza Saidova nach Antalya. Zwei Wochen später hielt sie sich in Riga auf.',
    );
    expect(de.map((c) => [c.place, c.from])).toEqual([
      ['Antalya', '2020-06-04'],
      ['Riga', '2020-06-18'],
    ]);
  });

  it("reads an accusation a court reports as alleged, and the court's own finding as documented", () => {
    const pl = claimsOf(
      'POSTANOWIENIE\nStrona uzbecka zarzuca cudzoziemce Dilnozie Saidowej, że w okresie od 3 do 17 marca 2019 r. przebywała w Kazaniu.',
    );
    expect(pl.map((c) => [c.place, c.from, c.to, c.stance])).toEqual([
      ['Kazan', '2019-03-03', '2019-03-17', 'alleged'],
    ]);
    const de = claimsOf(
      'Beschluss\nin der Auslieferungssache betreffend Shodmon Aliev\nDie Behörden werfen ihm vor, er habe sich von Februar bis April 2021 in Riga aufgehalten. Tatsächlich befand sich der Verfolgte vom 2. Januar 2021 bis zum 9. Mai 2021 in Haft in Vilnius.',
    );
    expect(de.map((c) => [c.place, c.from, c.to, c.stance])).toEqual([
      ['Riga', '2021-02', '2021-04', 'alleged'],
      ['Vilnius', '2021-01-02', '2021-05-09', 'documented'],
    ]);
    const en = claimsOf(
      'DECISION\nThe authorities accuse Shodmon Aliev of having stayed in Kazan from 2 to 9 March 2021.',
    );
    expect(en.map((c) => [c.place, c.from, c.to, c.stance])).toEqual([
      ['Kazan', '2021-03-02', '2021-03-09', 'alleged'],
    ]);
  });

  it('reads a border not crossed over a period as a stay in that country', () => {
    const uk = claimsOf(
      'ДОВІДКА\nЗ 03.02.2018 до 15.09.2020 громадянка Саїдова Ділноза державний кордон України не перетинала.',
    );
    expect(uk.map((c) => [c.who[0], c.place, c.from, c.to])).toEqual([
      ['Dilnoza Sayidova', 'Ukraine', '2018-02-03', '2020-09-15'],
    ]);
    const en = claimsOf(
      'CERTIFICATE\nFrom 3 February 2018 to 15 September 2020 Dilnoza Saidova did not cross the state border of Poland.',
    );
    expect(en.map((c) => [c.place, c.from, c.to])).toEqual([
      ['Poland', '2018-02-03', '2020-09-15'],
    ]);
    const pl = claimsOf(
      'POSTANOWIENIE\nW okresie od 03.02.2018 r. do 15.09.2020 r. Dilnoza Saidowa przebywała na terytorium Litwy i nie przekraczała granicy państwowej.',
    );
    expect(pl.map((c) => [c.place, c.from, c.to])).toEqual([
      ['Lithuania', '2018-02-03', '2020-09-15'],
    ]);
    const ru = claimsOf(
      'СПРАВКА\nС 03.02.2018 по 15.09.2020 Саидова Дилноза государственную границу Казахстана не пересекала.',
    );
    expect(ru.map((c) => [c.place, c.from, c.to])).toEqual([
      ['Kazakhstan', '2018-02-03', '2020-09-15'],
    ]);
  });

  it('reads a Tajik charge: arrival in a town, then a stay there until a later month, two events', () => {
    const tg = claimsOf(
      'ҚАРОР\nдар бораи ба сифати айбдоршаванда ҷалб намудан\nСаидов Р. А. моҳи марти соли 2021 ба шаҳри Маскав омад. То охири моҳи майи ҳамон сол ӯ дар он ҷо зиндагӣ карда, кор мекард.',
    );
    expect(tg.map((c) => [c.who[0], c.place, c.from, c.to, c.stance])).toEqual([
      ['R. A. Saidov', 'Moscow', '2021-03', '2021-03', 'alleged'],
      ['R. A. Saidov', 'Moscow', '2021-03', '2021-05', 'alleged'],
    ]);
  });

  it('reads a town named with its state, and a stay "there" in the town, for the accused, not the official', () => {
    const cases: Array<[string, string]> = [
      [
        'ҚАРОР\nдар бораи ба сифати айбдоршаванда ҷалб намудан\nМушовири адлия Раҳмонов Б. Т. маводи парвандаро баррасӣ намуд.\nНурзода Ҷ. К. моҳи феврали соли 2021 ба шаҳри Тошкенти Ҷумҳурии Ӯзбекистон омад. То охири моҳи апрели ҳамон сол ӯ дар он ҷо зиндагӣ карда, кор мекард.',
        'J. K. Nurzoda',
      ],
      [
        'ПОСТАНОВЛЕНИЕ\nо привлечении в качестве обвиняемого\nСоветник юстиции Рахмонов Б. Т. рассмотрел материалы дела.\nВ феврале 2021 года Нурзода Д. К. прибыл в г. Ташкент Республики Узбекистан. До конца апреля того же года он проживал там.',
        'D. K. Nurzoda',
      ],
      [
        'INDICTMENT\nOfficer Brian Talbot reviewed the file.\nIn February 2021 the accused, Komil Nurzoda, arrived in Tashkent, Republic of Uzbekistan. He lived there until the end of April 2021.',
        'Komil Nurzoda',
      ],
    ];
    for (const [text, who] of cases)
      expect(claimsOf(text).map((c) => [c.who[0], c.place, c.from, c.to, c.stance])).toEqual([
        [who, 'Tashkent', '2021-02', '2021-02', 'alleged'],
        [who, 'Tashkent', '2021-02', '2021-04', 'alleged'],
      ]);
  });

  it('gives each row of a border printout the person of the header row above it', () => {
    const rows =
      "ВИТЯГ\nщодо перетинання державного кордону України\nДата Пункт пропуску Напрямок\n1. САЇДОВА ДІЛНОЗА / SAIDOVA DILNOZA, 05.06.1992 р. н., громадянка Узбекистану\n02.03.2018 «Харків-аеропорт», рейс з Анталії в'їзд 400000001\n2. САЇДОВ ШОДМОН / SAIDOV SHODMON, 01.01.1960 р. н., громадянин Узбекистану\n09.09.2019 «Харків-аеропорт», рейс до Анталії виїзд 400000002";
    expect(claimsOf(rows).map((c) => [c.who[0], c.from])).toEqual([
      ['Dilnoza Sayidova', '2018-03-02'],
      ['Shodmon Sayidov', '2019-09-09'],
    ]);
  });

  it('reads a hospital stay in a discharge summary at the town of its letterhead', () => {
    const summary =
      "ВИПИСКА\nз медичної карти стаціонарного хворого\nм. Полтава, вул. Соборна, 1\nПрізвище, ім'я: Саїдова Ділноза\nПеребувала в хірургічному відділенні з 02.03.2020 по 09.03.2020.";
    expect(claimsOf(summary).map((c) => [c.who[0], c.place, c.from, c.to, c.stance])).toEqual([
      ['Dilnoza Sayidova', 'Poltava', '2020-03-02', '2020-03-09', 'documented'],
    ]);
  });

  it('reads a letter whose short lines wrap one sentence, with a bare-day range, for its author', () => {
    const letter =
      'Уважаемый господин адвокат!\nПишу Вам из центра.\nС 4 по 9 июня\n2020 г. я лежала в больнице\nв Полтаве, там родился сын.\nС уважением, Расулова Гулнора';
    expect(claimsOf(letter)).toEqual([
      {
        who: ['Gulnora Rasulova'],
        place: 'Poltava',
        from: '2020-06-04',
        to: '2020-06-09',
        stance: 'testimony',
      },
    ]);
    const pl =
      'Szanowny Panie Mecenasie!\nOd 4 do 9 czerwca\n2020 r. przebywałam\nw szpitalu w Połtawie.\nZ poważaniem, Gulnora Rasulowa';
    expect(claimsOf(pl).map((c) => [c.place, c.from, c.to, c.stance])).toEqual([
      ['Poltava', '2020-06-04', '2020-06-09', 'testimony'],
    ]);
  });

  it('gives a name by initials two people of a printout fit to the one whose entry and exit it restates', () => {
    const rows =
      "ВИТЯГ\nщодо перетинання державного кордону України\n1. САЇДОВА ДІЛНОЗА, 05.06.1992 р. н.\n02.03.2018 «Харків-аеропорт», рейс з Анталії в'їзд 400000001\n09.09.2019 «Харків-аеропорт», рейс до Анталії виїзд 400000001\n2. САЇДОВА ДІЛБАР, 01.01.1960 р. н.\n04.05.2019 «Харків-аеропорт», рейс до Анталії виїзд 400000002\nОтже, з 02.03.2018 до 09.09.2019 громадянка Саїдова Д. державний кордон України не перетинала.";
    expect(
      claimsOf(rows)
        .filter((c) => c.place === 'Ukraine')
        .map((c) => c.who),
    ).toEqual([['Dilnoza Sayidova']]);
  });

  it('places a stay "there" at the town a facility of the sentence before is named with, in English, Polish and Russian', () => {
    const en = claimsOf(
      'DECISION\nThe applicant, Dilnoza Saidova, was the subject of a red notice. By decision of 2 May 2021 she was placed in the Foreigners Registration Centre in Narva. Dilnoza Saidova was held there from 3 May 2021 until 30 June 2021.',
    );
    expect(en.map((c) => [c.who[0], c.place, c.from, c.to, c.stance])).toEqual([
      ['Dilnoza Saidova', 'Narva', '2021-05-03', '2021-06-30', 'documented'],
    ]);
    const pl = claimsOf(
      'POSTANOWIENIE\nCudzoziemka Dilnoza Saidowa została umieszczona w Strzeżonym Ośrodku dla Cudzoziemców w Lesznowoli. Przebywała tam od 3 maja 2021 r. do 30 czerwca 2021 r.',
    );
    expect(pl.map((c) => [c.place, c.from, c.to])).toEqual([
      ['Lesznowola', '2021-05-03', '2021-06-30'],
    ]);
    const ru = claimsOf(
      'РЕШЕНИЕ\nСаидова Дилноза помещена в центр временного содержания иностранцев в г. Нарва. Она находилась там с 3 мая 2021 г. по 30 июня 2021 г.',
    );
    expect(ru.map((c) => [c.place, c.from, c.to])).toEqual([['Narva', '2021-05-03', '2021-06-30']]);
  });

  it('does not take a name that begins like "said" or "told" for a report of what others say', () => {
    expect(
      claimsOf('CERTIFICATE\nSaidov Shodmon stayed in Riga from 2 to 9 March 2021.').map(
        (c) => c.place,
      ),
    ).toEqual(['Riga']);
    expect(
      claimsOf('CERTIFICATE\nToldiev Shodmon stayed in Riga from 2 to 9 March 2021.').map(
        (c) => c.place,
      ),
    ).toEqual(['Riga']);
    expect(
      claimsOf('CERTIFICATE\nShodmon Saidov said that he stayed in Riga from 2 to 9 March 2021.'),
    ).toEqual([]);
  });

  it('names a document by the cue that comes first: a decision that mentions a red notice is a record', () => {
    expect(
      claimsOf(
        'DECISION\nThe applicant was the subject of a red notice. Dilnoza Saidova stayed in Riga from 2 to 9 March 2021.',
      ).map((c) => c.stance),
    ).toEqual(['documented']);
    expect(
      claimsOf(
        'RED NOTICE\nA decision is pending. Dilnoza Saidova stayed in Riga from 2 to 9 March 2021.',
      ).map((c) => c.stance),
    ).toEqual(['alleged']);
  });

  it("reads each row of a guest register as a stay at the register's town, birth dates apart", () => {
    const register =
      'ГОСТИНИЦА «ВОСТОК» г. Казань, ул. Баумана, 1\nВЫПИСКА\nиз журнала регистрации иностранных граждан, проживающих в гостинице\n№ / Фамилия, имя Дата рожд. Гражданство Паспорт Заезд Выезд\n1 / Рахимов\nБахром\n11.07.1988 / Узбекистан\nFA1234567\n05.10.2020\n07.10.2020\n2 / Собирова\nЗарина\n09.04.1996 / Узбекистан\nFA7654321\n05.10.2020\n08.10.2020';
    expect(claimsOf(register).map((c) => [c.who[0], c.place, c.from, c.to, c.stance])).toEqual([
      ['Bakhrom Rakhimov', 'Kazan', '2020-10-05', '2020-10-07', 'documented'],
      ['Zarina Sobirova', 'Kazan', '2020-10-05', '2020-10-08', 'documented'],
    ]);
  });

  it('reads a register sent to an addressee: no stay for the addressee, an infant, a period split by a line', () => {
    const register =
      'ГОСТИНИЦА «ВОСТОК» г. Казань, ул. Баумана, 1\nАдвокату Петрову Ивану Сергеевичу\n(Республика Беларусь, г. Гомель)\nВЫПИСКА\nиз журнала регистрации иностранных граждан, проживающих в гостинице\nОтвечая на обращение от 02.02.2021, информируем: за период с 01.10.2020 по\n31.10.2020 в гостинице проживали следующие лица:\n№ / Фамилия, имя Дата рожд. Гражданство Паспорт Заезд Выезд\n1 / Собирова\nЗарина\n09.04.1996 / Узбекистан\nFA7781234\n05.10.2020\n08.10.2020\n2 / Собиров\nДаврон\n02.06.2020 / Узбекистан\nребёнок, без документа\n05.10.2020\n08.10.2020';
    expect(claimsOf(register).map((c) => [c.who[0], c.place, c.from, c.to, c.stance])).toEqual([
      ['Zarina Sobirova', 'Kazan', '2020-10-05', '2020-10-08', 'documented'],
      ['Davron Sobirov', 'Kazan', '2020-10-05', '2020-10-08', 'documented'],
    ]);
    const english = claimsOf(
      'HOTEL NORDSTERN, Riga\nTo: Attorney Peter Lindqvist\nEXTRACT\nfrom the guest register\nAnswering your letter of 2 February 2021: between 1 October and\n31 October 2020 the following guests stayed at the hotel:\n1 Zarina Sobirova 09.04.1996 Uzbekistan 05.10.2020 08.10.2020',
    );
    expect(english.map((c) => [c.who[0], c.place, c.from, c.to])).toEqual([
      ['Zarina Sobirova', 'Riga', '2020-10-05', '2020-10-08'],
    ]);
  });

  it('reads French and Ukrainian ranges and relative dates; "séjourné" is no birth ("né")', () => {
    const fr = claimsOf(
      'DÉCISION\nLa requérante, Dilnoza Saidova, a séjourné à Riga du 2 au 9 mars 2021. Deux semaines plus tard, elle est arrivée à Varsovie.',
    );
    expect(fr.map((c) => [c.place, c.from, c.to])).toEqual([
      ['Riga', '2021-03-02', '2021-03-09'],
      ['Warsaw', '2021-03-23', '2021-03-23'],
    ]);
    const uk = claimsOf(
      'ДОВІДКА\nЗаявниця Саїдова Ділноза з 2 по 9 березня 2021 р. перебувала в м. Рига. Через два тижні вона прибула до Варшави.',
    );
    expect(uk.map((c) => [c.place, c.from, c.to])).toEqual([
      ['Riga', '2021-03-02', '2021-03-09'],
      ['Warsaw', '2021-03-23', '2021-03-23'],
    ]);
  });

  it('reads each crossing a record lists in one sentence with its own direction and place, in six languages', () => {
    const crossings = eventsOf;
    // A direction word in brackets after each date; one crossing point for both.
    expect(
      crossings(
        "ДОВІДКА\nЗа даними бази прикордонної служби громадянин Ергашев Бахтиёр Акмалович перетинав кордон: 14.02.2020 (в'їзд) та 09.08.2020 (виїзд) через пункт пропуску «Краковець».",
      ),
    ).toEqual([
      ['entry', 'Krakovets', '2020-02-14'],
      ['exit', 'Krakovets', '2020-08-09'],
    ]);
    // A crossing point no gazetteer holds, named in quotes.
    expect(
      crossings(
        'СПРАВКА\nПо данным пограничной службы гражданка Турсунова Мадина пересекала границу 11.05.2021 (въезд) и 02.09.2021 (выезд) через пункт пропуска «Северный Перевал».',
      ),
    ).toEqual([
      ['entry', 'Северный Перевал', '2021-05-11'],
      ['exit', 'Северный Перевал', '2021-09-02'],
    ]);
    // A verb before each date, the exit's country left unsaid: the one entered.
    const enteredLeft = [
      ['entry', 'Georgia', '2022-04-04'],
      ['exit', 'Georgia', '2022-10-19'],
    ];
    expect(
      crossings(
        'CERTIFICATE\nAccording to the border database, Mr Daler Sharipov entered Georgia on 4 April 2022 and left on 19 October 2022.',
      ),
    ).toEqual(enteredLeft);
    expect(
      crossings(
        'ZAŚWIADCZENIE\nZ danych Straży Granicznej wynika, że Pan Ulugbek Alimow wjechał na terytorium Gruzji w dniu 4 kwietnia 2022 r., a wyjechał w dniu 19 października 2022 r.',
      ),
    ).toEqual(enteredLeft);
    expect(
      crossings(
        'ATTESTATION\nSelon les données de la police aux frontières, M. Rustam Qosimov est entré en Géorgie le 4 avril 2022 et a quitté la Géorgie le 19 octobre 2022.',
      ),
    ).toEqual(enteredLeft);
    // The verb last: each clause's own.
    expect(
      crossings(
        'BESCHEINIGUNG\nLaut den Daten der Bundespolizei ist Herr Rustam Qosimow am 4. April 2022 nach Georgien eingereist und am 19. Oktober 2022 aus Georgien ausgereist.',
      ),
    ).toEqual(enteredLeft);
  });

  it('reads interviews, appearances, releases, deportations, detentions and marriages, in several languages', () => {
    expect(
      eventsOf(
        'PROTOKÓŁ PRZESŁUCHANIA\nW dniu 12 maja 2021 r. w Lublinie przesłuchano cudzoziemkę Nilufar Rasulową.',
      ),
    ).toEqual([['interviewed', 'Lublin', '2021-05-12']]);
    // At an office named with its town.
    expect(
      eventsOf(
        'RECORD OF INTERVIEW\nThe applicant, Mr Jasur Tolibov, was interviewed at the Home Office in Croydon on 14 June 2021.',
      ),
    ).toEqual([['interviewed', 'Croydon', '2021-06-14']]);
    expect(
      eventsOf(
        'DECISION\nAt the hearing in Leeds on 3 March 2022 the appellant, Mr Jasur Tolibov, was present.',
      ),
    ).toEqual([['appeared', 'Leeds', '2022-03-03']]);
    // A role noun ("обвиняемый", "the accused") is no report of someone else's assertion.
    expect(
      eventsOf(
        'РЕШЕНИЕ\nВ судебном заседании 3 марта 2022 года в г. Самара обвиняемый Хасанов Рустам Ильхомович присутствовал лично.',
      ),
    ).toEqual([['appeared', 'Samara', '2022-03-03']]);
    expect(
      eventsOf(
        'JUDGMENT\nAt the hearing in Leeds on 3 March 2022 the accused, Mr Jasur Tolibov, was present.',
      ),
    ).toEqual([['appeared', 'Leeds', '2022-03-03']]);
    expect(
      eventsOf(
        'РІШЕННЯ\nУ судовому засіданні 3 березня 2022 року в м. Рівне обвинувачений Хасанов Рустам був присутній особисто.',
      ),
    ).toEqual([['appeared', 'Rivne', '2022-03-03']]);
    // Released from a facility of a town: the town.
    expect(
      eventsOf(
        'СПРАВКА\nХасанов Рустам Ильхомович освобожден из следственного изолятора г. Самара 15 апреля 2022 года.',
      ),
    ).toEqual([['released', 'Samara', '2022-04-15']]);
    expect(
      eventsOf(
        'CERTIFICATE\nMr Jasur Tolibov was released from the immigration detention centre in Dover on 2 July 2021.',
      ),
    ).toEqual([['released', 'Dover', '2021-07-02']]);
    // Deported: to where.
    expect(
      eventsOf(
        'DECISION\nThe applicant, Mr Jasur Tolibov, was deported from Germany to Tajikistan on 11 November 2020.',
      ),
    ).toEqual([['deported', 'Tajikistan', '2020-11-11']]);
    expect(
      eventsOf(
        'РІШЕННЯ\nГромадянина Узбекистану Толібова Жасура 4 серпня 2021 року примусово видворено з України до Узбекистану.',
      ),
    ).toEqual([['deported', 'Uzbekistan', '2021-08-04']]);
    // Passive, the date before or after the verb.
    expect(
      eventsOf(
        'PROTOKÓŁ ZATRZYMANIA\nCudzoziemiec Jasur Tolibow został zatrzymany przez funkcjonariuszy Straży Granicznej w Chełmie dnia 5 września 2021 r.',
      ),
    ).toEqual([['detained', 'Chełm', '2021-09-05']]);
    expect(
      eventsOf(
        'ПРОТОКОЛ ЗАДЕРЖАНИЯ\nЗадержан 7 октября 2021 года в г. Казань гражданин Хасанов Р. И.',
      ),
    ).toEqual([['detained', 'Kazan', '2021-10-07']]);
    expect(
      eventsOf(
        'ŚWIADECTWO\nW dniu 20 czerwca 2019 r. w Lublinie Jasur Tolibow zawarł związek małżeński z Nilufar Rasulową.',
      ),
    ).toEqual([['married', 'Lublin', '2019-06-20']]);
  });

  it('reads records whose kind only a Polish, French or German heading tells', () => {
    expect(
      eventsOf(
        'DECYZJA\nCudzoziemka Nilufar Rasulowa przebywała w Polsce w okresie od 2 stycznia 2020 r. do 30 czerwca 2020 r.',
      ),
    ).toEqual([['stay', 'Poland', '2020-01-02']]);
    expect(
      eventsOf(
        'DÉCISION\nLa requérante, Mme Nilufar Rasulova, a résidé à Lyon du 3 février 2019 au 28 août 2019.',
      ),
    ).toEqual([['stay', 'Lyon', '2019-02-03']]);
    expect(
      eventsOf('GEBURTSURKUNDE\nFrau Nilufar Rasulova hat am 9. Januar 2020 in Dresden entbunden.'),
    ).toEqual([['stay', 'Dresden', '2020-01-09']]);
  });

  it('reads a stay "where … until" as its own claim beside the journey there, in six languages', () => {
    const read = (text: string) =>
      claimsOf(text).map((c) => [c.who.join(), c.place, c.from, c.to, c.stance]);
    const kinds = (text: string) => read(text) && eventsOf(text).map((e) => e[0]);
    const ankara = [
      ['Zulfiya Rajabova', 'Ankara', '2018-02-14', '2018-02-14', 'alleged'],
      ['Zulfiya Rajabova', 'Ankara', '2018-02-14', '2018-03-30', 'alleged'],
    ];
    const ru =
      'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\n14 февраля 2018 года обвиняемая Раджабова Зулфия вылетела в г. Анкара, где находилась до 30 марта 2018 года.';
    expect(read(ru)).toEqual(ankara);
    expect(kinds(ru)).toEqual(['travel', 'stay']);
    const en =
      'INDICTMENT\nOn 14 February 2018 the accused, Zulfiya Rajabova, flew to Ankara, where she stayed until 30 March 2018.';
    expect(read(en)).toEqual(ankara);
    expect(kinds(en)).toEqual(['travel', 'stay']);
    expect(
      read(
        "ACTE D'ACCUSATION\nLe 14 février 2018, Mme Zulfiya Rajabova s'est rendue à Ankara, où elle a séjourné jusqu'au 30 mars 2018.",
      ),
    ).toEqual(ankara);
    expect(
      eventsOf(
        'ОБВИНУВАЛЬНИЙ АКТ\n14 лютого 2018 року обвинувачена Раджабова Зульфія виїхала до м. Анкара, де перебувала до 30 березня 2018 року.',
      ),
    ).toEqual([
      ['travel', 'Ankara', '2018-02-14'],
      ['stay', 'Ankara', '2018-02-14'],
    ]);
    const de = eventsOf(
      'ANKLAGESCHRIFT\nDie Angeschuldigte Zulfija Radschabowa flog am 14. Februar 2018 nach Ankara, wo sie sich bis zum 30. März 2018 aufhielt.',
    );
    expect(de).toEqual([
      ['travel', 'Ankara', '2018-02-14'],
      ['stay', 'Ankara', '2018-02-14'],
    ]);
    // "Until the end of March": the month.
    expect(
      read(
        'AKT OSKARŻENIA\nOskarżona Zulfija Radżabowa w dniu 14 lutego 2018 r. wyjechała z Tallinna do Ankary, gdzie przebywała do końca marca 2018 r.',
      ),
    ).toEqual([
      ['Zulfija Rajabova', 'Ankara', '2018-02-14', '2018-02-14', 'alleged'],
      ['Zulfija Rajabova', 'Ankara', '2018-02-14', '2018-03', 'alleged'],
    ]);
  });

  it('keeps where a journey set out from, in six languages and with the verbs of flying', () => {
    const journeys = (text: string) =>
      read(text).claims.map((c) => [c.kind, c.origin, c.place, c.from]);
    const flight = [['travel', 'Riga', 'Ankara', '2018-02-14']];
    expect(
      journeys(
        'INDICTMENT\nOn 14 February 2018 the accused, Zulfiya Rajabova, flew from Riga to Ankara.',
      ),
    ).toEqual(flight);
    expect(
      journeys(
        'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\n14 февраля 2018 года обвиняемая Раджабова Зульфия вылетела из Риги в Анкару.',
      ),
    ).toEqual(flight);
    expect(
      journeys(
        'ОБВИНУВАЛЬНИЙ АКТ\n14 лютого 2018 року обвинувачена Раджабова Зульфія вилетіла з Риги до Анкари.',
      ),
    ).toEqual(flight);
    expect(
      journeys(
        'AKT OSKARŻENIA\nOskarżona Zulfija Radżabowa w dniu 14 lutego 2018 r. wyjechała z Rygi do Ankary.',
      ),
    ).toEqual(flight);
    expect(
      journeys(
        "ACTE D'ACCUSATION\nLe 14 février 2018, Mme Zulfiya Rajabova a pris l'avion de Riga à Ankara.",
      ),
    ).toEqual(flight);
    expect(
      journeys(
        'ANKLAGESCHRIFT\nDie Angeschuldigte Zulfija Radschabowa flog am 14. Februar 2018 von Riga nach Ankara.',
      ),
    ).toEqual(flight);
    // French "de" completing a noun is no starting point; a journey that names one place has none.
    expect(
      journeys(
        "ACTE D'ACCUSATION\nLe 14 février 2018, Mme Zulfiya Rajabova s'est rendue dans la ville de Ankara.",
      ).map((j) => j[1]),
    ).toEqual([undefined]);
    expect(
      journeys(
        'ОБВИНУВАЛЬНИЙ АКТ\n14 лютого 2018 року обвинувачена Раджабова Зульфія прилетіла до Анкари.',
      ),
    ).toEqual([['travel', undefined, 'Ankara', '2018-02-14']]);
  });

  it('reads a departure towards a place as a journey there, and leaving a country as an exit', () => {
    expect(
      eventsOf(
        'AKT OSKARŻENIA\nOskarżona Zulfija Radżabowa w dniu 14 lutego 2018 r. wyjechała z Duszanbe do Ankary.',
      ),
    ).toEqual([['travel', 'Ankara', '2018-02-14']]);
    expect(
      eventsOf(
        'INDICTMENT\nOn 14 February 2018 the accused, Zulfiya Rajabova, departed to Ankara.',
      ),
    ).toEqual([['travel', 'Ankara', '2018-02-14']]);
    expect(eventsOf('CERTIFICATE\nMs Zulfiya Rajabova left Moldova on 14 February 2018.')).toEqual([
      ['exit', 'Moldova', '2018-02-14'],
    ]);
  });

  it('takes a procedural role noun before a name for no part of it, in Tajik, German and Polish', () => {
    const who = (text: string) => claimsOf(text).map((c) => c.who.join());
    expect(
      who(
        'АЙБНОМА\nАйбдоршаванда Раҷабова Зулфия 14 феврали соли 2018 аз шаҳри Душанбе ба шаҳри Анкара парвоз кард.',
      ),
    ).toEqual(['Zulfiya Rajabova']);
    expect(
      who(
        'ANKLAGESCHRIFT\nDie Angeschuldigte Zulfija Radschabowa soll am 14. Februar 2018 nach Ankara geflogen sein.',
      ),
    ).toEqual(['Zulfija Radshabova']);
    expect(
      who(
        'AKT OSKARŻENIA\nPodejrzana Zulfija Radżabowa w dniu 14 lutego 2018 r. przyleciała do Ankary.',
      ),
    ).toEqual(['Zulfija Rajabova']);
  });
  it("gives a relative's events to the relative, never to the person whose relative it is, in seven languages", () => {
    const whoWhere = (text: string) => claimsOf(text).map((c) => [c.who.join(), c.place]);
    // The relative named: the claim is theirs.
    expect(
      whoWhere(
        'INDICTMENT\nThe accused, Lola Yusufbekova, lived in Lyon. Her daughter Zarina flew to Riga on 4 May 2020.',
      ),
    ).toEqual([['Zarina Yusufbekova', 'Riga']]);
    expect(
      whoWhere(
        'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nОбвиняемый Абдуллоев Тимур проживал в Самаре. 4 мая 2020 года его брат Фаррух вылетел в г. Рига.',
      ),
    ).toEqual([['Farrukh Abdulloev', 'Riga']]);
    expect(
      whoWhere(
        'AKT OSKARŻENIA\nOskarżona Halina Wróblewska mieszkała w Gdańsku. Jej córka Agnieszka w dniu 4 maja 2020 r. przyleciała do Rygi.',
      ),
    ).toEqual([['Agnieszka Wróblewska', 'Riga']]);
    // A relative by marriage, or one named by the noun alone: no claim, and none for the accused.
    const none = [
      'INDICTMENT\nThe accused, Lola Yusufbekova, lived in Lyon. Her mother-in-law flew to Riga on 4 May 2020.',
      "ACTE D'ACCUSATION\nLa requérante, Mme Samira Benali, habite à Lille. Le 4 mai 2020, sa belle-sœur Nadia s'est rendue à Riga.",
      'ANKLAGESCHRIFT\nDie Angeschuldigte Dilbar Sultonova wohnte in Graz. Am 4. Mai 2020 flog ihre Schwiegermutter Gulnora nach Riga.',
      'ОБВИНУВАЛЬНИЙ АКТ\nОбвинувачена Стецюк Галина мешкала у Рівному. 4 травня 2020 року її свекруха Оксана виїхала до м. Рига.',
      'АЙБНОМА\nАйбдоршаванда Бобоҷонов Давлатёр дар Хуҷанд зиндагӣ мекард. Хушдоманаш 4 майи соли 2020 ба шаҳри Рига парвоз кард.',
      'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nОбвиняемая Юсуфбекова Лола проживала в Самаре. 4 мая 2020 года её свекровь вылетела в г. Рига.',
    ];
    expect(none.map((text) => whoWhere(text).filter(([, place]) => place === 'Riga'))).toEqual([
      [],
      [],
      [],
      [['Oksana', 'Riga']],
      [],
      [],
    ]);
    // The writer with a relative, or a marriage of the writer the sentence names the spouse in: the writer's.
    expect(
      whoWhere(
        'Dear Sir,\nMy name is Lola Yusufbekova.\nMy sister and I flew from Lyon to Riga on 4 May 2020.\nLola Yusufbekova',
      ),
    ).toEqual([['Lola Yusufbekova', 'Riga']]);
    expect(
      whoWhere(
        'Szanowni Państwo,\nnazywam się Halina Wróblewska.\nMoja córka i ja w dniu 4 maja 2020 r. przyleciałyśmy do Rygi.\nHalina Wróblewska',
      ),
    ).toEqual([['Halina Wróblewska', 'Riga']]);
    // The person herself, with her relative beside her: still hers.
    expect(
      whoWhere(
        'INDICTMENT\nThe accused, Lola Yusufbekova, flew to Riga with her daughter Zarina on 4 May 2020.',
      ),
    ).toEqual([['Lola Yusufbekova', 'Riga']]);
  });
  it('counts a relative date from a month or a year as a range of days, approximate, never one day, in six languages', () => {
    const dated = (text: string) =>
      read(text).claims.map((c) => [c.place, c.from, c.to, c.approximate ?? false]);
    expect(
      dated(
        'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nВ марте 2019 г. обвиняемая Юсуфбекова Лола переехала в г. Рига; через две недели она выехала в г. Вильнюс.',
      ),
    ).toEqual([
      ['Riga', '2019-03', '2019-03', false],
      ['Vilnius', '2019-03-15', '2019-04-14', true],
    ]);
    expect(
      dated(
        'INDICTMENT\nIn May 2020 the accused, Lola Yusufbekova, moved to Riga. Three weeks later she flew to Vilnius.',
      ),
    ).toEqual([
      ['Riga', '2020-05', '2020-05', false],
      ['Vilnius', '2020-05-22', '2020-06-21', true],
    ]);
    expect(
      dated(
        'AKT OSKARŻENIA\nW kwietniu 2018 r. oskarżona Halina Wróblewska przyjechała do Rygi. Miesiąc później przyleciała do Wilna.',
      ),
    ).toEqual([
      ['Riga', '2018-04', '2018-04', false],
      ['Vilnius', '2018-05-01', '2018-05-30', true],
    ]);
    expect(
      dated(
        "ACTE D'ACCUSATION\nEn juin 2017, Mme Samira Benali s'est rendue à Riga. Deux semaines plus tard, elle est arrivée à Vilnius.",
      ),
    ).toEqual([
      ['Riga', '2017-06', '2017-06', false],
      ['Vilnius', '2017-06-15', '2017-07-14', true],
    ]);
    expect(
      dated(
        'ANKLAGESCHRIFT\nIm Juli 2016 flog die Angeschuldigte Dilbar Sultonova nach Riga. Zwei Wochen später reiste sie nach Vilnius.',
      ),
    ).toEqual([
      ['Riga', '2016-07', '2016-07', false],
      ['Vilnius', '2016-07-15', '2016-08-14', true],
    ]);
    expect(
      dated(
        'ОБВИНУВАЛЬНИЙ АКТ\nУ травні 2020 року обвинувачена Стецюк Галина виїхала до м. Рига. Через тиждень вона виїхала до м. Вільнюс.',
      ),
    ).toEqual([
      ['Riga', '2020-05', '2020-05', false],
      ['Vilnius', '2020-05-08', '2020-06-07', true],
    ]);
    expect(
      dated(
        'АЙБНОМА\nАйбдоршаванда Бобоҷонов Давлатёр моҳи майи соли 2020 ба шаҳри Рига омад. Баъд аз ду ҳафта ӯ ба шаҳри Тошкент парвоз кард.',
      ),
    ).toEqual([
      ['Riga', '2020-05', '2020-05', false],
      ['Tashkent', '2020-05-15', '2020-06-14', true],
    ]);
    // In one sentence from a day: that day's date, the clause's own place.
    expect(
      dated(
        'INDICTMENT\nOn 4 May 2020 the accused, Lola Yusufbekova, moved to Riga; two weeks later she flew to Vilnius.',
      ),
    ).toEqual([
      ['Riga', '2020-05-04', '2020-05-04', false],
      ['Vilnius', '2020-05-18', '2020-05-18', false],
    ]);
    // Counted once more from a counted date: still a range; from a day, a day.
    expect(
      dated(
        'INDICTMENT\nIn May 2020 the accused, Lola Yusufbekova, moved to Riga. Three weeks later she flew to Vilnius. Two days later she flew to Tallinn.',
      ).at(-1),
    ).toEqual(['Tallinn', '2020-05-24', '2020-06-23', true]);
    expect(
      dated(
        'INDICTMENT\nOn 4 May 2020 the accused, Lola Yusufbekova, moved to Riga. Three weeks later she flew to Vilnius.',
      ).at(-1),
    ).toEqual(['Vilnius', '2020-05-25', '2020-05-25', false]);
  });

  it('keeps passive voice and reported speech with a relative date counted from a month', () => {
    const dated = (text: string) =>
      read(text).claims.map((c) => [c.place, c.from, c.to, c.approximate ?? false]);
    expect(
      dated(
        'ПОСТАНОВЛЕНИЕ\nо привлечении в качестве обвиняемой\nВ марте 2019 г. Юсуфбековой Л. был совершён перелёт в г. Рига. Через две недели ею был совершён перелёт в г. Вильнюс.',
      ),
    ).toEqual([
      ['Riga', '2019-03', '2019-03', false],
      ['Vilnius', '2019-03-15', '2019-04-14', true],
    ]);
    // What a witness is said to claim is no testimony of the writer.
    expect(
      dated(
        'Dear Sir,\nMy name is Lola Yusufbekova.\nIn May 2020 I moved to Riga.\nThe investigator claims that three weeks later I flew to Vilnius.\nLola Yusufbekova',
      ),
    ).toEqual([['Riga', '2020-05', '2020-05', false]]);
  });
});

/**
 * The claims of one invented page that opens with `head` (running text) and holds a table below it:
 * its rows' cells at the columns' left edges `xs`, 10 px a letter, rows 30 px apart, with the word
 * boxes a text layer or OCR gives.
 */
function readTable(head: string, rows: string[][], xs: number[]) {
  const { text, words } = tablePage(rows, xs, head);
  return claimRows(pageClaims(text, words));
}

describe('table rows as claims', () => {
  it('reads a stay from a row’s arrival and departure columns, whatever else the row dates', () => {
    expect(
      readTable(
        'Bremen, 2. November 2023\nBescheinigung des Hotels Lindenhof',
        [
          ['Name', 'Vorname', 'Reisepass', 'Anreise', 'Abreise', 'Datum'],
          ['Brenner', 'Ulrike', 'C4KL81T27', '21.10.2023', '23.10.2023', '02.11.2023'],
          ['Hofstetter', 'Jonas', 'C4KL92X05', '21.10.2023', '24.10.2023', '02.11.2023'],
        ],
        [0, 140, 260, 400, 540, 680],
      ),
    ).toEqual([
      ['stay', 'Ulrike Brenner', 'Bremen', '2023-10-21', '2023-10-23', 'documented'],
      ['stay', 'Jonas Hofstetter', 'Bremen', '2023-10-21', '2023-10-24', 'documented'],
    ]);
    expect(
      readTable(
        'Poznań, 12 sierpnia 2020\nZaświadczenie hotelu Wisła',
        [
          ['Nazwisko i imię', 'Data urodzenia', 'Nr paszportu', 'Przyjazd', 'Wyjazd'],
          ['Wróblewska Halina', '17.01.1991', 'EZ4417760', '07.08.2020', '09.08.2020'],
        ],
        [0, 200, 380, 540, 680],
      ),
    ).toEqual([['stay', 'Halina Wróblewska', 'Poznań', '2020-08-07', '2020-08-09', 'documented']]);
    expect(
      readTable(
        'Гостиница «Заря», г. Тарту\nОтвет на запрос',
        [
          ['№', 'ФИО', 'Паспорт', 'Заезд', 'Выезд'],
          ['1', 'Левченко Оксана', '812204417', '03.06.2021', '05.06.2021'],
        ],
        [0, 40, 260, 400, 540],
      ),
    ).toEqual([['stay', 'Levchenko Oksana', 'Tartu', '2021-06-03', '2021-06-05', 'documented']]);
  });

  it("reads each row's stay at the town of its address cell, with or without the list's own town", () => {
    expect(
      readTable(
        'Реестр иностранных граждан, поставленных на учёт по месту пребывания',
        [
          ['№', 'ФИО', 'Паспорт', 'Адрес пребывания', 'Дата прибытия', 'Дата убытия'],
          [
            '1',
            'Корнилова Есения',
            '551908812',
            'г. Самара, ул. Полевая, 12',
            '14.03.2022',
            '30.04.2022',
          ],
          [
            '2',
            'Пашутин Ермолай',
            '551907734',
            'г. Пенза, ул. Луговая, 3',
            '02.04.2022',
            '19.04.2022',
          ],
        ],
        [0, 40, 260, 400, 720, 900],
      ),
    ).toEqual([
      ['stay', 'Kornilova Eseniya', 'Samara', '2022-03-14', '2022-04-30', 'documented'],
      ['stay', 'Pashutin Ermolay', 'Penza', '2022-04-02', '2022-04-19', 'documented'],
    ]);
    expect(
      readTable(
        'Kraków, 3 maja 2021\nZaświadczenie o zameldowaniu cudzoziemców',
        [
          ['Nazwisko i imię', 'Nr paszportu', 'Adres pobytu', 'Przyjazd', 'Wyjazd'],
          ['Sobczyk Wanda', 'EK5512093', 'ul. Długa 4, Gdańsk', '10.02.2021', '28.02.2021'],
        ],
        [0, 200, 360, 620, 780],
      ),
    ).toEqual([['stay', 'Wanda Sobczyk', 'Gdańsk', '2021-02-10', '2021-02-28', 'documented']]);
    expect(
      readTable(
        'Registration of foreign guests',
        [
          ['Name', 'Passport', 'Address', 'Arrival', 'Departure'],
          ['Aoife Corrigan', 'PA4471023', '12 Quay Street, Cork', '05.07.2019', '09.07.2019'],
        ],
        [0, 180, 320, 600, 760],
      ),
    ).toEqual([['stay', 'Aoife Corrigan', 'Cork', '2019-07-05', '2019-07-09', 'documented']]);
  });
});
