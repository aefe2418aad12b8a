import { openStore } from './db.js';
import { requeueAbandoned } from './jobs.js';
import { OriginalStore } from './originals.js';
export async function openArchive(config) {
    const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
    const originals = new OriginalStore(config.dataDir);
    // The embedded database is this process's alone, and so is the data directory: any partial upload
    // in it was cut off by a crash and never acknowledged. Shared directories keep recent ones.
    await originals.sweepTemporary(store.kind === 'pglite' ? 0 : undefined);
    if (store.kind === 'pglite')
        await requeueAbandoned(store.db);
    return {
        config,
        db: store.db,
        store,
        originals,
        close: () => store.close(),
    };
}
//# sourceMappingURL=archive.js.map