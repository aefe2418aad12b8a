// The cues of a sentence that change what it claims: an accusation reported by a record or a letter,
// what someone else asserts, a denial, hearsay. The kind of the whole source (sourceKind) is
// case/source-kind.ts's, where the case reads it too.
/**
 * A sentence in which a record or a letter reports an accusation ("prokurator zarzuca mu, że…",
 * "man wirft ihr vor, sie sei … gewesen", "is accused of having stayed"): what it places is the
 * accusation's claim, alleged, not the reporting source's own.
 */
export const ACCUSES = /zarzuca|podejrzan\p{L}*\s+o\s+to,?\s+że|suspected of|подозрева\p{L}*\s+в\s+том,?\s+что|підозрю\p{L}*\s+у\s+тому,?\s+що|soupçonné\p{L}*\s+d|verdächtig\p{L}*,?\s+(?:\p{L}+\s+){0,2}zu\s+haben|zarzut\p{L}*,?\s+że|accuse[sd]?\s+\p{L}+(?:\s+\p{L}+)?\s+of|is accused of|werf\p{L}*\s+(?:\p{L}+\s+){0,2}vor|vorgeworfen|обвиня(?:ет|ют)|обвиняется в том|звинувачу\p{L}*|reproch\p{L}*|айбдор мекун\p{L}*/iu;
/**
 * A sentence that gives an accusation's document as its source ("according to the extradition
 * request, she …", "według wniosku o ekstradycję", "согласно запросу о выдаче", "selon la demande
 * d'extradition"): what it places is the accusation's claim, alleged, whoever reports it.
 */
export const CITES_ACCUSATION = /(?<!\p{L})(?:according to|as stated in|under|według|zgodnie z|согласно|в соответствии с|по данным|відповідно до|згідно з|за даними|selon|d'après|laut|gemäß)\s+(?:the\s+|la\s+|le\s+|l['’]|dem\s+|der\s+|des\s+)?(?:\p{L}+\s+){0,2}(?:extradition request|request for (?:his|her|their)?\s*extradition|indictment|charge sheet|red notice|arrest warrant|wnios\p{L}*\s+o\s+ekstradycj\p{L}*|akt\p{L}*\s+oskarżenia|list\p{L}*\s+gończ\p{L}*|запрос\p{L}*\s+о\s+выдаче|обвинительн\p{L}*\s+заключени\p{L}*|постановлени\p{L}*\s+о\s+привлечении|запит\p{L}*\s+про\s+(?:видачу|екстрадицію)|обвинувальн\p{L}*\s+акт\p{L}*|demande d['’]extradition|acte d['’]accusation|auslieferungsersuch\p{L}*|anklageschrift|haftbefehl\p{L}*)/iu;
/**
 * (Each cue begins a word: "said" is not in "Saidova".)
 * A sentence that reports what someone else asserts ("the Tajik authorities state that…", "według
 * wniosku…", "говорит, что…"), or denies it: not this source's own claim about where the person was.
 */
export const REPORTED = /(?<!\p{L})(?:accus|alleg|state[sd]? that|claim|according to|говор(?:ит|ят)|утвержда|обвиня|написано|пиш(?:ет|ут)|pisze|piszą|writes|пише|пишуть|wrote|według|(?:we|z|według)\s+wniosku|twierdzeni|zarzuca|stwierdza|кажуть|стверджу|заявля|написали|prétend|selon|mówi|say that|says(?!\p{L})|said(?!\p{L}))/iu;
/**
 * A record that cites its own registers ("according to the border database", "по данным
 * автоматизированной системы", "z danych Straży Granicznej wynika", "selon les données"): the
 * record's own finding, not what someone else asserts.
 */
export const OWN_RECORDS = /(?<!\p{L})(?:according to|as per|per)\s+(?:the\s+|its\s+|our\s+)?(?:[\p{L}-]+\s+){0,3}(?:database|data|records?|registers?|systems?)(?!\p{L})|(?<!\p{L})(?:по данным|за даними|z danych|według danych|zgodnie z danymi|selon les (?:données|registres)|d['’]après les (?:données|registres)|laut (?:den\s+)?(?:daten|angaben|aufzeichnungen)|бо маълумоти)(?!\p{L})/iu;
export const NEGATED = /(?<!\p{L})never(?!\p{L})|(?<!\p{L})nigdy(?!\p{L})|никогда|ніколи|(?<!\p{L})не\s+(?:был|была|были|выезжал\p{L}*|зарегистр\p{L}*|зареєстр\p{L}*|перетинал\p{L}*)/iu;
/** Hearsay inside an accusation (a relative told the neighbours, according to the data of …): not its own allegation. */
export const HEARSAY = /(?<!\p{L})(?:сообщил|рассказал|по данным|according to|told(?!\p{L})|за даними|według danych|показаниями)/iu;
//# sourceMappingURL=stance.js.map