// Editors' decisions about people (two people are one; a spelling names someone else): saved by the
// folded spellings they concern, so they outlive re-ingests, and applied at once by clustering the
// people again.
import { getPerson } from '../../case/people.js';
import { variantKey } from '../../case/spellings.js';
import type { Db } from '../../store/db.js';
import { personVariants, savePersonDecision } from '../../store/people.js';
import { rebuildPeople } from './stage.js';

/** An editor's decision: the two people are one. Returns the merged person's key; undefined when either is unknown. */
export async function mergePeople(
  db: Db,
  key: string,
  other: string,
  userId?: number,
): Promise<string | undefined> {
  const [a, b] = [await getPerson(db, key), await getPerson(db, other)];
  if (!a || !b) return undefined;
  await savePersonDecision(db, {
    kind: 'merge',
    a: variantKey(a.name),
    b: variantKey(b.name),
    userId: userId ?? null,
  });
  await rebuildPeople(db);
  return keyOfVariant(db, a.name);
}

/** An editor's decision: this spelling names someone else. Returns the key of the person it now names; undefined when there is no such person or spelling (or it is their name). */
export async function splitVariant(
  db: Db,
  key: string,
  variant: string,
  userId?: number,
): Promise<string | undefined> {
  const person = await getPerson(db, key);
  // PostgreSQL text cannot hold NUL: a value from a request that has one is not a spelling.
  if (
    !person ||
    variant.includes('\u0000') ||
    !person.variants.includes(variant) ||
    variantKey(variant) === variantKey(person.name)
  )
    return undefined;
  await savePersonDecision(db, {
    kind: 'split',
    a: variantKey(variant),
    b: variantKey(person.name),
    userId: userId ?? null,
  });
  await rebuildPeople(db);
  return keyOfVariant(db, variant);
}

async function keyOfVariant(db: Db, variant: string): Promise<string | undefined> {
  const k = variantKey(variant);
  return (await personVariants(db)).find((p) => p.variants.some((v) => variantKey(v) === k))?.key;
}
