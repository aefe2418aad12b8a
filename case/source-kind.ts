// What kind of source a document is, which sets the stance of what it says about where people were:
// an accusation (indictment, charge, extradition request, wanted or red notice) alleges; an official
// record (border data, passport, certificate, court decision) documents; a letter or an interview is
// testimony. A news report is a pointer to sources, not one: no claims are read from it.
// Read from the words of the document's head, in the languages of the cases. The claims stage reads
// stances with it; the case tells with it which allegations a source only reports.
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
