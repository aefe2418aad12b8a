// Editors' decisions about people (two people are one; a spelling names someone else): saved by the
// folded spellings they concern, so they outlive re-ingests, and applied at once by clustering the
// people again. An admin's decision (and the CLI operator's) holds everywhere; an editor's holds in
// the collections they may edit (`scope`): it takes the people as those collections show them and
// moves only those collections' mentions, so that it neither tells nor changes anything of the
// collections the editor may not edit.
import { getPerson, getVisiblePerson } from '../../case/people.js';
import { cleanVariants, variantKey } from '../../case/spellings.js';
import { personVariants, readableMentionsOf, savePersonDecision, } from '../../store/people.js';
import { rebuildPeople } from './stage.js';
/** The person under `key` as the decision sees them: whole, or as the scope's collections show them. */
async function decidedAbout(db, key, scope) {
    return scope
        ? getVisiblePerson(db, key, { all: false, collections: scope.collections })
        : getPerson(db, key);
}
/** An editor's decision: the two people are one. Returns the merged person's key; undefined when either is unknown (or, with a scope, not named in its collections). */
export async function mergePeople(db, key, other, userId, scope) {
    const [a, b] = [await decidedAbout(db, key, scope), await decidedAbout(db, other, scope)];
    if (!a || !b)
        return undefined;
    await savePersonDecision(db, {
        kind: 'merge',
        a: variantKey(a.name),
        b: variantKey(b.name),
        userId: userId ?? null,
        collections: scope?.collections ?? null,
    });
    await rebuildPeople(db);
    return keyOfVariant(db, a.name, scope);
}
/** An editor's decision: this spelling names someone else. Returns the key of the person it now names; undefined when there is no such person or spelling (or it is their name). */
export async function splitVariant(db, key, variant, userId, scope) {
    const person = await decidedAbout(db, key, scope);
    // PostgreSQL text cannot hold NUL: a value from a request that has one is not a spelling.
    if (!person ||
        variant.includes('\u0000') ||
        !person.variants.includes(variant) ||
        variantKey(variant) === variantKey(person.name))
        return undefined;
    await savePersonDecision(db, {
        kind: 'split',
        a: variantKey(variant),
        b: variantKey(person.name),
        userId: userId ?? null,
        collections: scope?.collections ?? null,
    });
    await rebuildPeople(db);
    return keyOfVariant(db, variant, scope);
}
/** The person a spelling names now: of several (namesakes, or a person a scoped decision left apart elsewhere), the one with most mentions written so in the scope's collections. */
async function keyOfVariant(db, variant, scope) {
    const k = variantKey(variant);
    const holding = (await personVariants(db))
        .filter((p) => p.variants.some((v) => variantKey(v) === k))
        .map((p) => p.key);
    if (!scope || holding.length < 2)
        return holding[0];
    const counts = new Map();
    for (const m of await readableMentionsOf(db, holding, {
        all: false,
        collections: scope.collections,
    }))
        if (cleanVariants(m).some((v) => variantKey(v) === k))
            counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    return holding
        .filter((key) => counts.has(key))
        .sort((x, y) => counts.get(y) - counts.get(x) || (x < y ? -1 : 1))[0];
}
//# sourceMappingURL=decisions.js.map