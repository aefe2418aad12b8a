export function newContext() {
    return { persons: new Map(), countries: [] };
}
//# sourceMappingURL=types.js.map