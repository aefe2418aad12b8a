// Countries by name in every language i18n-iso-countries knows, for naming a passport's issuer from
// the words around its number ("гражданка Республики Таджикистан, паспорт № …" → TJK).
import countries from 'i18n-iso-countries';
import { fold } from './fold.js';

const LOCALES = ['en', 'ru', 'uk', 'pl', 'fr', 'nl', 'tg', 'uz', 'kk', 'ky', 'de', 'tr'];

let stems: Array<{ stem: string; alpha3: string }> | undefined;

/** Name stems (the name less its last two letters, so that inflected forms match) → alpha-3. */
function countryStems(): Array<{ stem: string; alpha3: string }> {
  if (stems) return stems;
  const out = new Map<string, string>();
  // Under Node the package registers all its locales itself; these are the ones used here.
  for (const locale of LOCALES.filter((l) => countries.getSupportedLanguages().includes(l))) {
    for (const [alpha2, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      if (!alpha3) continue;
      for (const name of names) {
        const f = fold(name);
        if (f.length >= 5 && !f.includes(',')) out.set(f.length > 6 ? f.slice(0, -2) : f, alpha3);
      }
    }
  }
  stems = [...out].map(([stem, alpha3]) => ({ stem, alpha3 })).sort((a, b) => b.stem.length - a.stem.length);
  return stems;
}

export function isAlpha3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

let byPrefix: Map<string, Array<{ stem: string; alpha3: string }>> | undefined;

/** Stems by their first four letters, longest first, so a word is checked only against its own. */
function stemIndex(): Map<string, Array<{ stem: string; alpha3: string }>> {
  if (byPrefix) return byPrefix;
  byPrefix = new Map();
  for (const s of countryStems()) {
    const key = [...s.stem].slice(0, 4).join('');
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), s]);
  }
  return byPrefix;
}

/** Countries named in a piece of text, in order of appearance. */
export function countriesIn(text: string): string[] {
  const f = fold(text);
  const index = stemIndex();
  const found: string[] = [];
  for (const w of f.matchAll(/\p{L}+/gu)) {
    const candidates = index.get([...w[0]].slice(0, 4).join('')) ?? [];
    const hit = candidates.find((c) => f.startsWith(c.stem, w.index));
    if (hit) found.push(hit.alpha3);
  }
  return found;
}

// Abbreviations official documents use for countries ("паспорт гражданина РТ").
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/(?<!\p{L})(?:РТ|ҶТ|RT)(?!\p{L})/gu, 'TJK'],
  [/(?<!\p{L})(?:РФ|RF)(?!\p{L})/gu, 'RUS'],
  [/(?<!\p{L})(?:РП|RP)(?!\p{L})/gu, 'POL'],
];

function named(text: string): string[] {
  const found = countriesIn(text);
  for (const [re, alpha3] of ABBREVIATIONS) if (re.test(text)) found.push(alpha3);
  return found;
}

// Words that state a person's citizenship, followed by the country within a few words.
const CITIZENSHIP = /(?<!\p{L})(?:граждан\p{L}*|громадян\p{L}*|шаҳрванд\p{L}*|obywatel\p{L}*|citizen\p{L}*|nationality|national of|ressortissant\p{L}*|nationalité|onderdaan)[^.\n]{0,50}/giu;

/** The country a page states as someone's citizenship, if any. */
export function citizenshipIn(text: string): string | undefined {
  for (const m of text.matchAll(CITIZENSHIP)) {
    const found = named(m[0]);
    if (found.length) return found[0];
  }
  return undefined;
}

/**
 * The issuing country for a passport number at `pos`: the last country named before it in its
 * sentence; else the citizenship the document states; else the country the page names most; else
 * the one the document named last.
 */
export function issuerNear(text: string, pos: number, ctx: { countries: string[]; citizenship?: string }): string | undefined {
  const before = text.slice(Math.max(0, pos - 250), pos);
  const sentence = before.slice(Math.max(0, before.search(/[.!?]\s+[^.!?]*$/)));
  const inSentence = named(sentence);
  if (inSentence.length) {
    ctx.countries.push(inSentence.at(-1)!);
    return inSentence.at(-1);
  }
  if (ctx.citizenship) return ctx.citizenship;
  const counts = new Map<string, number>();
  for (const c of named(text)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const onPage = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (onPage) ctx.countries.push(onPage);
  return onPage ?? ctx.countries.at(-1);
}
