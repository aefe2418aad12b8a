// What kind of source a document is, which sets the stance of what it says about where people were:
// an accusation (indictment, charge, extradition request, wanted or red notice) alleges; an official
// record (border data, passport, certificate, court decision) documents; a letter or an interview is
// testimony. A news report is a pointer to sources, not one: no claims are read from it.
// Read from the words of the document's head, in the languages of the cases. The claims stage reads
// stances with it; the case tells with it which allegations a source only reports.
import { loadData } from '../core/data.js';
const ACCUSATION = /обвинительное заключение|о привлечении в качестве обвиняем|запрос\s+о\s+выдаче|о выдаче лица|red notice|wanted person|ҷустуҷӯ|розыск|list gończy|akt oskarżenia|wniosek o ekstradycję|avis de recherche|обвинувальний акт|розшук|айбнома|ба сифати айбдоршаванда|anklageschrift|acte d'accusation|mise en examen|indictment|повідомлення про підозру|mandat d['’]arrêt|haftbefehl/iu;
const TESTIMONY = /муроҷиат|video appeal|відеозвернення|видеообращени|transcript of|стенограмма|record of interview|протокол (?:опроса|допроса|допиту)|protokół przesłuchania|здравствуйте|дорог(?:ая|ой|ие)(?!\p{L})|уважаем|шановн|szanown|dear\s|письм[оа]|лист(?!\p{L})|list(?!\p{L}).*(?:od|z aresztu)|меня зовут|my name is|nazywam się|мене звати|номи ман/iu;
const RECORD = /довідка|справка|свидетельство|шаҳодатнома|certificate|passport|паспорт|шиноснома|paszport|postanowienie|wyrok|решение|приговор|ухвала|рішення|вирок|jugement|décision|(?<!\p{L})decision(?!\p{L})|beschluss|urteil|visas and stamps|перетинання|пересечени|витяг|выписка|виписка|discharge summary|wypis ze szpitala|entlassungsbericht|journal|журнал|register|passenger list|manifest|zaświadczeni\p{L}*|wyciąg|attestation|certificat|extrait|bescheinigung|auszug|маълумотнома|ҳукм|judg(?:e)?ment|свідоцтво|świadectw\p{L}*|akt\p{L}* (?:małżeństwa|urodzenia)|acte de (?:mariage|naissance)|\p{L}*urkunde|decyzj\p{L}*|протокол\p{L}* (?:задержания|затримання)|protokół zatrzymania|record of arrest/iu;
// A letter opens with its greeting on a line of its own, ending in "!" (or ","): the shape is a cue
// even where the words are misread.
const SALUTATION = /^[^\n]{3,60}!\s*$/mu;
const NEWS = /^\s*by\s+\p{Lu}\p{L}+\s+\p{Lu}\p{L}+\s*[·|,—-]/imu;
const RANK = ['alleged', 'testimony', 'documented'];
const BUILT_IN = {
    alleged: ACCUSATION,
    testimony: TESTIMONY,
    documented: RECORD,
};
let ranked;
/**
 * Every cue pattern, in RANK order (at one place, an accusation outranks testimony and testimony a
 * record): each kind's built-in cues, then the names of document kinds of
 * data/document-headings.json, one pattern per kind and place — a common word ("ОБЪЯСНЕНИЕ",
 * "Oświadczenie", "Vermerk") only where it opens a line of the head (the title), a specific phrase
 * ("о возбуждении уголовного дела") anywhere in it, from the word before it. Built once.
 */
function rankedCues() {
    if (!ranked) {
        const entries = loadData('document-headings.json').entries;
        ranked = [];
        for (const kind of RANK) {
            ranked.push([kind, BUILT_IN[kind]]);
            for (const at of ['line-start', 'anywhere']) {
                const cues = entries
                    .filter((e) => e.kind === kind && e.at === at)
                    .flatMap((e) => e.cues)
                    .sort((a, b) => b.length - a.length)
                    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
                if (!cues.length)
                    continue;
                // A phrase stands where the word before it on its line does: "Postanowienie o przedstawieniu
                // zarzutów" is an accusation titled so, not the decision its first word would make it.
                const before = at === 'line-start' ? '(?<=^[ \\t]*)' : '(?<!\\p{L})(?:\\p{L}+[ \\t]+)?';
                ranked.push([kind, new RegExp(`${before}(?:${cues.join('|')})(?!\\p{L})`, 'imu')]);
            }
        }
    }
    return ranked;
}
/** The kind of source, from the first lines of its first page. */
export function sourceKind(firstPage) {
    return sourceCue(firstPage)?.kind;
}
/**
 * The kind of source and the words of its head that tell it (`{ kind: 'alleged', cue: 'обвинительное
 * заключение' }`; a letter known by its greeting line has that line as its cue); undefined when the
 * head says nothing.
 */
export function sourceCue(firstPage) {
    const head = firstPage.split('\n').slice(0, 20).join('\n');
    const news = NEWS.exec(head);
    if (news)
        return { kind: 'secondary', cue: news[0].trim() };
    // The cue that comes first names the document: a decision that mentions a red notice further down
    // is a decision; a charge whose heading says so is a charge.
    let best;
    for (const [kind, re] of rankedCues()) {
        const m = re.exec(head);
        if (m && (!best || m.index < best.at))
            best = { kind, at: m.index, cue: m[0] };
    }
    if (best)
        return { kind: best.kind, cue: best.cue };
    const greeting = SALUTATION.exec(firstPage.split('\n').slice(0, 4).join('\n'));
    return greeting ? { kind: 'testimony', cue: greeting[0].trim() } : undefined;
}
const KIND_WORDS = {
    alleged: 'an accusation',
    documented: 'an official record',
    testimony: 'testimony',
    secondary: 'a secondary source',
};
/**
 * Why a claim has its stance, in words a reader can check against the page: the kind of its source
 * and the words of the source's head that tell it, and, for an allegation a record or a letter only
 * reports, that it reports it (`alleged: the source is an official record («решение»), which reports
 * an accusation`).
 */
export function stanceReason(stance, firstPage) {
    const source = sourceCue(firstPage);
    if (!source)
        return `${stance}: the source's kind is not told by its head`;
    const told = `the source is ${KIND_WORDS[source.kind]} («${source.cue.replace(/\s+/g, ' ')}»)`;
    if (source.kind !== stance && stance === 'alleged')
        return `${stance}: ${told}, which reports an accusation`;
    return `${stance}: ${told}`;
}
//# sourceMappingURL=source-kind.js.map