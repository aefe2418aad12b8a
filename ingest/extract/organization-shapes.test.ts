import { describe, expect, it } from 'vitest';
import { extractPage } from './extract.js';
import { isGroupHead, isHead } from './organization-shapes.js';
import { newContext } from './types.js';
import { findOrganizations } from './organizations.js';

const orgs = (text: string) => findOrganizations(text).map((f) => [f.text, f.normalized]);

// Invented institutions that no catalogue holds: each kind of shape in several languages.
describe('organizations no catalogue lists', () => {
  it('a quoted name after a head noun: the noun and name in the nominative, the name alone otherwise', () => {
    expect(orgs('проживала в гостинице «Северная звезда» с 3 мая')).toEqual([
      ['Северная звезда', 'Северная звезда'],
    ]);
    expect(orgs('Гостиница «Северная звезда»\nг. Гомель')).toEqual([
      ['Гостиница «Северная звезда»', 'Гостиница «Северная звезда»'],
    ]);
    expect(orgs('члены запрещённого движения «Светлый путь» собирали')).toEqual([
      ['Светлый путь', 'Светлый путь'],
    ]);
    expect(orgs('Mitglied der verbotenen Bewegung „Neuer Morgen“ gewesen')).toEqual([
      ['Neuer Morgen', 'Neuer Morgen'],
    ]);
  });

  it('a quoted name after a newspaper, a station, a plant or a legal form is the name alone', () => {
    expect(orgs('как сообщила газета «Вечерний маяк», завод закрыт')).toEqual([
      ['Вечерний маяк', 'Вечерний маяк'],
    ]);
    expect(orgs('директор ООО «Полярный ветер» подписал')).toEqual([
      ['Полярный ветер', 'Полярный ветер'],
    ]);
    expect(orgs('в ефірі радіостанції «Гірський голос» сказав')).toEqual([
      ['Гірський голос', 'Гірський голос'],
    ]);
    expect(orgs('w wywiadzie dla dziennika „Głos Doliny” powiedział')).toEqual([
      ['Głos Doliny', 'Głos Doliny'],
    ]);
    expect(orgs('a déclaré au quotidien « Le Veilleur » hier')).toEqual([
      ['Le Veilleur', 'Le Veilleur'],
    ]);
    expect(orgs('a déclaré au quotidien «Le Veilleur» hier')).toEqual([
      ['Le Veilleur', 'Le Veilleur'],
    ]);
  });

  it('a quoted title after a noun that names no organization stays nothing', () => {
    expect(orgs('премьера фильма «Тихий берег» прошла')).toEqual([]);
    expect(orgs('the premiere of the film "Quiet Shore" was')).toEqual([]);
  });

  it('an institution named by one stump compound, in Russian and Ukrainian, in its case forms', () => {
    expect(orgs('письмо направлено в Минтруд, копия — в Мособлсуд')).toEqual([
      ['Минтруд', 'Минтруд'],
      ['Мособлсуд', 'Мособлсуд'],
    ]);
    expect(orgs('по данным Госстата и Нацбанка')).toEqual([
      ['Госстата', 'Госстата'],
      ['Нацбанка', 'Нацбанка'],
    ]);
    expect(orgs('звернувся до Мінфіну та Держстату')).toEqual([
      ['Мінфіну', 'Мінфіну'],
      ['Держстату', 'Держстату'],
    ]);
  });

  it('a word that only begins with an institution prefix is no stump compound', () => {
    expect(orgs('Гордеев приехал из Ростова в Минск, потом в Москву.')).toEqual([]);
    expect(orgs('Комаренко виїхав до Обладнання та Мінська.')).toEqual([]);
  });

  it('no quoted name from the next line after a head noun that ends a heading line', () => {
    expect(orgs('ОБЛАСНЕ УПРАВЛІННЯ\n«ПОГОДЖЕНО»\nНачальник відділу')).toEqual([
      ['ОБЛАСНЕ УПРАВЛІННЯ', 'ОБЛАСНЕ УПРАВЛІННЯ'],
    ]);
    expect(orgs('PROKURATURA OKRĘGOWA\n„ZATWIERDZAM”\nProkurator')).toEqual([
      ['PROKURATURA OKRĘGOWA', 'PROKURATURA OKRĘGOWA'],
    ]);
    // A sentence wrapped after the noun goes on to the name.
    expect(orgs('члены запрещённого движения\n«Светлый путь» собирали')).toEqual([
      ['Светлый путь', 'Светлый путь'],
    ]);
  });

  it('a group name after a group noun, or before an English one', () => {
    expect(orgs('należała do ugrupowania Jamaat Nurbek, uznanego za')).toEqual([
      ['Jamaat Nurbek', 'Jamaat Nurbek'],
    ]);
    expect(orgs('funding the banned Nurbekiyya movement in 2019')).toEqual([
      ['Nurbekiyya movement', 'Nurbekiyya movement'],
    ]);
  });

  it('a group name and its English group noun across a wrapped line', () => {
    expect(orgs('funding the banned Velmora\nmovement in 2019')).toEqual([
      ['Velmora\nmovement', 'Velmora movement'],
    ]);
    expect(orgs('members of the outlawed Zarathan\nparty were held')).toEqual([
      ['Zarathan\nparty', 'Zarathan party'],
    ]);
    // Not across a paragraph break.
    expect(orgs('a report on Kestrel\n\nparty lists follow')).toEqual([]);
  });

  it('no group name before an English group noun from a sentence opener or adjectives', () => {
    // A capital a sentence gives, nationality and creed adjectives, a "-based" compound: no name.
    expect(orgs('Several party members left early.')).toEqual([]);
    expect(orgs('Dissident group says talks failed')).toEqual([]);
    expect(orgs('a meeting of an Armenian group in the capital')).toEqual([]);
    expect(orgs('talks with the Estonian Lutheran organisation ended')).toEqual([]);
    // (The name after the noun is the group's.)
    expect(orgs('the Oslo-based group Clearwater Watch said')).toEqual([
      ['Clearwater Watch', 'Clearwater Watch'],
    ]);
    expect(orgs('the Sudanese movement said on Monday')).toEqual([]);
    // A name still is one, after the article or mid-sentence.
    expect(orgs('members of the Tamarind movement were held')).toEqual([
      ['Tamarind movement', 'Tamarind movement'],
    ]);
  });

  it('a letterhead line in capitals holding a head noun', () => {
    expect(orgs('ДЕРЖАВНА ЕКОЛОГІЧНА ІНСПЕКЦІЯ\nВІДДІЛ КОНТРОЛЮ М. РІВНЕ\nДовідка')).toEqual([
      ['ВІДДІЛ КОНТРОЛЮ М. РІВНЕ', 'ВІДДІЛ КОНТРОЛЮ М. РІВНЕ'],
    ]);
    expect(orgs('MINISTRY OF SOCIAL WELFARE OF THE REPUBLIC OF KIRIBATI\nDecision')).toEqual([
      [
        'MINISTRY OF SOCIAL WELFARE OF THE REPUBLIC OF KIRIBATI',
        'MINISTRY OF SOCIAL WELFARE OF THE REPUBLIC OF KIRIBATI',
      ],
    ]);
  });

  it('capitalised words holding a head noun and a specific word, not a bare "Regional Court"', () => {
    expect(orgs('The Tartu County Court held a hearing')).toEqual([
      ['Tartu County Court', 'Tartu County Court'],
    ]);
    expect(orgs('staff of the Asylum Reception Centre in Ghent said')).toEqual([
      ['Asylum Reception Centre in Ghent', 'Asylum Reception Centre in Ghent'],
    ]);
    expect(orgs('The Regional Court dismissed it.')).toEqual([]);
    // A run ends at a sentence's end (a long word with its period) and at a separator.
    expect(orgs('He stayed at the Reception Centre in Valkmoor. Brandvik then left.')).toEqual([
      ['Reception Centre in Valkmoor', 'Reception Centre in Valkmoor'],
    ]);
    expect(orgs('Signed for the Transport Agency of Veldoria. Marten Oskam, director')).toEqual([
      ['Transport Agency of Veldoria', 'Transport Agency of Veldoria'],
    ]);
    expect(orgs('Harbour Research Division · March 2021')).toEqual([
      ['Harbour Research Division', 'Harbour Research Division'],
    ]);
    expect(orgs('under Rule 39 of the Rules of Court')).toEqual([]);
  });

  it('ends before a person named after an office: the name is no part of the institution', () => {
    expect(orgs('Head of the Asylum Division Laima Grigaitienė signed it.')).toEqual([
      ['Asylum Division', 'Asylum Division'],
    ]);
    expect(orgs('a letter from the Harbour Authority Director Andrius Vaitkevičius')).toEqual([
      ['Harbour Authority Director', 'Harbour Authority Director'],
    ]);
    expect(orgs('for the Kaunas Reception Centre Olha Marchenko reported')).toEqual([
      ['Kaunas Reception Centre', 'Kaunas Reception Centre'],
    ]);
  });

  it('German compounds with a head noun, after an adjective; a repeated bare head is the same court', () => {
    expect(
      orgs('Die Ausländerbehörde hat die Abschiebung angeordnet, und der Antrag wurde abgelehnt.'),
    ).toEqual([['Ausländerbehörde', 'Ausländerbehörde']]);
    expect(
      orgs(
        'Nach Auskunft des estnischen Grenzschutzdienstes war er nicht in der Stadt und die Akte ist leer.',
      ),
    ).toEqual([['estnischen Grenzschutzdienstes', 'estnischen Grenzschutzdienstes']]);
  });

  it("institutions named after their seat, in the seat's English form", () => {
    expect(orgs('Landgericht Potsdam, 3. Strafkammer')).toEqual([
      ['Landgericht Potsdam', 'Potsdam Regional Court'],
    ]);
    expect(orgs('Schleswig-Holsteinisches Oberlandesgericht')).toEqual([
      ['Schleswig-Holsteinisches Oberlandesgericht', 'Schleswig-Holstein Higher Regional Court'],
    ]);
    expect(orgs('w Strzeżonym Ośrodku dla Cudzoziemców w Białej Podlaskiej')).toEqual([
      [
        'Strzeżonym Ośrodku dla Cudzoziemców w Białej Podlaskiej',
        'Guarded Centre for Foreigners in Biała Podlaska',
      ],
    ]);
    expect(orgs('le tribunal administratif de Melun a rejeté')).toEqual([
      ['tribunal administratif de Melun', 'Administrative Court of Melun'],
    ]);
  });
});

