import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { newContext, type DocumentContext } from './types.js';

/** [text, normalized] of every date found, in text order. */
function dates(text: string, ctx: DocumentContext = newContext()): Array<[string, string]> {
  const found = findDates(text, ctx);
  for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  return found.map((f) => [f.text, f.normalized]);
}

/** A context whose last full date was in `year`. */
function inYear(year: number): DocumentContext {
  return { ...newContext(), lastYear: year };
}

describe('numeric dates', () => {
  it('reads day-first dates with dots, slashes and dashes', () => {
    expect(dates('от 23.03.2012, родился 02/09/1979, выезд 17-01-2012')).toEqual([
      ['23.03.2012', '2012-03-23'],
      ['02/09/1979', '1979-09-02'],
      ['17-01-2012', '2012-01-17'],
    ]);
  });

  it('reads year-first dates', () => {
    expect(
      dates('Published: 2012-08-21. Date of birth 1985/06/14. Prescription: 2031-03-23.'),
    ).toEqual([
      ['2012-08-21', '2012-08-21'],
      ['1985/06/14', '1985-06-14'],
      ['2031-03-23', '2031-03-23'],
    ]);
  });

  it('pivots two-digit years', () => {
    expect(dates('ВЫЕЗД\n17.01.12\nвизд\n06.05.13\nexpires 19.07.29, born 14.06.85')).toEqual([
      ['17.01.12', '2012-01-17'],
      ['06.05.13', '2013-05-06'],
      ['19.07.29', '2029-07-19'],
      ['14.06.85', '1985-06-14'],
    ]);
  });

  it('reads space-separated stamps and keeps year words', () => {
    expect(dates('МОСКВА ДОМОДЕДОВО\n05 12 2011\nВЪЕЗД')).toEqual([['05 12 2011', '2011-12-05']]);
    expect(dates('14.06.1985 р. н.; od 17.01.2012 r. do 06.05.2013 r.')).toEqual([
      ['14.06.1985 р.', '1985-06-14'],
      ['17.01.2012 r.', '2012-01-17'],
      ['06.05.2013 r.', '2013-05-06'],
    ]);
  });

  it('reads Roman-numeral months', () => {
    expect(dates('dnia 23 III 2012 r. oraz 23.III.2012')).toEqual([
      ['23 III 2012 r.', '2012-03-23'],
      ['23.III.2012', '2012-03-23'],
    ]);
  });

  it('reads a month-first date only when day-first is impossible', () => {
    expect(dates('filed 09/23/2012')).toEqual([['09/23/2012', '2012-09-23']]);
  });
});

