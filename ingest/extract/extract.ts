// Runs the extractors over one page, in an order that lets later ones see what earlier ones found:
// passports first (an MRZ also yields its holder and dates), then dates, places, organizations, and
// persons last, which must not claim words that name a place or an organization. The NER model's
// spans (ner.ts) confirm places and add persons and organizations beside the rules (model-candidates.ts).
// They read the page with line-end hyphenation undone (../text/hyphenation.ts), and every span is
// mapped back to the page text as stored: `Душан-⏎бе` is found as Dushanbe at the offsets of `Душан-⏎бе`.
import { dehyphenate, originalSpan } from '../text/hyphenation.js';
import { findDates } from './dates.js';
import { fold } from './fold.js';
import { isGivenName } from './given-names.js';
import { arbitratePersons, modelOrganizations, modelPersons, modelPlaces, modelPlaceSpans, vetoPlaces } from './model-candidates.js';
import { findNamedEntities } from './ner.js';
import { findOrganizations } from './organizations.js';
import { findPassports } from './passports.js';
import { findPersons } from './persons.js';
import { findPlaces } from './places.js';
import { gazetteer } from './places/gazetteer.js';
import type { DocumentContext, Found } from './types.js';

/** A word in capitals joined across a line end only when it is a known name: a place of one word, a given name. */
export function knownName(word: string): boolean {
  const places = gazetteer().capital.exact.get(fold(word));
  return Boolean(places?.some((e) => e.words.length === 1)) || isGivenName(word);
}

export function extractPage(text: string, ctx: DocumentContext): Found[] {
  const view = dehyphenate(text, knownName);
  const t = view.text;
  const passports = findPassports(t, ctx);
  const dates = findDates(t, ctx);
  const named = findNamedEntities(t);
  const places = vetoPlaces(findPlaces(t, modelPlaceSpans(named)), named);
  const ruleOrganizations = findOrganizations(t);
  const rulePersons = arbitratePersons(t, findPersons(t, ctx, [...places, ...ruleOrganizations, ...dates]), named);
  const organizations = [...ruleOrganizations, ...modelOrganizations(t, named, [...ruleOrganizations, ...rulePersons, ...passports], places)];
  const persons = [...rulePersons, ...modelPersons(t, named, [...rulePersons, ...places, ...organizations, ...passports], ctx)];
  const morePlaces = modelPlaces(t, named, [...places, ...organizations, ...persons, ...passports, ...dates]);
  const all = [...passports, ...dates, ...places, ...morePlaces, ...organizations, ...persons];
  const mapped = view.offsets
    ? all.map((f) => {
        const span = originalSpan(view, f.start, f.end);
        return { ...f, ...span, text: text.slice(span.start, span.end) };
      })
    : all;
  return mapped.sort((a, b) => a.start - b.start || a.end - b.end);
}