describe('the end of a capitalised name', () => {
  it('a month or a weekday after a connector is no word of the name', () => {
    expect(orgs('He was moved to Orlavik Prison on Friday after the hearing.')).toEqual([
      ['Orlavik Prison', 'Orlavik Prison'],
    ]);
    expect(orgs('The Varnholt Commission in May reported a loss.')).toEqual([
      ['Varnholt Commission', 'Varnholt Commission'],
    ]);
    expect(orgs('Police in Sandmere on Monday named a suspect.')).toEqual([
      ['Police in Sandmere', 'Police in Sandmere'],
    ]);
  });

  it('a position word and a head noun make no name; a proper name among them does', () => {
    expect(orgs('Halmstad leads the Western Division by two games.')).toEqual([]);
    expect(orgs('He was moved to the Northern Department last year.')).toEqual([]);
    expect(orgs('The East Varnholt Police said.')).toEqual([
      ['East Varnholt Police', 'East Varnholt Police'],
    ]);
  });
});

describe('head nouns in their case forms', () => {
  it('a head stem with a case ending of its language is a head', () => {
    for (const w of ['Courts', 'суда', 'судом', 'Суду', 'рухові', 'Sądzie', 'sadowi', 'Sądów'])
      expect(isHead(w), w).toBe(true);
    for (const w of ['Ministerstwa', 'отделения', 'Відділення', 'ośrodka', 'Gerichts', 'ҳизбҳо'])
      expect(isHead(w), w).toBe(true);
  });

  it('a name that only begins like a head noun is no head', () => {
    // court, суд, рух, sąd, ruch, ҳизб, amt, bank, army as the first letters of invented names.
    for (const w of ['Courtney', 'Судаков', 'Рухшона', 'Sadomir', 'Ruchika', 'Ҳизбулло'])
      expect(isHead(w), w).toBe(false);
    for (const w of ['Amtrud', 'Bankole', 'Armytage', 'Судьбина']) expect(isHead(w), w).toBe(false);
  });

  it('a group noun needs a case ending of its language too', () => {
    for (const w of ['движения', 'партии', 'ugrupowania', 'ruchu', 'Bewegung', 'Parteien'])
      expect(isGroupHead(w), w).toBe(true);
    for (const w of ['groupes', 'ҳизби', 'гурӯҳҳо', 'руху', 'organizacji', 'группировкой'])
      expect(isGroupHead(w), w).toBe(true);
    // Words and names that only begin like one: collapsed, partisans, busy, partial, a given name.
    for (const w of ['рухнул', 'партизаны', 'ruchliwej', 'parteilich', 'Рухшона', 'Ruchika'])
      expect(isGroupHead(w), w).toBe(false);
    for (const w of ['Ҳизбулло', 'Grupello', 'groupies', 'течёт', 'Partington', 'gruppenweise'])
      expect(isGroupHead(w), w).toBe(false);
  });

  it('no group name after a word that only begins like a group noun', () => {
    expect(orgs('Когда мост рухнул Савелий Дорохин вызвал помощь')).toEqual([]);
    expect(orgs('mieszkał przy ruchliwej Kwiatowej Alei od lat')).toEqual([]);
    expect(orgs('партизаны Верхнего Лога ушли')).toEqual([]);
  });

  it('a person named with such a name is found', () => {
    const persons = (text: string) =>
      extractPage(text, newContext())
        .filter((f) => f.type === 'person')
        .map((f) => f.text);
    expect(persons('The statement was signed by Courtney Ashwell on Monday.')).toEqual([
      'Courtney Ashwell',
    ]);
    expect(persons('Свидетель Рухшона Назарова показала, что')).toContain('Рухшона Назарова');
  });
});
