// A subdivision named without its institution: "Следственное управление" under a letterhead,
// "Південне регіональне управління", "Управление по Северной области", "Eastern Division". A
// directorate, a department or a division (data/organization-heads.json `subdivisions`) is a part of
// some body; named by nothing but modifiers (adjectives, generic words), a place or a rank letter it
// does not say which body's, so it is no organization of its own. A complement saying what it does
// (Управление по борьбе с контрабандой) names it. A proper word (Отдел по связям Церкви),
// an abbreviation (… МВД, … HP), a quoted name, a number or a nationwide modifier (Федеральное
// авиационное управление: a country's own agency) keeps it; catalogue and seat finds are kept.
import { WORLD_REGIONS } from '../../core/geo/world-regions.js';
import { foldAccents } from '../../core/text/fold.js';
import { hasCyrillic } from '../../core/text/scripts.js';
import { isGeneric, isNationwide, isSubdivision } from './organization-shapes.js';
import { functionWords } from './places/stopwords.js';
import type { Found } from './types.js';

// An adjective's nominative or oblique ending in Russian or Ukrainian (следственное, главного,
// південне, регіональне, західна): in capitals, where the case of letters says nothing, a
// modifier of the noun rather than an owner's name.
const CYRILLIC_ADJECTIVE =
  /(?:[оеиы]е|[ая]я|[ыиоі]й|[оеі]го|[оеиы]м|[ыи]х|[оеі]й|н[еаі]|ськ[еаиі]|цьк[еаиі])$/u;
// A Polish adjective in lower case (karny, cywilna, wojewódzki): a modifier, as the Cyrillic ones.
const POLISH_ADJECTIVE = /(?:[nw][yaei]|[nw]ego|[nw]ej|sk[iaie]|ck[iaie]|skiego|ckiego)$/u;
// A rank letter or Roman numeral (Division A, Division II).
const RANK = /^(?:[A-Z]|[IVX]{1,4})$/;

let regionWords: Set<string> | undefined;

/** The words of continents' and world regions' names (Europe, Asia, Azja): a beat, not an owner. */
function isRegionWord(word: string): boolean {
  regionWords ??= new Set(
    WORLD_REGIONS.flatMap((r) => [r.name, ...r.forms]).flatMap((n) => foldAccents(n).split(/\s+/)),
  );
  return regionWords.has(foldAccents(word));
}

/** Whether an organization is a subdivision noun with no owner in its name. */
export function ownerlessSubdivision(text: string, o: Found, places: readonly Found[]): boolean {
  const source = o.attributes?.source;
  if (source === 'catalogue' || source === 'seat') return false;
  const surface = text.slice(o.start, o.end);
  if (/[\p{N}«»„“”"]/u.test(surface)) return false;
  const words = [...surface.matchAll(/[\p{L}'’.-]+/gu)].map((m) => ({
    word: m[0].replace(/^[.'’-]+|[.'’-]+$/g, ''),
    start: o.start + m.index,
  }));
  if (!words.some((w) => isSubdivision(w.word))) return false;
  const capitals = !/\p{Ll}/u.test(surface);
  const inPlace = (at: number) => places.some((p) => p.start <= at && at < p.end);
  return words.every(({ word, start }, i) => {
    if (!word || isSubdivision(word)) return true;
    if (isNationwide(word)) return false;
    if (inPlace(start) || isGeneric(word) || isRegionWord(word) || RANK.test(word)) return true;
    // An abbreviation in a line of mixed case (… МВД, … HP) is an owner.
    if (!capitals && /\p{Lu}.*\p{Lu}/u.test(word)) return false;
    // In lower case: a function word (по, of, and: any word of three letters or less) or a modifier; a noun says what the
    // subdivision does (Управление по борьбе с контрабандой), which names it.
    if (/^\p{Ll}/u.test(word))
      return (
        [...word].length <= 3 ||
        functionWords(foldAccents).has(foldAccents(word)) ||
        (hasCyrillic(word) ? CYRILLIC_ADJECTIVE : POLISH_ADJECTIVE).test(word)
      );
    // A capitalised word: the name's first word or a word in capitals, when it is a modifier.
    return (
      (i === 0 || capitals) && hasCyrillic(word) && CYRILLIC_ADJECTIVE.test(word.toLowerCase())
    );
  });
}