describe('Russian', () => {
  it('reads month names in every case', () => {
    expect(
      dates(
        '«14» сентября 2012 г. Постановление от 9\nоктября 2008 года; 23 март 2012 летала; 10 февраль 2012 никах',
      ),
    ).toEqual([
      ['«14» сентября 2012 г.', '2012-09-14'],
      ['9\nоктября 2008 года', '2008-10-09'],
      ['23 март 2012', '2012-03-23'],
      ['10 февраль 2012', '2012-02-10'],
    ]);
  });

  it('reads months with a year', () => {
    expect(
      dates('в марте 2012, январь 2012, в феврале 2012 года, в начале апреля 2012 года'),
    ).toEqual([
      ['марте 2012', '2012-03'],
      ['январь 2012', '2012-01'],
      ['феврале 2012 года', '2012-02'],
      ['апреля 2012 года', '2012-04'],
    ]);
  });

  it('gives the start of a month range the year of its end', () => {
    expect(dates('В период с апреля по июль 2012 года')).toEqual([
      ['апреля', '2012-04'],
      ['июль 2012 года', '2012-07'],
    ]);
    expect(dates('с ноября по февраль 2012 года')).toEqual([
      ['ноября', '2011-11'],
      ['февраль 2012 года', '2012-02'],
    ]);
    expect(dates('с сентября 2011 года по февраль 2012 года')).toEqual([
      ['сентября 2011 года', '2011-09'],
      ['февраль 2012 года', '2012-02'],
    ]);
    expect(dates('с 17 января по 6 мая 2013 года')).toEqual([
      ['17 января', '2013-01-17'],
      ['6 мая 2013 года', '2013-05-06'],
    ]);
  });

  it('reads both ends of a span of days or years', () => {
    expect(
      dates('В период с 1 по 15 июня 2011 года; в 2010-2011 годах; между 2009 и 2011 годами'),
    ).toEqual([
      ['1', '2011-06-01'],
      ['15 июня 2011 года', '2011-06-15'],
      ['2010', '2010'],
      ['2011 годах', '2011'],
      ['2009', '2009'],
      ['2011 годами', '2011'],
    ]);
    expect(dates('дело № 2010-2011, т. 2, л. д. 14-19')).toEqual([]);
  });

  it('reads a year alone only with a cue', () => {
    expect(
      dates(
        'Саидов К. Б., 1958 года рождения, с 2009 года скрывается; университет, 2007 г.), в 2010 переехал',
      ),
    ).toEqual([
      ['1958 года', '1958'],
      ['2009 года', '2009'],
      ['2007 г.', '2007'],
      ['2010', '2010'],
    ]);
    expect(
      dates('в конце 2011 года вступила; весной 2012 года; я гражданка, 1985 год_\nрождения'),
    ).toEqual([
      ['2011 года', '2011'],
      ['2012 года', '2012'],
      ['1985 год', '1985'],
    ]);
  });

  it('reads bilingual passport abbreviations, OCR-damaged ones too', () => {
    expect(
      dates(
        'Date of birth\n30 НОЯ/NOV 1982\nDate of issue\n11 МАР/MAR 2010\nexpiry 10 MAP/MAR 2028\n30 НОЯІ/МОУ 1982',
      ),
    ).toEqual([
      ['30 НОЯ/NOV 1982', '1982-11-30'],
      ['11 МАР/MAR 2010', '2010-03-11'],
      ['10 MAP/MAR 2028', '2028-03-10'],
      ['30 НОЯІ/МОУ 1982', '1982-11-30'],
    ]);
  });

  it('reads a month name spelled with Latin look-alike letters', () => {
    expect(dates('23 мapтa 2012 года')).toEqual([['23 мapтa 2012 года', '2012-03-23']]);
  });
});

describe('Ukrainian', () => {
  it('reads month names', () => {
    expect(
      dates(
        'у період з 17 січня 2012 р. по 6 травня 2013 р.; 22 березня 2012 р. зверталася; у листопаді 2013 року',
      ),
    ).toEqual([
      ['17 січня 2012 р.', '2012-01-17'],
      ['6 травня 2013 р.', '2013-05-06'],
      ['22 березня 2012 р.', '2012-03-22'],
      ['листопаді 2013 року', '2013-11'],
    ]);
  });
});

describe('Tajik', () => {
  it('reads the izofat month and "соли"', () => {
    expect(
      dates(
        'Тибқи маълумот, 23 марти соли 2012 ба Туркия рафта; 10 феврали соли 2012 никоҳ бастанд',
      ),
    ).toEqual([
      ['23 марти соли 2012', '2012-03-23'],
      ['10 феврали соли 2012', '2012-02-10'],
    ]);
  });

  it('reads a birth year after its cue', () => {
    expect(dates('САИДОВА ДИЛБАР\nСоли таваллудаш 1985, зодаи ш. Кӯлоб')).toEqual([
      ['1985', '1985'],
    ]);
  });
});

describe('Polish', () => {
  it('reads month names and "r."', () => {
    expect(
      dates(
        'Dnia 23 lipca 2013 r. urodzonej 14\nczerwca 1985 r. W dniu 20 maja 2013 r. do dnia 6 maja 2013\nr.',
      ),
    ).toEqual([
      ['23 lipca 2013 r.', '2013-07-23'],
      ['14\nczerwca 1985 r.', '1985-06-14'],
      ['20 maja 2013 r.', '2013-05-20'],
      ['6 maja 2013\nr.', '2013-05-06'],
    ]);
  });

  it('reads months and years with cues', () => {
    expect(
      dates('w maju 2013 r. pobyt, w 2010 r. ślub, od października do grudnia 2012 r.'),
    ).toEqual([
      ['maju 2013 r.', '2013-05'],
      ['2010 r.', '2010'],
      ['października', '2012-10'],
      ['grudnia 2012 r.', '2012-12'],
    ]);
  });
});

