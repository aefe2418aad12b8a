// Runs the extractors over one page, in an order that lets later ones see what earlier ones found:
// passports first (an MRZ also yields its holder and dates), then dates, places, organizations, and
// persons last, which must not claim words that name a place or an organization. The NER model's
// spans (ner.ts) confirm places and add persons and organizations beside the rules (model-candidates.ts).
import { findDates } from './dates.js';
import { modelOrganizations, modelPersons, modelPlaceSpans, vetoPlaces } from './model-candidates.js';
import { findNamedEntities } from './ner.js';
import { findOrganizations } from './organizations.js';
import { findPassports } from './passports.js';
import { findPersons } from './persons.js';
import { findPlaces } from './places.js';
import type { DocumentContext, Found } from './types.js';

export function extractPage(text: string, ctx: DocumentContext): Found[] {
  const passports = findPassports(text, ctx);
  const dates = findDates(text, ctx);
  const named = findNamedEntities(text);
  const places = vetoPlaces(findPlaces(text, modelPlaceSpans(named)), named);
  const ruleOrganizations = findOrganizations(text);
  const rulePersons = findPersons(text, ctx, [...places, ...ruleOrganizations, ...dates]);
  const organizations = [...ruleOrganizations, ...modelOrganizations(text, named, [...ruleOrganizations, ...rulePersons, ...passports], places)];
  const persons = [...rulePersons, ...modelPersons(text, named, [...rulePersons, ...places, ...organizations, ...passports], ctx)];
  return [...passports, ...dates, ...places, ...organizations, ...persons].sort((a, b) => a.start - b.start || a.end - b.end);
}
