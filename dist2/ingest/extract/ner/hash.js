// Feature hashing (Weinberger et al. 2009, "Feature hashing for large scale multitask learning"):
// every feature string maps to one of 2^bits buckets with 32-bit FNV-1a, so the model needs no
// feature dictionary and its weights are one flat array.
function fnv1a(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    // FNV's low bits mix poorly for short strings: fold the high half in before masking.
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return (h ^ (h >>> 12)) >>> 0;
}
export function bucket(s, bits) {
    return fnv1a(s) & ((1 << bits) - 1);
}
//# sourceMappingURL=hash.js.map