// OCR language data, always local: from the @tesseract.js-data/* npm packages where they exist (LSTM
// "best_int" models), otherwise from the system's tessdata folder (Debian's tesseract-ocr-* packages;
// npm has no Russian). The models are unpacked once into <data>/tessdata, which the workers read.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import type { PAGE_LANGUAGE_CODES } from '../../schema/languages.js';

export const OCR_LANGUAGES = [
  'rus',
  'tgk',
  'ukr',
  'pol',
  'eng',
  'fra',
  'deu',
  'nld',
] as const satisfies readonly (typeof PAGE_LANGUAGE_CODES)[number][];
export type OcrLanguage = (typeof OCR_LANGUAGES)[number];
export type TessdataName = OcrLanguage | 'osd';

/** Letters only the named model writes, with the letter a Russian model reads in their place. */
export const OWN_LETTERS: Partial<Record<OcrLanguage, Readonly<Record<string, string>>>> = {
  tgk: { ҳ: 'х', қ: 'к', ҷ: 'ч', ғ: 'г', ӣ: 'и', ӯ: 'у' },
  ukr: { і: 'и', ї: 'и', є: 'е', ґ: 'г' },
};

const require = createRequire(import.meta.url);

/** System folders searched for traineddata, in order (TESSDATA_PREFIX first, as tesseract does). */
function systemTessdataDirs(): string[] {
  const dirs = [
    process.env.TESSDATA_PREFIX,
    '/usr/share/tesseract-ocr/5/tessdata',
    '/usr/share/tesseract-ocr/4.00/tessdata',
    '/usr/share/tessdata',
    '/usr/local/share/tessdata',
  ];
  return dirs.filter((d): d is string => Boolean(d));
}

class MissingLanguageError extends Error {
  override name = 'MissingLanguageError';
}

export type ModelSource = 'npm' | 'system';

function fromNpm(lang: TessdataName): { file: string; gzip: boolean } | undefined {
  try {
    const dir = path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
    const file = path.join(dir, '4.0.0_best_int', `${lang}.traineddata.gz`);
    return fs.existsSync(file) ? { file, gzip: true } : undefined;
  } catch {
    return undefined;
  }
}

function fromSystem(lang: TessdataName): { file: string; gzip: boolean } | undefined {
  for (const dir of systemTessdataDirs()) {
    const file = path.join(dir, `${lang}.traineddata`);
    if (fs.existsSync(file)) return { file, gzip: false };
  }
  return undefined;
}

/**
 * Where a language's model comes from, or undefined when it is not installed. `prefer` picks which
 * source is tried first: the npm packages hold the "best_int" LSTM models; Debian's packages hold
 * the smaller, faster "fast" models.
 */
function findLanguage(
  lang: TessdataName,
  prefer: ModelSource = 'npm',
): { file: string; gzip: boolean } | undefined {
  return prefer === 'npm'
    ? (fromNpm(lang) ?? fromSystem(lang))
    : (fromSystem(lang) ?? fromNpm(lang));
}

function installHint(lang: TessdataName): string {
  if (lang === 'rus')
    return 'install the Debian package tesseract-ocr-rus (apt-get install tesseract-ocr-rus), or set TESSDATA_PREFIX to a folder with rus.traineddata';
  return `install the npm package @tesseract.js-data/${lang} (npm install @tesseract.js-data/${lang})`;
}

/**
 * Makes sure every requested model is unpacked under `root`, returning the folder the workers read;
 * throws one MissingLanguageError that names every missing language and the package that provides it.
 */
export function prepareTessdata(
  root: string,
  langs: readonly TessdataName[],
  prefer: ModelSource = 'npm',
): string {
  // One folder per source, so switching the preference never mixes stale models in.
  const dir = path.join(root, prefer);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const missing: string[] = [];
  for (const lang of langs) {
    const target = path.join(dir, `${lang}.traineddata`);
    if (fs.existsSync(target)) continue;
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
