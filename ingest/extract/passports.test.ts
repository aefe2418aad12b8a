import { describe, expect, it } from 'vitest';
import { passportKey } from '../../case/birth-dates.js';
import { findPassports, mrzDate, parseMrz } from './passports.js';
import { newContext } from './types.js';

// An invented holder and passport (check digits computed by ICAO 9303): no evaluation corpus has them.
const MRZ = [
  'P<TJKRASULOVA<<GUZAL<<<<<<<<<<<<<<<<<<<<<<<<',
  '4073152983TJK9402032F2911250<<<<<<<<<<<<<<<6',
];

describe('findPassports', () => {
  it('parses a TD3 machine-readable zone into the passport, its holder and dates', () => {
    const found = findPassports(`Passport\n${MRZ.join('\n')}\n`, newContext());
    expect(found.map((f) => [f.type, f.normalized])).toEqual([
      ['passport', 'TJK:407315298'],
      ['person', 'Guzal Rasulova'],
      ['date', '1994-02-03'],
      ['date', '2029-11-25'],
    ]);
  });

  it('repairs an OCR confusion the check digits expose, and rejects what they cannot explain', () => {
    expect(parseMrz([MRZ[0]!, MRZ[1]!.replace('4073152983', '4O73152983')])?.documentNumber).toBe(
      '407315298',
    );
    expect(parseMrz([MRZ[0]!, MRZ[1]!.replace('4073152983', '4093152983')])).toBeUndefined();
  });

  it('reads passport numbers in running text, the issuer from the citizenship around them', () => {
    const ru = findPassports(
      'уроженка и гражданка Республики Таджикистан, предъявила паспорт № 407315298 при въезде',
      newContext(),
    );
    expect(ru.map((f) => f.normalized)).toEqual(['TJK:407315298']);
    const pl = findPassports(
      'cudzoziemka, obywatelka Republiki Tadżykistanu, okazała paszport (nr 407315298) funkcjonariuszom',
      newContext(),
    );
    expect(pl.map((f) => f.normalized)).toEqual(['TJK:407315298']);
    const en = findPassports(
      'Travel document: Passport TJK No. 407315298, valid until 25 NOV 29',
      newContext(),
    );
    expect(en.map((f) => f.normalized)).toEqual(['TJK:407315298']);
    const abbr = findPassports(
      'предъявив паспорт гражданина РТ № 402260814, который',
      newContext(),
    );
    expect(abbr.map((f) => f.normalized)).toEqual(['TJK:402260814']);
    const two = findPassports(
      'Шиноснома / Паспорт 402260814 407315298',
      Object.assign(newContext(), { citizenship: 'TJK' }),
    );
    expect(two.map((f) => f.normalized)).toEqual(['TJK:402260814', 'TJK:407315298']);
  });

  it('turns MRZ dates into ISO dates with the right century', () => {
    expect(mrzDate('940203', 'birth', new Date('2026-01-01'))).toBe('1994-02-03');
    expect(mrzDate('291125', 'expiry', new Date('2026-01-01'))).toBe('2029-11-25');
    expect(mrzDate('940230', 'birth')).toBeUndefined();
  });
});