describe('English', () => {
  it('reads day-month-year and month-day-year', () => {
    expect(
      dates(
        'Date and place 14 August 2013, Warsaw. On March 23, 2012 and September 9, 2013; the 5th of May 2012',
      ),
    ).toEqual([
      ['14 August 2013', '2013-08-14'],
      ['March 23, 2012', '2012-03-23'],
      ['September 9, 2013', '2013-09-09'],
      ['5th of May 2012', '2012-05-05'],
    ]);
  });

  it('reads abbreviations with two-digit years only in capitals', () => {
    expect(
      dates(
        'issued 20 JUL 11. On 23 MAR 12 the wanted person travelled; 23 MAR/MARS 2012; 9 Sept. 2013',
      ),
    ).toEqual([
      ['20 JUL 11', '2011-07-20'],
      ['23 MAR 12', '2012-03-23'],
      ['23 MAR/MARS 2012', '2012-03-23'],
      ['9 Sept. 2013', '2013-09-09'],
    ]);
    expect(dates('on 5 may 20 people came')).toEqual([]);
  });

  it('reads months and years', () => {
    expect(
      dates(
        'In December 2011. In April 2012 she travelled; she left in 2009 and since 2010 lives here',
      ),
    ).toEqual([
      ['December 2011', '2011-12'],
      ['April 2012', '2012-04'],
      ['2009', '2009'],
      ['2010', '2010'],
    ]);
  });

  it('takes the year of dates written without one from the context', () => {
    expect(dates('on 23 March 2012. On 22 March we were together', newContext())).toEqual([
      ['23 March 2012', '2012-03-23'],
      ['22 March', '2012-03-22'],
    ]);
    expect(
      dates(
        'The court ruled on July 23; he was detained on August 27. She applied in April.',
        inYear(2013),
      ),
    ).toEqual([
      ['July 23', '2013-07-23'],
      ['August 27', '2013-08-27'],
      ['April', '2013-04'],
    ]);
    expect(dates('came one week later, on 6 May.', inYear(2013))).toEqual([
      ['6 May', '2013-05-06'],
    ]);
  });

  it('leaves "may" and "march" as verbs alone', () => {
    expect(
      dates('They may 6 times try. We march 10 miles. You may come in May or not.', inYear(2013)),
    ).toEqual([['May', '2013-05']]);
    expect(dates('They may march on 6 may.', inYear(2013))).toEqual([]);
  });
});

describe('French and Dutch', () => {
  it('reads month names', () => {
    expect(
      dates('le 23 mars 2012, le 1er mars 2012, en avril 2013; op 23 maart 2012, in mei 2013'),
    ).toEqual([
      ['23 mars 2012', '2012-03-23'],
      ['1er mars 2012', '2012-03-01'],
      ['avril 2013', '2013-04'],
      ['23 maart 2012', '2012-03-23'],
      ['mei 2013', '2013-05'],
    ]);
    expect(dates('depuis 2010, en 2011, sinds 2009')).toEqual([
      ['2010', '2010'],
      ['2011', '2011'],
      ['2009', '2009'],
    ]);
  });
});

