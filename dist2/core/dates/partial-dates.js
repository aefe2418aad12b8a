// Partial ISO dates (`2018`, `2018-03`, `2018-03-23`), as the dates extractor normalizes what a text
// writes, taken as the span of days they may stand for.
/** The first day a partial date may be: `2018` → `2018-01-01`, `2018-03` → `2018-03-01`. */
export function firstDay(d) {
    return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
/** The last day a partial date may be: `2018` → `2018-12-31`, `2016-02` → `2016-02-29`. */
export function lastDay(d) {
    if (d.length === 4)
        return `${d}-12-31`;
    if (d.length === 7) {
        const [y, m] = d.split('-').map(Number);
        return `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
    }
    return d;
}
//# sourceMappingURL=partial-dates.js.map