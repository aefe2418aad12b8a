// First-level subdivisions of countries (states, provinces, oblasts, voivodeships, regions) from
// ISO 3166-2 as Debian's iso-codes package ships it: /usr/share/iso-codes/json/iso_3166-2.json for
// the names (each in its country's language, romanized: "Sverdlovskaya oblast'", "South Carolina",
// "Hubei Sheng") and the package's gettext catalogues for the same names in the documents' languages
// (Свердловская область, Південна Кароліна, Karolina Południowa). gettext-parser reads the catalogues.
// Without the package (CASEFILE_ISO_CODES points elsewhere, or it is not installed) there are none:
// the gazetteer then knows countries, curated exonyms and towns only.
import fs from 'node:fs';
import path from 'node:path';
import { mo } from 'gettext-parser';
// Kinds of first-level unit that are regions of a country; municipalities, parishes, rayons, atolls
// and councils are left out (thousands of small units whose names are ordinary words elsewhere).
const REGION_TYPES = new Set([
    'Province',
    'Region',
    'State',
    'Department',
    'Governorate',
    'Administrative region',
    'Prefecture',
    'Canton',
    'Republic',
    'Autonomous republic',
    'Autonomous region',
    'Autonomous community',
    'Autonomous province',
    'Autonomous city',
    'Autonomous district',
    'Land',
    'Voivodship',
    'Metropolitan region',
    'Regional state',
    'Union territory',
    'Emirate',
    'Federal district',
    'Federal territory',
    'Territory',
    'Country',
    'Nation',
    'Oblast',
    'Capital territory',
    'Capital district',
    'Capital city',
]);
// The documents' languages that iso-codes translates (it has no Tajik catalogue).
const LANGUAGES = ['ru', 'uk', 'pl', 'de', 'fr', 'nl'];
// China's ISO names carry the unit's kind in Pinyin (Hubei Sheng, Beijing Shi, Xizang Zizhiqu).
const PINYIN_KIND = /\s+(?:Sheng|Shi|Zizhiqu|\S+zu Zizhiqu|Tebiexingzhengqu)$/u;
/** The directory of iso-codes: CASEFILE_ISO_CODES, else Debian's. */
function isoCodesDir() {
    return process.env.CASEFILE_ISO_CODES ?? '/usr/share/iso-codes';
}
/** The gettext catalogue of ISO 3166-2 in one language: msgid → translation (empty when absent). */
function catalogue(language) {
    // Debian installs the catalogues beside the package's data: /usr/share/locale.
    const file = path.join(isoCodesDir(), '..', 'locale', language, 'LC_MESSAGES', 'iso_3166-2.mo');
    const out = new Map();
    if (!fs.existsSync(file))
        return out;
    const parsed = mo.parse(fs.readFileSync(file));
    for (const [msgid, entry] of Object.entries(parsed.translations[''] ?? {})) {
        const text = entry.msgstr[0];
        if (msgid && text && text !== msgid)
            out.set(msgid, text);
    }
    return out;
}
// A region named by a position alone (Western, Central, Nord, Est, Capital) is an ordinary word in
// every other text: "the Western Division", "Central Bank".
const POSITION_ONLY = /^(?:(?:north|south|east|west|northern|southern|eastern|western|central|centre|center|capital|upper|lower|middle|coast|coastal|islands?|lakes?|nord|sud|est|ouest|centro|norte|oriental|occidental|littoral|plateau|centrale)(?:[\s-]+|$))+$/iu;
/** A spelling as text writes it: no parenthesis, no alternative after a slash or a semicolon. */
function spellings(raw) {
    return raw
        .split(/[;/]/)
        .map((s) => s.replace(/\([^)]*\)/g, '').trim())
        .filter((s) => s && !s.includes(',') && !POSITION_ONLY.test(s));
}
let cached;
/**
 * The first-level subdivisions of every country with their spellings in the ISO name and in
 * ru, uk, pl, de, fr and nl; [] without iso-codes. Read once (~5,000 entries, ~0.1 s).
 */
export function subdivisions() {
    if (cached)
        return cached;
    const file = path.join(isoCodesDir(), 'json', 'iso_3166-2.json');
    if (!fs.existsSync(file))
        return (cached = []);
    const entries = JSON.parse(fs.readFileSync(file, 'utf8'))['3166-2'].filter((e) => !e.parent && REGION_TYPES.has(e.type));
    const catalogues = LANGUAGES.map(catalogue);
    cached = entries.flatMap((e) => {
        const name = spellings(e.name)[0]?.replace(PINYIN_KIND, '');
        // A region the ISO names by a position alone has translations that are adjectives (Западная).
        if (!name)
            return [];
        const forms = new Set();
        for (const raw of [e.name, ...catalogues.map((c) => c.get(e.name) ?? '')])
            for (const s of spellings(raw))
                forms.add(s.replace(PINYIN_KIND, ''));
        return [{ code: e.code, name, forms: [...forms] }];
    });
    return cached;
}
//# sourceMappingURL=subdivisions.js.map