describe('not dates', () => {
  it('skips case, article, house, phone, post and document numbers', () => {
    const text = [
      'по уголовному делу № 27/2012-ОВД; Sygn. akt III Kp 22/14; дела № 52-307/2012; розыскное дело № 7/204-12',
      'Control No.: B-7305/4-2012 . File No.: 2012/58316-2; № 0.21-5823/0/11-13; ref. 7/204-12; 1-24/7',
      'ст. 188(2), art. 258 § 2 pkt 3 i 4, ч. 3 ст. 179(1); ul. Ogrodowa 14/18; д. 45, кв. 12',
      'тел. (032) 418-27-90, (48)\n317-55-06; 734025, г. Душанбе; 00-950 Warszawa; 10-210 Olsztyn',
      'P<TJKTOHIROV<<SARVAR<<<<<<\n4009172635TJK9002145M2811209<<<<6; паспорт № 409172635',
      'Maximum penalty: 20 years. от 12 до 20 лет; (т. 2, л. д. 14-19); п. 3.1.12; № 12.03.12',
    ].join('\n');
    expect(dates(text, inYear(2012))).toEqual([]);
  });

  it('rejects impossible calendar dates and years out of range', () => {
    expect(
      dates(
        '31.02.2012, 12.13.2012, 29.02.2013, 30 февраля 2012 года, 12.05.1850, 5 мая 2150 года',
      ),
    ).toEqual([]);
    expect(dates('29.02.2004')).toEqual([['29.02.2004', '2004-02-29']]);
  });

  it('skips streets named after dates and statute citations', () => {
    expect(
      dates(
        'ul. 3 Maja 12, ул. 8 Марта, вул. 8 Березня 5; (Dz. U. z 2012 r. poz. 1600)',
        inYear(2013),
      ),
    ).toEqual([]);
  });

  it('skips numbers that follow "№", "No." or "nr"', () => {
    expect(dates('Case No. 05/06/2013; nr 1/2/2013; № 12.03.2012')).toEqual([]);
  });

  it('does not read a quantity after a preposition as a year', () => {
    expect(dates('до 2000 человек, in 2000 euros')).toEqual([]);
  });
});

describe('year inference across pages', () => {
  it('uses the last full date of earlier pages and skips yearless dates without one', () => {
    const ctx = newContext();
    expect(dates('в ноябре суд', ctx)).toEqual([]);
    expect(dates('Меня задержали 27 августа 2013 года.', ctx)).toEqual([
      ['27 августа 2013 года', '2013-08-27'],
    ]);
    expect(ctx.lastYear).toBe(2013);
    expect(dates('Суд был в ноябре.', ctx)).toEqual([['ноябре', '2013-11']]);
  });

  it('does not take the year of a birth date', () => {
    const ctx = newContext();
    expect(dates('Саидова, 14.06.1985 года рождения, 22 марта', ctx)).toEqual([
      ['14.06.1985 года', '1985-06-14'],
    ]);
    expect(ctx.lastYear).toBeUndefined();
  });

  it('puts a future month in the present of the document, not in the last narrated year', () => {
    const ctx = newContext();
    dates('Передано 14.10.2013. Я был на никахе 10.02.2012.', ctx);
    expect(ctx.lastYear).toBe(2012);
    expect(dates('Суд будет наверно в ноябре.', ctx)).toEqual([['ноябре', '2013-11']]);
  });

  it('with nothing read before, takes the year of the next full date on the page', () => {
    expect(dates('Суд был в ноябре. Письмо от 29.09.2013')).toEqual([
      ['ноябре', '2013-11'],
      ['29.09.2013', '2013-09-29'],
    ]);
  });
});

describe('a date glued to a document number', () => {
  it('reads the date after "number/" or "number-" and leaves the number out', () => {
    expect(dates('Накладная 4471/03.11.2022 получена')).toEqual([['03.11.2022', '2022-11-03']]);
    expect(dates('Faktura 17-05.02.2021 r. zapłacona')).toEqual([['05.02.2021 r.', '2021-02-05']]);
    expect(dates('Invoice 2207/2023-01-15 attached; akt nr 312/14.07.2004')).toEqual([
      ['2023-01-15', '2023-01-15'],
      ['14.07.2004', '2004-07-14'],
    ]);
    expect(dates('№ 45-12.03.2013')).toEqual([['12.03.2013', '2013-03-12']]);
  });

  it('reads a date followed by a time and not the time', () => {
    expect(dates('Printed 12/03/2024 - 09:41')).toEqual([['12/03/2024', '2024-03-12']]);
    expect(dates('Reçu le 05.06.2023-17:20, traité')).toEqual([['05.06.2023', '2023-06-05']]);
    expect(dates('Надіслано 21.08.2022 о 10:15')).toEqual([['21.08.2022', '2022-08-21']]);
  });

  it('does not read a date out of a number whose parts share the separator', () => {
    expect(
      dates('дело 45/12/03/2013; код 7-01-02-2004; ref. 88/12.03.13; wersja 1.02.2013-3'),
    ).toEqual([]);
    expect(dates('okres 01.02.2013-05.03.2013')).toEqual([
      ['01.02.2013', '2013-02-01'],
      ['05.03.2013', '2013-03-05'],
    ]);
  });
});

