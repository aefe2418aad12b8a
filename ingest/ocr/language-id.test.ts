import { describe, expect, it } from 'vitest';
import { chooseLanguages } from './language-id.js';

describe('chooseLanguages', () => {
  it('keeps Russian for Russian text', () => {
    expect(chooseLanguages('Органом предварительного следствия установлено, что Назарова Ф. Р., находясь под влиянием идей, в конце 2017 года вступила в переписку').languages).toEqual(['rus']);
  });

  it('finds Tajik even in a Russian model reading (ҳ ҷ қ read as х ч к)', () => {
    const asReadByRus = 'Бо айбдоркуни дар содир намудани чиноятхои пешбининамудаи моддахои 401(1) ва 307(3) Кодекси чиноятии Чумхурии Точикистон чустучу мешавад. Тибки маълумот, 23 марти соли 2018 ба Туркия рафта';
    expect(chooseLanguages(asReadByRus).languages[0]).toBe('tgk');
  });

  it('finds Ukrainian from і read as Latin i, 1 or !', () => {
    const asReadByRus = 'На Ваш адвокатський запит повiдомляемо, що за даними 1нформацiйно! системи громадянка Республiки Таджикистан перетинала державний кордон Украiни, вiд 17.01.2018 до 06.05.2019 згiдно з даними';
    expect(chooseLanguages(asReadByRus).languages[0]).toBe('ukr');
  });

  it('chooses the Latin language by its function words', () => {
    expect(chooseLanguages('Sąd Okręgowy w Przemyślu postanawia stwierdzić prawną niedopuszczalność wydania, na podstawie art. 602 oraz w dniu 23 lipca').languages).toEqual(['pol']);
    expect(chooseLanguages('La Cour européenne des droits de l’homme a rendu un arrêt dans une affaire qui concerne les réfugiés du Tadjikistan').languages).toEqual(['fra']);
    expect(chooseLanguages('De rechtbank heeft het verzoek van de officier van justitie niet ingewilligd en de vreemdeling is op vrije voeten gesteld').languages).toEqual(['nld']);
    expect(chooseLanguages('The Tajik authorities state that your sister flew from Dushanbe to Istanbul on 23 March 2018. What do you say?').languages).toEqual(['eng']);
  });

  it('keeps both scripts of a bilingual page', () => {
    const passport = 'ҶУМҲУРИИ ТОҶИКИСТОН / REPUBLIC OF TAJIKISTAN ШИНОСНОМА / PASSPORT Навъ / Type Рамзи давлат / Code Насаб / Surname Ном / Given names Санаи таваллуд / Date of birth Ҷои таваллуд / Place of birth Санаи додан / Date of issue';
    expect(chooseLanguages(passport).languages.sort()).toEqual(['eng', 'tgk']);
  });

  it('falls back to rus+eng on too little text', () => {
    expect(chooseLanguages('12 34').languages).toEqual(['rus', 'eng']);
  });

  it('tells German from Dutch and English', () => {
    expect(chooseLanguages('Der Senat hat den Antrag der Generalstaatsanwaltschaft geprüft und die Auslieferung des Verfolgten für unzulässig erklärt, weil ihm dort Folter droht').languages).toEqual(['deu']);
    expect(chooseLanguages('Die Beschwerdeführerin wurde am 4. Juni von der Polizei festgenommen und ist seitdem in der Justizvollzugsanstalt untergebracht').languages).toEqual(['deu']);
  });
});
