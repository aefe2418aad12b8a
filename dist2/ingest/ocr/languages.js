// OCR language data, always local: from the @tesseract.js-data/* npm packages where they exist (LSTM
// "best_int" models), otherwise from the system's tessdata folder (Debian's tesseract-ocr-* packages;
// npm has no Russian). The models are unpacked once into <data>/tessdata, which the workers read.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
export const OCR_LANGUAGES = [
    'rus',
    'tgk',
    'ukr',
    'pol',
    'eng',
    'fra',
    'deu',
    'nld',
];
/** Letters only the named model writes, with the letter a Russian model reads in their place. */
export const OWN_LETTERS = {
    tgk: { ҳ: 'х', қ: 'к', ҷ: 'ч', ғ: 'г', ӣ: 'и', ӯ: 'у' },
    ukr: { і: 'и', ї: 'и', є: 'е', ґ: 'г' },
};
const require = createRequire(import.meta.url);
/** System folders searched for traineddata, in order (TESSDATA_PREFIX first, as tesseract does). */
function systemTessdataDirs() {
    const dirs = [
        process.env.TESSDATA_PREFIX,
        '/usr/share/tesseract-ocr/5/tessdata',
        '/usr/share/tesseract-ocr/4.00/tessdata',
        '/usr/share/tessdata',
        '/usr/local/share/tessdata',
    ];
    return dirs.filter((d) => Boolean(d));
}
class MissingLanguageError extends Error {
    name = 'MissingLanguageError';
}
function fromNpm(lang) {
    try {
        const dir = path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
        const file = path.join(dir, '4.0.0_best_int', `${lang}.traineddata.gz`);
        return fs.existsSync(file) ? { file, gzip: true } : undefined;
    }
    catch {
        return undefined;
    }
}
function fromSystem(lang) {
    for (const dir of systemTessdataDirs()) {
        const file = path.join(dir, `${lang}.traineddata`);
        if (fs.existsSync(file))
            return { file, gzip: false };
    }
    return undefined;
}
/**
 * Where a language's model comes from, or undefined when it is not installed. `prefer` picks which
 * source is tried first: the npm packages hold the "best_int" LSTM models; Debian's packages hold
 * the smaller, faster "fast" models.
 */
function findLanguage(lang, prefer = 'npm') {
    return prefer === 'npm'
        ? (fromNpm(lang) ?? fromSystem(lang))
        : (fromSystem(lang) ?? fromNpm(lang));
}
function installHint(lang) {
    if (lang === 'rus')
        return 'install the Debian package tesseract-ocr-rus (apt-get install tesseract-ocr-rus), or set TESSDATA_PREFIX to a folder with rus.traineddata';
    return `install the npm package @tesseract.js-data/${lang} (npm install @tesseract.js-data/${lang})`;
}
/**
 * Makes sure every requested model is unpacked under `root`, returning the folder the workers read;
 * throws one MissingLanguageError that names every missing language and the package that provides it.
 */
export function prepareTessdata(root, langs, prefer = 'npm') {
    // One folder per source, so switching the preference never mixes stale models in.
    const dir = path.join(root, prefer);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const missing = [];
    for (const lang of langs) {
        const target = path.join(dir, `${lang}.traineddata`);
        if (fs.existsSync(target))
            continue;
        const source = findLanguage(lang, prefer);
        if (!source) {
            missing.push(`${lang}: ${installHint(lang)}`);
            continue;
        }
        const bytes = fs.readFileSync(source.file);
        const tmp = `${target}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, source.gzip ? zlib.gunzipSync(bytes) : bytes);
        fs.renameSync(tmp, target);
    }
    if (missing.length > 0) {
        throw new MissingLanguageError(`OCR language data missing: ${missing.join('; ')}`);
    }
    return dir;
}
//# sourceMappingURL=languages.js.map