describe('ordinal days', () => {
  it('reads English ordinals, superscript too', () => {
    expect(
      dates('on the 2nd of March 2021, on March 3rd, 2021 and on 21st June 2004; 22ⁿᵈ May 2013'),
    ).toEqual([
      ['2nd of March 2021', '2021-03-02'],
      ['March 3rd, 2021', '2021-03-03'],
      ['21st June 2004', '2004-06-21'],
      ['22ⁿᵈ May 2013', '2013-05-22'],
    ]);
  });

  it('reads French "1er", "1re" and the superscript "1ᵉʳ"', () => {
    expect(dates('le 1ᵉʳ janvier 2004, le 1re juin 2010 et le 1er octobre 2009')).toEqual([
      ['1ᵉʳ janvier 2004', '2004-01-01'],
      ['1re juin 2010', '2010-06-01'],
      ['1er octobre 2009', '2009-10-01'],
    ]);
  });

  it('reads Cyrillic and Polish ordinal endings', () => {
    expect(
      dates('2-го марта 2004 года; 3-е апреля 2013 г.; 1-го травня 2012 р.; 1-go maja 2011 r.'),
    ).toEqual([
      ['2-го марта 2004 года', '2004-03-02'],
      ['3-е апреля 2013 г.', '2013-04-03'],
      ['1-го травня 2012 р.', '2012-05-01'],
      ['1-go maja 2011 r.', '2011-05-01'],
    ]);
  });

  it('reads the German ordinal day with a dot', () => {
    expect(dates('Am 1. März 2004 reiste sie aus, am 3. Oktober 2013 zurück.')).toEqual([
      ['1. März 2004', '2004-03-01'],
      ['3. Oktober 2013', '2013-10-03'],
    ]);
  });
});

describe('month names with a two-digit year', () => {
  it('reads them in every language, by the century rule', () => {
    expect(dates('né le 14 juillet 83 à Lyon')).toEqual([['14 juillet 83', '1983-07-14']]);
    expect(dates('5 марта 13 г. прибыл; родился 12 мая 87 года')).toEqual([
      ['5 марта 13 г.', '2013-03-05'],
      ['12 мая 87 года', '1987-05-12'],
    ]);
    expect(dates("Signed on 3 March 99. Left on 7 June '04")).toEqual([
      ['3 March 99', '1999-03-03'],
      ["7 June '04", '2004-06-07'],
    ]);
    expect(dates('dnia 15 sierpnia 95 r.; 9 квітня 21 р.; am 3. Oktober 90 in Bonn')).toEqual([
      ['15 sierpnia 95 r.', '1995-08-15'],
      ['9 квітня 21 р.', '2021-04-09'],
      ['3. Oktober 90', '1990-10-03'],
    ]);
  });

  it('puts a two-digit year in the century closest to, and not later than, ten years from now', () => {
    const soon = (new Date().getFullYear() + 10) % 100;
    const [last, next] = [String(soon).padStart(2, '0'), String((soon + 1) % 100).padStart(2, '0')];
    expect(
      dates(`ważny do 2 lutego ${last} r., wydany 3 lutego ${next} r.`).map(([, iso]) => iso),
    ).toEqual([`20${last}-02-02`, `19${next}-02-03`]);
    expect(dates('issued 20 JUL 11; expires 19 JUL 29; born 14 JUN 71')).toEqual([
      ['20 JUL 11', '2011-07-20'],
      ['19 JUL 29', '2029-07-19'],
      ['14 JUN 71', '1971-06-14'],
    ]);
  });

  it('reads the compact capitals of tickets and passenger lists', () => {
    expect(dates('FLIGHT XY 101 DATE 05JAN21\nDOB 17SEP84 14MAY2002; ВЫЛЕТ 12НОЯ13')).toEqual([
      ['05JAN21', '2021-01-05'],
      ['17SEP84', '1984-09-17'],
      ['14MAY2002', '2002-05-14'],
      ['12НОЯ13', '2013-11-12'],
    ]);
    expect(dates('05Jan21, AB12MAR19, 12MAR19X, 12MARCH19')).toEqual([]);
  });

  it('does not take a count after a month for a year', () => {
    expect(
      dates('On 5 May 20 people came. 5 марта 19 человек; le 3 mars 20 personnes; 4 maja 12 osób'),
    ).toEqual([]);
    expect(dates('am 3. Mai 10 Uhr; 6 March 19:30')).toEqual([]);
  });
});

