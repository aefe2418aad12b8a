// Locations inside the installed package, valid both from source (tests) and from dist/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
function findPackageRoot() {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    while (!existsSync(path.join(dir, 'package.json'))) {
        const parent = path.dirname(dir);
        if (parent === dir)
            throw new Error('Casefile package root not found');
        dir = parent;
    }
    return dir;
}
export const packageRoot = findPackageRoot();
export const migrationsDir = path.join(packageRoot, 'schema', 'migrations');
//# sourceMappingURL=paths.js.map