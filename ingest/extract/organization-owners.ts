// An institution named after a place's possessive: "Kazakhstan's Supreme Court", "Ohio’s Department of
// Health", "Chile 's Interior Ministry" (a tokenized text). The place is a place of its own and the
// organization is the name after the possessive, normalized as "X of Place" (the catalogue's English
// name when it lists that), as it would be written after the name.
import { catalogueName } from './organizations.js';
import type { Found } from './types.js';

const POSSESSIVE = /^\s?['’]s\s+(?=\p{Lu})/u;

/** The organizations with a leading place's possessive cut off and named after the place. */
export function afterOwnerPlace(
  text: string,
  organizations: readonly Found[],
  places: readonly Found[],
): Found[] {
  return organizations.map((o) => {
    if (o.attributes?.source === 'catalogue' || o.attributes?.source === 'seat') return o;
    // The place opens the organization's span, or stands just before it.
    let start = -1;
    let owner: Found | undefined;
    for (const p of places) {
      if (p.start > o.start || p.end >= o.end) continue;
      const m = POSSESSIVE.exec(text.slice(p.end, o.end));
      const after = m ? p.end + m[0].length : -1;
      if (m && (p.start === o.start || after === o.start)) [start, owner] = [after, p];
    }
    if (!owner) return o;
    const name = text.slice(start, o.end).replace(/\s+/g, ' ');
    const owned = `${name} of ${owner.normalized}`;
    return {
      ...o,
      text: text.slice(start, o.end),
      normalized: catalogueName(owned) ?? owned,
      start,
      attributes: { ...o.attributes, owner: owner.normalized },
    };
  });
}