describe('Roman-numeral months', () => {
  it('reads lower-case numerals between punctuation', () => {
    expect(dates('wpłynęło 2.xi.2013, nadano 27-iii-2004, 13/vi/2021')).toEqual([
      ['2.xi.2013', '2013-11-02'],
      ['27-iii-2004', '2004-03-27'],
      ['13/vi/2021', '2021-06-13'],
    ]);
  });

  it('reads numerals typed with Cyrillic look-alike letters', () => {
    expect(dates('от 15.ХI.2013; 3 ІІІ 2004 р.; 7.Х.2021; 12 ХІІ 2012 г.; 4.іх.2011')).toEqual([
      ['15.ХI.2013', '2013-11-15'],
      ['3 ІІІ 2004 р.', '2004-03-03'],
      ['7.Х.2021', '2021-10-07'],
      ['12 ХІІ 2012 г.', '2012-12-12'],
      ['4.іх.2011', '2011-09-04'],
    ]);
  });

  it('reads no century and no lower-case numeral between spaces', () => {
    expect(
      dates(
        'в конце ХХ века; в XIX веке; у ХХІ столітті; art. 5 i 2013 r.; 3 х 2013',
        inYear(2013),
      ),
    ).toEqual([['2013 r.', '2013']]);
  });
});

describe('German', () => {
  it('reads month names and abbreviations', () => {
    expect(
      dates(
        'im Jänner 2012, Maerz 2011, am 15. Jan. 2004, Sept. 2013, im Dezember 2010, 2. Feb. 2021',
      ),
    ).toEqual([
      ['Jänner 2012', '2012-01'],
      ['Maerz 2011', '2011-03'],
      ['15. Jan. 2004', '2004-01-15'],
      ['Sept. 2013', '2013-09'],
      ['Dezember 2010', '2010-12'],
      ['2. Feb. 2021', '2021-02-02'],
    ]);
  });

  it('reads ranges of days and of months', () => {
    expect(dates('vom 3. bis 9. Mai 2013')).toEqual([
      ['3.', '2013-05-03'],
      ['9. Mai 2013', '2013-05-09'],
    ]);
    expect(dates('von Januar bis März 2004')).toEqual([
      ['Januar', '2004-01'],
      ['März 2004', '2004-03'],
    ]);
  });

  it('reads numeric dates, years after cues and yearless dates', () => {
    expect(
      dates('am 15.11.2013; seit 2009; im Jahr 2008; zwischen 2006 und 2008; Ende 2011'),
    ).toEqual([
      ['15.11.2013', '2013-11-15'],
      ['2009', '2009'],
      ['2008', '2008'],
      ['2006', '2006'],
      ['2008', '2008'],
      ['2011', '2011'],
    ]);
    expect(dates('Am 4. Juli war er dort, im Oktober nicht mehr.', inYear(2013))).toEqual([
      ['4. Juli', '2013-07-04'],
      ['Oktober', '2013-10'],
    ]);
  });

  it('reads numeric dates with a space after each dot, with a four-digit year only', () => {
    expect(
      dates('am 5. 6. 2013 und am 12. 10. 2004; Дата народження: 07. 11. 1983; п. 3. 1. 12'),
    ).toEqual([
      ['5. 6. 2013', '2013-06-05'],
      ['12. 10. 2004', '2004-10-12'],
      ['07. 11. 1983', '1983-11-07'],
    ]);
  });

  it('skips streets, quantities and verbs that look like dates', () => {
    expect(
      dates(
        'Sie wohnt in der Straße des 17. Juni; bis 2000 Euro; seit 2000 Jahren; rue du 4 Septembre',
        inYear(2013),
      ),
    ).toEqual([]);
  });
});
