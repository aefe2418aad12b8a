import { describe, expect, it } from 'vitest';
import { extractPage } from './extract.js';
import { findPersons, isStopWord } from './persons.js';
import { newContext } from './types.js';

const names = (text: string) =>
  findPersons(text, newContext(), []).map((f) => [text.slice(f.start, f.end), f.normalized]);

// Every person here is invented: no evaluation corpus names them.
describe('findPersons', () => {
  it('Russian: family, given and patronymic, in oblique cases, with the patronymic dropped', () => {
    expect(names('материалы в отношении Расуловой Гузал Тохировны выделены')).toEqual([
      ['Расуловой Гузал Тохировны', 'Guzal Rasulova'],
    ]);
    expect(names('Брат подозреваемой — Расулов Тохир Камолович, 1958 года')).toEqual([
      ['Расулов Тохир Камолович', 'Tokhir Rasulov'],
    ]);
    expect(names('3. Допросить Мухиддинова Зафара Бахромовича, 12 августа')).toEqual([
      ['Мухиддинова Зафара Бахромовича', 'Zafar Mukhiddinov'],
    ]);
  });

  it('cuts only case endings to find a stop word in a Cyrillic word: a given name is no form of one', () => {
    // "мали" (Ukrainian "had") is a stop word; -ка is no case ending, so Малика is no form of it.
    expect(isStopWord('малика')).toBe(false);
    expect(names('Собирова Малика родила сына')).toEqual([['Собирова Малика', 'Malika Sobirova']]);
    expect(names('свидетель Ахмедова Малика Рустамовна')).toEqual([
      ['Ахмедова Малика Рустамовна', 'Malika Akhmedova'],
    ]);
    // Case forms of stop words still are: "следователем" (by the investigator), "передал" (handed over).
    expect(isStopWord('следователем')).toBe(true);
    expect(isStopWord('передал')).toBe(true);
  });

  it('Russian: initials before and after the family name, masculine genitive after a noun', () => {
    expect(names('согласовано Ш. Н. Азимзода')).toEqual([['Ш. Н. Азимзода', 'Sh. N. Azimzoda']]);
    expect(names('протоколом допроса свидетеля Хушвактова Н. Б. (л. д. 41)')).toEqual([
      ['Хушвактова Н. Б.', 'N. B. Khushvaktov'],
    ]);
    expect(names('капитан полиции Э. Р. Турсунов')).toEqual([['Э. Р. Турсунов', 'E. R. Tursunov']]);
  });

  it('reads a name through a stray quote mark OCR put before a word, never through a quotation', () => {
    expect(names('меня записали по фамилии мужа — Юлдашева ‘Мадина)')).toEqual([
      ['Юлдашева ‘Мадина', 'Madina Yuldasheva'],
    ]);
    expect(names('Signed: Timur `Ergashev, the applicant')).toEqual([
      ['Timur `Ergashev', 'Timur Ergashev'],
    ]);
    expect(names('Wnioskodawca Rahimow ‚Dilszod złożył wniosek')).toEqual([
      ['Rahimow ‚Dilszod', 'Dilshod Rahimov'],
    ]);
    // A word in quotation marks is not part of the name before it.
    expect(names('The witness Timur Ergashev ‘Tiger’ was seen').map(([s]) => s)).toEqual([
      'Timur Ergashev',
    ]);
    expect(names('Свидетель Эргашев Тимур ‘Тигр’ показал').map(([s]) => s)).toEqual([
      'Эргашев Тимур',
    ]);
  });

  it('a known given name that opens another name is no short mention of the known person', () => {
    const cases: Array<[string, string]> = [
      ['First was Igor Vantarov of Estonia.', 'Fifth came Igor Zaborovich of Kazakhstan.'],
      ['Wygrał Marko Dolinar z Lublina.', 'Drugi był Marko Jankovich z Opola.'],
      ['Es gewann Dragan Weißler aus Kiel.', 'Zweiter wurde Dragan Petrovich aus Ulm.'],
      ['Gagnant : Milan Durocher, de Lyon.', 'Deuxième : Milan Stankovich, de Nice.'],
    ];
    for (const [first, second] of cases) {
      const ctx = newContext();
      findPersons(first, ctx, []);
      expect(findPersons(second, ctx, []).map((f) => second.slice(f.start, f.end))).toEqual([]);
    }
    // In Cyrillic the given name and patronymic are the known person's polite address.
    const ctx = newContext();
    findPersons('Выступил Борис Васильевич Тарханов.', ctx, []);
    expect(
      findPersons('Коллеги поблагодарили Бориса Васильевича.', ctx, []).map((f) => f.normalized),
    ).toEqual(['Boris Tarkhanov']);
  });

  it('a word opening a sentence before a given name and patronymic is no family name', () => {
    expect(names('Выступил Борис Васильевич Тарханов.')).toEqual([
      ['Борис Васильевич Тарханов', 'Boris Tarkhanov'],
    ]);
    expect(names('Потом Бориса Николаевича ждали.')).toEqual([]);
    expect(names('Вчера Оксану Петрівну вітали.')).toEqual([]);
    // A list row of family, given name and patronymic keeps its family name, ending or not.
    expect(names('Цой Виктор Робертович\nКим Анна Сергеевна, 1990 г. р.')).toEqual([
      ['Цой Виктор Робертович', 'Viktor Tsoy'],
      ['Ким Анна Сергеевна', 'Anna Kim'],
    ]);
  });

  it("a consonant-stem family name beside a man's given name in an oblique case is in that case", () => {
    expect(names('Полиция задержала британца Марка Кеддена вчера.')).toEqual([
      ['Марка Кеддена', 'Mark Kedden'],
    ]);
    expect(names('Суд передал дело Марку Кеддену утром.')).toEqual([
      ['Марку Кеддену', 'Mark Kedden'],
    ]);
    expect(names('Поліція затримала британця Марка Кеддена вчора.')).toEqual([
      ['Марка Кеддена', 'Mark Kedden'],
    ]);
    // A nominative keeps its family name as written.
    expect(names('Показания дал Роберт Фишер вчера.')).toEqual([['Роберт Фишер', 'Robert Fisher']]);
  });

  it('a title of office before a name is no part of it (pl, de, fr, ru, uk)', () => {
    for (const text of [
      'Wczoraj Prezydent Kowalczyk przyjechał.',
      'Gestern kam Ministerpräsident Brodowski nach Kiel.',
      'Hier le Président Kovalenko est arrivé.',
      'В зал вошёл Губернатор Тарасенко.',
      'До зали увійшов Міністр Петренко.',
      'Pani Profesor Nowakowska mówiła.',
    ])
      expect(names(text)).toEqual([]);
    // The name after the title is still read when it has a name's shape.
    expect(names('Le Président Gaston Delavigne est arrivé.')).toEqual([
      ['Gaston Delavigne', 'Gaston Delavigne'],
    ]);
  });

  it('an abbreviated title before or after a name is no part of it (en, pl, ru, de)', () => {
    const people = (text: string) =>
      extractPage(text, newContext())
        .filter((f) => f.type === 'person')
        .map((f) => f.text);
    for (const text of [
      'Trade links were cut .\nFormer West Virginia Gov .\nHenry ceded the fort to France',
      'The former Nebraska Gov. resigned in May.',
      'Wykład wygłosił Prof. Wierzchoń.',
      'Присутствовал ген. Ларионцев.',
    ])
      expect(people(text).join(' ')).not.toMatch(/Gov|Capt|Prof|ген/u);
    expect(people('Sprach Prof. Dr. Helmar Quandtke heute?')).toEqual(['Helmar Quandtke']);
    expect(people('Lecture by Prof. Edwina Marchbank today.')).toEqual(['Edwina Marchbank']);
  });

  it('a single initial and a family name with no family ending, in a list or at a line start', () => {
    expect(names('M. Okafor lbw b Tennant 14\nR. Whitcombe not out 3').map(([t]) => t)).toEqual([
      'M. Okafor',
      'R. Whitcombe',
    ]);
    expect(names('Signed: A. Brennagh, T. Lussier and P. Haverkamp').map(([t]) => t)).toEqual([
      'A. Brennagh',
      'T. Lussier',
      'P. Haverkamp',
    ]);
    expect(names('3. J. Ostrova (Czech Republic) 12.41').map(([t]) => t)).toEqual(['J. Ostrova']);
    // A letter with a period that ends a phrase opens no name.
    for (const text of [
      'We had a Plan B. Then came the rain.',
      'Take vitamin D. Researchers disagree.',
      'See annex C. Brennagh signed it later.',
    ])
      expect(names(text)).toEqual([]);
  });

  it('a family name with no family ending and one initial after it, as a list item', () => {
    expect(names('Skład orzekający: Nowak K., Lis T. oraz Żuraw M.')).toEqual([
      ['Nowak K.', 'K. Nowak'],
      ['Lis T.', 'T. Lis'],
      ['Żuraw M.', 'M. Żuraw'],
    ]);
    expect(names('Present: Okafor B.; Whitby R.\nAbsent: Haverkamp P.')).toEqual([
      ['Okafor B.', 'B. Okafor'],
      ['Whitby R.', 'R. Whitby'],
      ['Haverkamp P.', 'P. Haverkamp'],
    ]);
    // Not where the item goes on after the letter, nor a letter ending a phrase.
    for (const text of [
      'Options: Plan B. Then we left.',
      'Contents: Annex C shows it, Table D. Next page',
      'We had a Plan B, and then a Plan C.',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('a word that only opens the sentence, written in lower case elsewhere, opens no name', () => {
    for (const text of [
      'Дело шло. Родители Варвары пришли. Её родители молчали.',
      'Дело шло. Жители Варвары пришли. Её жители молчали.',
      'Дело слушали долго. Жители Заречного района просили. Все жители ждали.',
    ])
      expect(names(text)).toEqual([]);
  });

  it('resolves a later short mention to the person named in full earlier', () => {
    const ctx = newContext();
    findPersons('Расулова Гузал Тохировна, 03.02.1994 года рождения', ctx, []);
    expect(
      findPersons('Причастность Расуловой Г. Т. не доказана', ctx, []).map((f) => f.normalized),
    ).toEqual(['Guzal Rasulova']);
  });

  it('Tajik: -қизи patronymic, -зода family names, Tajik letters', () => {
    expect(names('РАСУЛОВА ГУЗАЛ ТОХИРҚИЗИ')).toEqual([
      ['РАСУЛОВА ГУЗАЛ ТОХИРҚИЗИ', 'Guzal Rasulova'],
    ]);
    expect(names('Ҳамроҳон: Шарипов Наврӯз, шиноснома')).toEqual([
      ['Шарипов Наврӯз', 'Navruz Sharipov'],
    ]);
    expect(names('Муҳиддинов Зафар Бахромович')).toEqual([
      ['Муҳиддинов Зафар Бахромович', 'Zafar Muhiddinov'],
    ]);
  });

  it('a family name in -а before initials keeps it where the case is the nominative', () => {
    // After a role noun in the nominative, or opening a line or a labelled field.
    expect(names('Свідок Дереза Є. Ї. пояснив, що')).toEqual([['Дереза Є. Ї.', 'Ye. Yi. Dereza']]);
    expect(names('Свидетель Курочка П. А. пояснил')).toEqual([['Курочка П. А.', 'P. A. Kurochka']]);
    expect(names('Суддя Гармата М. В. оголосив перерву в засіданні')).toEqual([
      ['Гармата М. В.', 'M. V. Harmata'],
    ]);
    expect(names('Протокол склав:\nЛопата Р. С.\n')).toEqual([['Лопата Р. С.', 'R. S. Lopata']]);
    // Governed by a word before it, it is a consonant-stem name in an oblique case.
    expect(names('заслухавши пояснення Шевчика О. В. суд дійшов висновку')).toEqual([
      ['Шевчика О. В.', 'O. V. Shevchyk'],
    ]);
    expect(names('показания гр. Ковальчука Р. С. подтверждают')).toEqual([
      ['Ковальчука Р. С.', 'R. S. Kovalchuk'],
    ]);
    expect(names('було допитано свідка\nКовальчука Р. С. у присутності')).toEqual([
      ['Ковальчука Р. С.', 'R. S. Kovalchuk'],
    ]);
  });

  it("a woman's given name in the oblique case of her family name, listed or not", () => {
    expect(names('piszę w imieniu Haliny Osmanowej i jej')).toEqual([
      ['Haliny Osmanowej', 'Halina Osmanova'],
    ]);
    expect(names('wraz z Dilnozą Karimową przybyła')).toEqual([
      ['Dilnozą Karimową', 'Dilnoza Karimova'],
    ]);
    expect(names('wobec obywatelki Ajgerim Nazarewej, urodzonej')).toEqual([
      ['Ajgerim Nazarewej', 'Ajgerim Nazareva'],
    ]);
    expect(names('wobec Dżamili Żurajewej, urodzonej')).toEqual([
      ['Dżamili Żurajewej', 'Jamila Zhurajeva'],
    ]);
    expect(names('przekazano Marii Rustamowej decyzję')).toEqual([
      ['Marii Rustamowej', 'Maria Rustamova'],
    ]);
    expect(names('пишу в защиту Халимы Юсуповой, которая')).toEqual([
      ['Халимы Юсуповой', 'Khalima Yusupova'],
    ]);
    expect(names('вместе с Зульфией Рахмоновой она')).toEqual([
      ['Зульфией Рахмоновой', 'Zulfiya Rakhmonova'],
    ]);
  });

  it('native Polish adjectival family names in oblique cases, with the given name in that case', () => {
    expect(names('pismo do pani Teresy Malinowskiej zostało doręczone')).toEqual([
      ['Teresy Malinowskiej', 'Teresa Malinowska'],
    ]);
    expect(names('rozmawiałem z Danutą Wróblewską wczoraj')).toEqual([
      ['Danutą Wróblewską', 'Danuta Wróblewska'],
    ]);
    expect(names('wezwanie dla Barbary Jezierskiej, zamieszkałej')).toEqual([
      ['Barbary Jezierskiej', 'Barbara Jezierska'],
    ]);
    expect(names('w sprawie pana Jana Domańskiego z Lublina')).toEqual([
      ['Jana Domańskiego', 'Jan Domański'],
    ]);
    expect(names('spotkanie z Tomaszem Zawadzkim w urzędzie')).toEqual([
      ['Tomaszem Zawadzkim', 'Tomasz Zawadzki'],
    ]);
  });

  it("a woman's given name in the case of her patronymic (uk, ru)", () => {
    expect(names('заява громадянки Коваленко Мирослави Петрівни, 1990 р.н.')).toEqual([
      ['Коваленко Мирослави Петрівни', 'Myroslava Kovalenko'],
    ]);
    expect(names('видати довідку Ганні Степанівні Мельник сьогодні')).toEqual([
      ['Ганні Степанівні Мельник', 'Hanna Melnyk'],
    ]);
    expect(names('заяву подано Оксаною Василівною Ткачук вчора')).toEqual([
      ['Оксаною Василівною Ткачук', 'Oksana Tkachuk'],
    ]);
    // Names in -ия/-ія, Ukrainian and Russian.
    expect(names('заява громадянки Левченко Марії Іванівни')).toEqual([
      ['Левченко Марії Іванівни', 'Mariia Levchenko'],
    ]);
    expect(names('вручить Лидии Петровне Орловой повестку')).toEqual([
      ['Лидии Петровне Орловой', 'Lidiya Orlova'],
    ]);
  });

  it("Ukrainian: a man's family name in -енко in an oblique case", () => {
    expect(names('справа Бондаренка Тараса Петровича розглянута')).toEqual([
      ['Бондаренка Тараса Петровича', 'Taras Bondarenko'],
    ]);
    expect(names('повідомити Гнатенку Остапу Юрійовичу про рішення')).toEqual([
      ['Гнатенку Остапу Юрійовичу', 'Ostap Hnatenko'],
    ]);
    expect(names('протокол складено слідчим ДОРОШЕНКОМ В. О. у присутності')).toEqual([
      ['ДОРОШЕНКОМ В. О.', 'V. O. Doroshenko'],
    ]);
  });

  it('Ukrainian: Ukrainian romanization and dative before initials', () => {
    expect(names('Захиснику Дмитрику С. І.')).toEqual([['Дмитрику С. І.', 'S. I. Dmytryk']]);
  });

  it('Polish, English and passport upper case', () => {
    expect(names('przekazania Guzal Rasulowej organom')).toEqual([
      ['Guzal Rasulowej', 'Guzal Rasulova'],
    ]);
    expect(names('zamieszkała z Zafarem Muchiddinowem pod')).toEqual([
      ['Zafarem Muchiddinowem', 'Zafar Mukhiddinov'],
    ]);
    expect(names('Sędzia referent: SSR Ewa Malinowska-Rudnik')).toEqual([
      ['Ewa Malinowska-Rudnik', 'Ewa Malinowska-Rudnik'],
    ]);
    expect(names('according to her counsel, Graham Whitcombe.')).toEqual([
      ['Graham Whitcombe', 'Graham Whitcombe'],
    ]);
    expect(names('Claimant RASULOVA Mahliyo, born')).toEqual([
      ['RASULOVA Mahliyo', 'Mahliyo Rasulova'],
    ]);
  });

  it("Polish: a woman's given name ending in -a keeps it", () => {
    expect(names('Sąd ustalił, że Gulnora Rasulowa przebywała')).toEqual([
      ['Gulnora Rasulowa', 'Gulnora Rasulova'],
    ]);
  });

  it('Ukrainian record: a Tajik given name unknown to the name lists is romanized the Russian way', () => {
    expect(names('громадянка Расулова Гузал Тохирівна перебувала')).toEqual([
      ['Расулова Гузал Тохирівна', 'Guzal Rasulova'],
    ]);
  });

  it('reads names from labelled form fields, the father in the masculine', () => {
    const form = "Present family name RASULOVA\nForename GUZAL\nFather's name TOKHIR\nSex F";
    expect(findPersons(form, newContext(), []).map((f) => f.normalized)).toEqual([
      'Guzal Rasulova',
      'Tokhir Rasulov',
    ]);
  });

  it('does not take places, organizations, labels or sentence starts for names', () => {
    expect(names('Вина Расуловой не доказана')).toEqual([]);
    expect(names('ГЛАВНОЕ СЛЕДСТВЕННОЕ УПРАВЛЕНИЕ МИНИСТЕРСТВА ВНУТРЕННИХ ДЕЛ')).toEqual([]);
    expect(names('Prokuratury Okręgowej w Lublinie')).toEqual([]);
    expect(names('Насаб / Surname')).toEqual([]);
  });

  it('leaves a name by initials unresolved when two people of that family share the initial (namesakes, sisters)', () => {
    const text =
      'Расулова Гулнора, 1990 г. р.; Расулова Гузал, 1965 г. р. Расулова Г. прибыла 3 мая.';
    expect(names(text).at(-1)).toEqual(['Расулова Г.', 'G. Rasulova']);
    expect(names('Саидова Дилноза, 1990 г. р. Саидова Д. прибыла 3 мая.').at(-1)).toEqual([
      'Саидова Д.',
      'Dilnoza Saidova',
    ]);
    expect(names('Wanted: Sobirova Zarina and Sobirova Zebo. Sobirova Z. arrived.').at(-1)).toEqual(
      ['Sobirova Z.', 'Z. Sobirova'],
    );
  });

  it('reads a register cell whose family and given name stand on two lines', () => {
    expect(names('1 / Рахимов\nБахром\n11.07.1988')).toEqual([
      ['Рахимов\nБахром', 'Bakhrom Rakhimov'],
    ]);
    expect(names('2 / Собирова\nЗарина\n09.04.1996')).toEqual([
      ['Собирова\nЗарина', 'Zarina Sobirova'],
    ]);
    expect(names('1 / Рахимов\nпроживал\n11.07.1988')).toEqual([]);
  });

  it('reads the name after an honorific, not the honorific as a name', () => {
    expect(names('Ҳоҷӣ Бахром Рахимов, шабакаи YouTube')).toEqual([
      ['Бахром Рахимов', 'Bakhrom Rakhimov'],
    ]);
    expect(names('выступил Хаджи Бахром Рахимов')).toEqual([
      ['Бахром Рахимов', 'Bakhrom Rakhimov'],
    ]);
    expect(names('a video by Haji Bakhrom Rakhimov')).toEqual([
      ['Bakhrom Rakhimov', 'Bakhrom Rakhimov'],
    ]);
  });

  it('reads a woman in the accusative by her patronymic: Расулову Гулнору Тохировну is Rasulova', () => {
    expect(names('привлечь Расулову Гулнору Тохировну в качестве обвиняемой')).toEqual([
      ['Расулову Гулнору Тохировну', 'Gulnora Rasulova'],
    ]);
    expect(names('допросить Собирову Зарину Бахромовну')).toEqual([
      ['Собирову Зарину Бахромовну', 'Zarina Sobirova'],
    ]);
    expect(names('допросить Собирова Бахрома Шодмоновича')).toEqual([
      ['Собирова Бахрома Шодмоновича', 'Bakhrom Sobirov'],
    ]);
  });

  // Invented officials: initials in the capitals of each script, spaced or glued.
  it('Ukrainian initials (І Ї Є Ґ), spaced and glued, before and after the family name', () => {
    expect(names('Протокол склав слідчий Гордієнко І. В. у присутності свідків.')).toEqual([
      ['Гордієнко І. В.', 'I. V. Hordiienko'],
    ]);
    expect(names('Заяву підписав Є.Ї. Гордієнко, мешканець села.')).toEqual([
      ['Є.Ї. Гордієнко', 'Ye. Yi. Hordiienko'],
    ]);
    expect(names('Свідок Ґудзь Є.Ї. показав, що нічого не бачив.')).toEqual([
      ['Ґудзь Є.Ї.', 'Ye. Yi. Gudz'],
    ]);
    expect(names('Звернувся Їжакевич Ї. Є. до суду.')).toEqual([
      ['Їжакевич Ї. Є.', 'Yi. Ye. Yizhakevych'],
    ]);
  });

  it('Ukrainian: an initial І that OCR read as a vertical bar', () => {
    expect(names('ПРИКОРДОННИЙ ЗАГІН\nАдвокату Гордієнко |. В.\nм. Суми')).toEqual([
      ['Гордієнко |. В.', 'I. V. Hordiienko'],
    ]);
    expect(names('Довідку видав Мирошниченко |.Є. 5 травня')).toEqual([
      ['Мирошниченко |.Є.', 'I. Ye. Myroshnychenko'],
    ]);
    // Not on a page without Ukrainian letters, and not a table's bar.
    expect(names('Справка | . Исмоилов')).toEqual([]);
  });

  it('Tajik initials (Ҷ Ғ Қ Ӯ Ҳ Ӣ), spaced and glued', () => {
    expect(names('Шоҳид Ҳабибуллоев Ҷ.Ғ. гуфт, ки')).toEqual([
      ['Ҳабибуллоев Ҷ.Ғ.', 'J. Gh. Habibulloev'],
    ]);
    expect(names('Қарорро муфаттиш Ӯ.Ҳ. Ҳабибуллоев имзо кард')).toEqual([
      ['Ӯ.Ҳ. Ҳабибуллоев', 'U. H. Habibulloev'],
    ]);
    expect(names('муфаттиш Қурбонзода Ӣ. Қ. гуфт')).toEqual([
      ['Қурбонзода Ӣ. Қ.', 'I. Q. Qurbonzoda'],
    ]);
  });

  it('Polish initials with diacritics (Ł. Ś. Ż.), spaced and glued', () => {
    expect(names('Świadek Wróblewski Ł.Ś. zeznał, że')).toEqual([
      ['Wróblewski Ł.Ś.', 'Ł. Ś. Wróblewski'],
    ]);
    expect(names('Protokół sporządził Ż. Ł. Kaczmarczyk w obecności')).toEqual([
      ['Ż. Ł. Kaczmarczyk', 'Ż. Ł. Kaczmarczyk'],
    ]);
    // Latin capitals glued with full stops before a word that is no family name: an abbreviation.
    expect(names('the U.S. Navy said on Monday')).toEqual([]);
    expect(names('shares of Dunmore S.A. rose')).toEqual([]);
    expect(names('the Palestinian U.N. envoy said')).toEqual([]);
  });
});
