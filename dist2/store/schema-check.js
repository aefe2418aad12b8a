// What a database holds against what schema/tables.ts declares: for checking migrations (an empty
// database and one upgraded from an older release must both have every declared column).
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import * as tables from '../schema/tables.js';
import { queryRows } from './db.js';
/** The schema's tables and their column names, as schema/tables.ts declares them. */
export function declaredColumns() {
    const out = new Map();
    for (const value of Object.values(tables)) {
        if (!value || typeof value !== 'object' || !(Symbol.for('drizzle:IsDrizzleTable') in value))
            continue;
        const config = getTableConfig(value);
        out.set(config.name, config.columns.map((c) => c.name));
    }
    return out;
}
/** The tables of the database's public schema and their column names. */
export async function databaseColumns(db) {
    const rows = await queryRows(db, sql `select table_name, column_name from information_schema.columns where table_schema = 'public'`);
    const out = new Map();
    for (const r of rows)
        out.set(r.table_name, [...(out.get(r.table_name) ?? []), r.column_name]);
    return out;
}
/**
 * Migrates a database with the migrations of `folder` (drizzle-kit's layout; an older release's set)
 * and runs `seed` statements after them: PostgreSQL when `databaseUrl` is given, else the PGlite
 * database under `dataDir` (at `pglite/`, where openStore looks).
 */
export async function migrateWithFolder(target, folder, seed = []) {
    if (target.databaseUrl) {
        const { default: pg } = await import('pg');
        const { drizzle } = await import('drizzle-orm/node-postgres');
        const { migrate } = await import('drizzle-orm/node-postgres/migrator');
        const pool = new pg.Pool({ connectionString: target.databaseUrl });
        try {
            await migrate(drizzle(pool), { migrationsFolder: folder });
            for (const q of seed)
                await pool.query(q);
        }
        finally {
            await pool.end();
        }
    }
    else {
        const { PGlite } = await import('@electric-sql/pglite');
        const { drizzle } = await import('drizzle-orm/pglite');
        const { migrate } = await import('drizzle-orm/pglite/migrator');
        const client = await PGlite.create(path.join(target.dataDir, 'pglite'));
        try {
            await migrate(drizzle(client), { migrationsFolder: folder });
            for (const q of seed)
                await client.query(q);
        }
        finally {
            await client.close();
        }
    }
}
//# sourceMappingURL=schema-check.js.map