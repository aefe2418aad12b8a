// Opens the store: embedded PGlite in the data directory by default, PostgreSQL when DATABASE_URL is set.
// Both run the same Drizzle schema and the same committed migrations, applied at every start.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsDir } from '../core/paths.js';
import * as schema from '../schema/tables.js';
import { lockDataDir } from './lock.js';
const MIGRATION_LOCK = 0x43415345; // 'CASE'
export async function openStore(opts) {
    fs.mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
    return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
async function openPglite(dataDir) {
    const release = lockDataDir(dataDir);
    try {
        const { PGlite } = await import('@electric-sql/pglite');
        const { drizzle } = await import('drizzle-orm/pglite');
        const { migrate } = await import('drizzle-orm/pglite/migrator');
        const client = await PGlite.create(path.join(dataDir, 'pglite'));
        const db = drizzle(client, { schema });
        await migrate(db, { migrationsFolder: migrationsDir });
        return {
            db: db,
            kind: 'pglite',
            async close() {
                try {
                    await client.close();
                }
                finally {
                    release();
                }
            },
        };
    }
    catch (err) {
        release();
        throw err;
    }
}
async function openPostgres(url) {
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    const db = drizzle(pool, { schema });
    try {
        // Several workers may start at once against one database: migrate under an advisory lock.
        const client = await pool.connect();
        try {
            await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
            await migrate(drizzle(client, { schema }), { migrationsFolder: migrationsDir });
        }
        finally {
            await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
            client.release();
        }
    }
    catch (err) {
        await pool.end();
        throw err;
    }
    return {
        db: db,
        kind: 'postgres',
        close: () => pool.end(),
    };
}
/** Runs raw SQL and returns its rows; PGlite and node-postgres both answer with `{ rows }`. */
export async function queryRows(db, query) {
    const result = (await db.execute(query));
    return result.rows;
}
/** Runs SQL text as it stands, as a migration's statements are run (a test replays one on old data). */
export async function executeSqlText(db, text) {
    await db.execute(sql.raw(text));
}
//# sourceMappingURL=db.js.map