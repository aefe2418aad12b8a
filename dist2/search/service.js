import { startEngine } from './engine.js';
import { checkIndex, client, ensureSettings, indexDocuments } from './pages-index.js';
export async function startSearch(dataDir, db) {
    const engine = await startEngine(dataDir);
    try {
        const meili = client(engine);
        await ensureSettings(meili);
        const check = await checkIndex(meili, db);
        return {
            engine,
            meili,
            check,
            index: (ids) => indexDocuments(meili, db, ids),
            stop: () => engine.stop(),
        };
    }
    catch (err) {
        await engine.stop();
        throw err;
    }
}
//# sourceMappingURL=service.js.map