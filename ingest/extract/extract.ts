// Runs the extractors over one page, in an order that lets later ones see what earlier ones found:
// passports first (an MRZ also yields its holder and dates), then dates, places, organizations, and
// persons last, which must not claim words that name a place or an organization.
import { findDates } from './dates.js';
import { findOrganizations } from './organizations.js';
import { findPassports } from './passports.js';
import { findPersons } from './persons.js';
import { findPlaces } from './places.js';
import type { DocumentContext, Found } from './types.js';

export function extractPage(text: string, ctx: DocumentContext): Found[] {
  const passports = findPassports(text, ctx);
  const dates = findDates(text, ctx);
  const places = findPlaces(text);
  const organizations = findOrganizations(text);
  const persons = findPersons(text, ctx, [...places, ...organizations, ...dates]);
  return [...passports, ...dates, ...places, ...organizations, ...persons].sort((a, b) => a.start - b.start || a.end - b.end);
}
