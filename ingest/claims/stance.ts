// What kind of source a document is, which sets the stance of what it says about where people were:
// an accusation (indictment, charge, extradition request, wanted or red notice) alleges; an official
// record (border data, passport, certificate, court decision) documents; a letter or an interview is
// testimony. A news report is a pointer to sources, not one: no claims are read from it.
// Read from the words of the document's head, in the languages of the cases.
export type Stance = 'alleged' | 'documented' | 'testimony';
export type SourceKind = Stance | 'secondary';

const ACCUSATION =
  /обвинительное заключение|о привлечении в качестве обвиняем|запрос\s+о\s+выдаче|о выдаче лица|red notice|wanted person|ҷустуҷӯ|розыск|list gończy|akt oskarżenia|wniosek o ekstradycję|avis de recherche|обвинувальний акт|розшук|айбнома|ба сифати айбдоршаванда|anklageschrift|acte d'accusation|mise en examen|indictment|повідомлення про підозру/iu;
const TESTIMONY =
  /муроҷиат|video appeal|відеозвернення|видеообращени|transcript of|стенограмма|record of interview|протокол (?:опроса|допроса|допиту)|protokół przesłuchania|здравствуйте|дорог(?:ая|ой|ие)(?!\p{L})|уважаем|шановн|szanown|dear\s|письм[оа]|лист(?!\p{L})|list(?!\p{L}).*(?:od|z aresztu)|меня зовут|my name is|nazywam się|мене звати|номи ман/iu;
const RECORD =
  /довідка|справка|свидетельство|шаҳодатнома|certificate|passport|паспорт|шиноснома|paszport|postanowienie|wyrok|решение|приговор|ухвала|рішення|вирок|jugement|décision|(?<!\p{L})decision(?!\p{L})|beschluss|urteil|visas and stamps|перетинання|пересечени|витяг|выписка|виписка|discharge summary|wypis ze szpitala|entlassungsbericht|journal|журнал|register|passenger list|manifest/iu;
// A letter opens with its greeting on a line of its own, ending in "!" (or ","): the shape is a cue
// even where the words are misread.
const SALUTATION = /^[^\n]{3,60}!\s*$/mu;
const NEWS = /^\s*by\s+\p{Lu}\p{L}+\s+\p{Lu}\p{L}+\s*[·|,—-]/imu;

/** The kind of source, from the first lines of its first page. */
export function sourceKind(firstPage: string): SourceKind | undefined {
  const head = firstPage.split('\n').slice(0, 20).join('\n');
  if (NEWS.test(head)) return 'secondary';
  // The cue that comes first names the document: a decision that mentions a red notice further down
  // is a decision; a charge whose heading says so is a charge.
  const cues: Array<[Stance, RegExp]> = [
    ['alleged', ACCUSATION],
    ['testimony', TESTIMONY],
    ['documented', RECORD],
  ];
  let best: [Stance, number] | undefined;
  for (const [kind, re] of cues) {
    const at = re.exec(head)?.index;
    if (at !== undefined && (!best || at < best[1])) best = [kind, at];
  }
  if (best) return best[0];
  if (SALUTATION.test(firstPage.split('\n').slice(0, 4).join('\n'))) return 'testimony';
  return undefined;
}

/**
 * A sentence in which a record or a letter reports an accusation ("prokurator zarzuca mu, że…",
 * "man wirft ihr vor, sie sei … gewesen", "is accused of having stayed"): what it places is the
 * accusation's claim, alleged, not the reporting source's own.
 */
export const ACCUSES =
  /zarzuca|zarzut\p{L}*,?\s+że|accuse[sd]?\s+\p{L}+(?:\s+\p{L}+)?\s+of|is accused of|werf\p{L}*\s+(?:\p{L}+\s+){0,2}vor|vorgeworfen|обвиня(?:ет|ют)|обвиняется в том|звинувачу\p{L}*|reproch\p{L}*|айбдор мекун\p{L}*/iu;

/**
 * (Each cue begins a word: "said" is not in "Saidova".)
 * A sentence that reports what someone else asserts ("the Tajik authorities state that…", "według
 * wniosku…", "говорит, что…"), or denies it: not this source's own claim about where the person was.
 */
export const REPORTED =
  /(?<!\p{L})(?:accus|alleg|state[sd]? that|claim|according to|говор(?:ит|ят)|утвержда|обвиня|написано|пиш(?:ет|ут)|pisze|piszą|writes|пише|пишуть|wrote|według|(?:we|z|według)\s+wniosku|twierdzeni|zarzuca|stwierdza|кажуть|стверджу|заявля|написали|prétend|selon|mówi|say that|says(?!\p{L})|said(?!\p{L}))/iu;
export const NEGATED = /(?<!\p{L})never(?!\p{L})|(?<!\p{L})nigdy(?!\p{L})|никогда|ніколи|(?<!\p{L})не\s+(?:был|была|были|выезжал\p{L}*|зарегистр\p{L}*|зареєстр\p{L}*|перетинал\p{L}*)/iu;
/** Hearsay inside an accusation (a relative told the neighbours, according to the data of …): not its own allegation. */
export const HEARSAY = /(?<!\p{L})(?:сообщил|рассказал|по данным|according to|told(?!\p{L})|за даними|według danych|показаниями)/iu;
