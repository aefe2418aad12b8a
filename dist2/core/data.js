// Domain knowledge kept as data (data/*.json, each entry with its source), read once per process.
// Data, not code: a reviewer can check every entry against its public source, and no entry exists
// because a test document names it (see data/README.md).
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from './paths.js';
const dataDir = path.join(packageRoot, 'data');
const cache = new Map();
/**
 * The parsed contents of `data/<name>` (a JSON file), cached. Throws when the file is missing or
 * malformed: the package is broken, and nothing should be extracted silently without its data.
 */
export function loadData(name) {
    let value = cache.get(name);
    if (value === undefined) {
        value = JSON.parse(fs.readFileSync(path.join(dataDir, name), 'utf8'));
        cache.set(name, value);
    }
    return value;
}
//# sourceMappingURL=data.js.map