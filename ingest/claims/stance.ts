// What kind of source a document is, which sets the stance of what it says about where people were:
// an accusation (indictment, charge, extradition request, wanted or red notice) alleges; an official
// record (border data, passport, certificate, court decision) documents; a letter or an interview is
// testimony. A news report is a pointer to sources, not one: no claims are read from it.
// Read from the words of the document's head, in the languages of the cases.
export type Stance = 'alleged' | 'documented' | 'testimony';
export type SourceKind = Stance | 'secondary';

const ACCUSATION =
  /обвинительное заключение|о привлечении в качестве обвиняем|запрос\s+о\s+выдаче|о выдаче лица|red notice|wanted person|ҷустуҷӯ|розыск|list gończy|akt oskarżenia|wniosek o ekstradycję|avis de recherche|обвинувальний акт|розшук|айбнома/iu;
const TESTIMONY =
  /record of interview|протокол (?:опроса|допроса|допиту)|protokół przesłuchania|здравствуйте|дорог(?:ая|ой|ие)(?!\p{L})|уважаем|шановн|szanown|dear\s|письм[оа]|лист(?!\p{L})|list(?!\p{L}).*(?:od|z aresztu)|меня зовут|my name is|nazywam się|мене звати|номи ман/iu;
const RECORD =
  /довідка|справка|свидетельство|шаҳодатнома|certificate|passport|паспорт|шиноснома|paszport|postanowienie|wyrok|решение|приговор|ухвала|рішення|вирок|jugement|décision|visas and stamps|перетинання|пересечени/iu;
const NEWS = /^\s*by\s+\p{Lu}\p{L}+\s+\p{Lu}\p{L}+\s*[·|,—-]/imu;

/** The kind of source, from the first lines of its first page. */
export function sourceKind(firstPage: string): SourceKind | undefined {
  const head = firstPage.split('\n').slice(0, 20).join('\n');
  if (NEWS.test(head)) return 'secondary';
  if (ACCUSATION.test(head)) return 'alleged';
  if (TESTIMONY.test(head)) return 'testimony';
  if (RECORD.test(head)) return 'documented';
  return undefined;
}

/**
 * A sentence that reports what someone else asserts ("the Tajik authorities state that…", "według
 * wniosku…", "говорит, что…"), or denies it: not this source's own claim about where the person was.
 */
export const REPORTED =
  /accus|alleg|state[sd]? that|claim|according to|говор(?:ит|ят)|утвержда|обвиня|написано|пиш(?:ет|ут)|pisze|piszą|writes|пише|пишуть|wrote|według|wniosku|twierdzeni|zarzuca|stwierdza|кажуть|стверджу|заявля|написали|prétend|selon|mówi|say that|says|said/iu;
export const NEGATED = /(?<!\p{L})never(?!\p{L})|(?<!\p{L})nigdy(?!\p{L})|никогда|ніколи|(?<!\p{L})не\s+(?:был|была|были|выезжал\p{L}*|зарегистр\p{L}*|зареєстр\p{L}*|перетинал\p{L}*)/iu;
/** Hearsay inside an accusation (a relative told the neighbours, according to the data of …): not its own allegation. */
export const HEARSAY = /сообщил|рассказал|по данным|according to|told|за даними|według danych|показаниями/iu;
