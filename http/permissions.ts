// What each role may do. Every route names the permission it needs; a route without one cannot be
// registered (see server/app.ts), so no route is ever left open by forgetting.
import type { Role } from '../schema/tables.js';

const PERMISSIONS = {
  read: ['admin', 'investigator', 'editor', 'fact-checker'],
  /** Investigators search too: they work with what they and others uploaded. */
  search: ['admin', 'investigator', 'editor', 'fact-checker'],
  upload: ['admin', 'investigator'],
  cite: ['admin', 'fact-checker'],
  /** Merge and split people: an editorial decision. */
  edit: ['admin', 'editor'],
  admin: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS | 'public';

export function allowed(role: Role, permission: Permission): boolean {
  return permission === 'public' || (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
