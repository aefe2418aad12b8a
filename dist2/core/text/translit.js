// One transliteration scheme for names, Cyrillic to Latin: the BGN/PCGN-style practical romanization
// used in English-language reporting on Central Asia, extended with the Tajik letters:
//   х → kh, but Tajik ҳ → h;  ҷ → j (and дж → j);  ғ → gh;  қ → q;  ӣ → i;  ӯ → u;
//   ё → yo, й → y, ц → ts, ч → ch, ш → sh, щ → shch, ы → y, э → e, ю → yu, я → ya, ъ ь → (nothing);
//   Ukrainian і → i, ї → yi, є → ye, ґ → g, and in Ukrainian text the national romanization (Cabinet of
//   Ministers of Ukraine resolution No. 55 of 27 January 2010, as in Ukrainian passports): и → y, г → h,
//   зг → zgh, and я ю є ї й → ya yu ye yi y at the start of a word, ia iu ie i i inside it.
// So Саидова → Saidova, Холиқов → Kholiqov, Раҳимова → Rahimova, Ҷаҳонгир → Jahongir,
// Кирило (Ukrainian) → Kyrylo. No transliteration library covers the Tajik letters this way.
/** Each Cyrillic letter (lower case) in Latin letters, as a name is romanized outside Ukrainian text. */
export const LATIN_OF = {
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    д: 'd',
    е: 'e',
    ё: 'yo',
    ж: 'zh',
    з: 'z',
    и: 'i',
    й: 'y',
    к: 'k',
    л: 'l',
    м: 'm',
    н: 'n',
    о: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ф: 'f',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ъ: '',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'yu',
    я: 'ya',
    ҳ: 'h',
    ҷ: 'j',
    ғ: 'gh',
    қ: 'q',
    ӣ: 'i',
    ӯ: 'u',
    і: 'i',
    ї: 'yi',
    є: 'ye',
    ґ: 'g',
};
const UKRAINIAN = { и: 'y', г: 'h' };
// Inside a word (not its first letter), KMU 2010 writes the iotated letters with i.
const UKRAINIAN_INSIDE = { я: 'ia', ю: 'iu', є: 'ie', ї: 'i', й: 'i' };
/** Transliterates one word, keeping the case pattern (Title, UPPER or lower). */
export function transliterate(word, opts = {}) {
    const lower = word.toLowerCase().replace(/дж/g, 'ҷ');
    let out = '';
    let i = 0;
    for (const ch of lower) {
        const inside = i++ > 0 && opts.ukrainian;
        if (opts.ukrainian && ch === 'г' && out.endsWith('z'))
            out += 'gh';
        else
            out +=
                (inside ? UKRAINIAN_INSIDE[ch] : undefined) ??
                    (opts.ukrainian ? UKRAINIAN[ch] : undefined) ??
                    LATIN_OF[ch] ??
                    ch;
    }
    if (word.length > 1 && word === word.toUpperCase())
        return out.toUpperCase();
    return word[0] && word[0] !== word[0].toLowerCase()
        ? out.charAt(0).toUpperCase() + out.slice(1)
        : out;
}
/** An initial as it is romanized: Ш → Sh, Ю → Yu, Х → Kh. */
export function transliterateInitial(letter, opts = {}) {
    const t = transliterate(letter.toLowerCase(), opts);
    return t.charAt(0).toUpperCase() + t.slice(1);
}
//# sourceMappingURL=translit.js.map