describe('numbers of passports and identity documents written with a series', () => {
  const numbers = (text: string) => findPassports(text, newContext()).map((f) => f.normalized);
  const numberOnly = (text: string) => numbers(text).map((n) => n.split(':').at(-1));

  it('joins a Russian internal passport’s series and number, however they are spaced', () => {
    const ways = [
      'Свидетель Орехова В. П. предъявила паспорт серии 45 06 № 123456, выданный отделом.',
      'Личность установлена: серия 4506 номер 123456 — паспорт серии 4506 номер 123456.',
      'Заявитель предъявил паспорт 4506 123456 при досмотре.',
      'Лобанов Е. К., паспорт гражданина РФ 45 06 123456, проживает в Твери.',
      'паспорт серия и номер 45 06 123456',
    ];
    for (const way of ways) expect(numberOnly(way), way).toEqual(['4506123456']);
    expect(
      numbers('Лобанов Е. К., паспорт гражданина РФ 45 06 123456, проживает в Твери.'),
    ).toEqual(['RUS:4506123456']);
  });

  it('reads Ukrainian, Polish, German, French and English series and numbers', () => {
    const cases: Array<[string, string]> = [
      ['Громадянка Тарасюк О. І., паспорт серії АВ № 123456, виданий 1990 р.', 'AB123456'],
      ['пред’явив паспорт серія МК 654321 та посвідчення водія', 'MK654321'],
      ['паспорт громадянина України у формі ID-картки № 001234567, РНОКПП не надано', '001234567'],
      ['Пред’явлено ID-картка № 001234568.', '001234568'],
      ['okazał dowód osobisty seria i numer ABC 123456 oraz prawo jazdy', 'ABC123456'],
      ['legitymował się paszportem nr EA 1234567 wydanym w Gdańsku', 'EA1234567'],
      ['Der Betroffene wies sich mit Reisepass Nr. C01X00T47 aus.', 'C01X00T47'],
      ['Er legte den Personalausweis Nr. L01X00T47 vor.', 'L01X00T47'],
      ['Elle a présenté son passeport n° 12AB34567 au guichet.', '12AB34567'],
      ["Il a présenté sa carte d'identité n° 120575300123 au guichet.", '120575300123'],
      ['The witness showed passport No. 123456789 at the desk.', '123456789'],
      ['Шаҳрванд шиноснома силсилаи А № 1234567 пешниҳод кард.', 'A1234567'],
      ['Азамат жеке куәлік № 012345678 көрсетті.', '012345678'],
      ['Ол төлқұжат сериясы N № 1234567 көрсетті.', 'N1234567'],
    ];
    for (const [text, want] of cases) expect(numberOnly(text), text).toEqual([want]);
  });

  it('takes a state’s code after the number sign for the issuer, not for a series', () => {
    expect(numbers('The witness showed passport No. TJK 401778215 at the desk.')).toEqual([
      'TJK:401778215',
    ]);
    expect(numbers('okazał paszport nr POL 1234567 funkcjonariuszowi')).toEqual(['POL:1234567']);
    expect(numbers('предъявил паспорт № UKR 123456 на границе')).toEqual(['UKR:123456']);
    // Other letters there are the series.
    expect(numbers('okazał paszport nr EA 1234567 funkcjonariuszowi')).toEqual(['EA1234567']);
  });

  it('gives one key to one document written with its series in two ways', () => {
    const keys = [
      'паспорт серии 45 06 № 123456',
      'паспорт 4506 123456',
      'паспорт серія 45 06 номер 123456',
    ].map((t) => passportKey(numbers(t)[0]!));
    expect(new Set(keys).size).toBe(1);
    // Cyrillic series letters and their Latin look-alikes are one series.
    expect(passportKey(numbers('паспорт серії АВ № 123456')[0]!)).toBe(
      passportKey(numbers('passport No. AB 123456')[0]!),
    );
  });

  it('reads no other number after a document’s name: tax, personal and case numbers, phones, dates, addresses', () => {
    const negatives = [
      'паспорт не предъявлен, ИНН 770123456789',
      'паспорт утерян; тел. 8 912 345 67 89',
      'паспорт выдан 12.03.2015 отделом',
      'паспорт изъят по уголовному делу № 12345678',
      'паспорт не представлен, адрес: 220107, г. Гомель',
      'паспорт отсутствует, свидетельство о рождении № 654321',
      'паспорт не пред’явлено, РНОКПП 3012345678',
      'paszport nieważny, PESEL 85031212345',
      'paszport przedłożono w sprawie sygn. akt 123456/19',
      'dowód osobisty zatrzymano, tel. 601 234 567',
      'The passport was lost; case No. 123456789 is pending.',
      'passport, tel. 020 7946 0958',
      'passeport perdu, affaire n° 123456789',
      'Reisepass verloren, Aktenzeichen 123456789',
      'passport number pending, postcode 123456',
    ];
    for (const text of negatives) expect(numbers(text), text).toEqual([]);
    // A birth certificate's number is no passport unless an identity document is named with it.
    expect(numbers('свидетельство о рождении серии II-АБ № 123456')).toEqual([]);
  });

  it('reads a birth certificate’s number where it stands as the identity document', () => {
    const cases: Array<[string, string]> = [
      [
        'Документ, удостоверяющий личность: свидетельство о рождении серии II-АБ № 123456.',
        'IIAБ123456',
      ],
      ['Документ, що посвідчує особу: свідоцтво про народження серія І-КГ № 654321.', 'IKГ654321'],
      ['Identity document: birth certificate No. 123456789, issued in Leeds.', '123456789'],
    ];
    for (const [text, want] of cases) expect(numberOnly(text), text).toEqual([want]);
    // Without that label, the same words stop the number: it is no passport.
    expect(numbers('паспорт не выдавался; свидетельство о рождении серии II-АБ № 123456')).toEqual(
      [],
    );
    expect(numbers('passport not issued; birth certificate No. 123456789')).toEqual([]);
  });
});
