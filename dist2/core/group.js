// Grouping by a key, which Node 20 lacks (Map.groupBy arrives in Node 21).
/** The items by key, in first-seen order; items whose key is undefined are left out. */
export function groupBy(items, key) {
    const out = new Map();
    for (const item of items) {
        const k = key(item);
        if (k === undefined)
            continue;
        const list = out.get(k);
        if (list)
            list.push(item);
        else
            out.set(k, [item]);
    }
    return out;
}
//# sourceMappingURL=group.js.map