// The committed migrations and the schema agree, on an empty database and on one upgraded from the
// migrations before the latest, on PGlite and PostgreSQL. Every column of schema/tables.ts exists
// after migrating, so nothing the code writes (a token's label) is missing from a database. A
// disabled user needs no column: the password hash is kept behind a `!` prefix (store/accounts.ts);
// disabling works on a freshly migrated database and on an upgraded one.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationsDir } from '../core/paths.js';
import {
  addUser,
  authenticateToken,
  disableUser,
  listTokens,
  listUsers,
  login,
} from '../store/accounts.js';
import { openStore, type Store } from '../store/db.js';
import { databaseColumns, declaredColumns, migrateWithFolder } from '../store/schema-check.js';
import { backends, tempDir } from './backends.js';

const list = await backends();

/** A copy of the migrations folder holding only the first `n` migrations (an older release's). */
function olderMigrations(n: number): string {
  const dir = tempDir('casefile-old-migrations-');
  const journal = JSON.parse(
    fs.readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: Array<{ tag: string }> };
  fs.mkdirSync(path.join(dir, 'meta'));
  journal.entries = journal.entries.slice(0, n);
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries)
    fs.copyFileSync(path.join(migrationsDir, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

describe.each(list)('migrations on $name', (backend) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function check(store: Store): Promise<void> {
    const have = await databaseColumns(store.db);
    expect(declaredColumns().size).toBe(15);
    for (const [table, columns] of declaredColumns())
      expect(new Set(have.get(table)), table).toEqual(new Set(columns));
    expect(have.get('api_tokens')).toContain('label');
    // Disabling a user works on this database: no login, no token.
    const made = await addUser(store.db, 'vesna-dorr', 'editor');
    const id = (await listUsers(store.db)).find((u) => u.name === 'vesna-dorr')!.id;
    expect(await authenticateToken(store.db, made.token)).toMatchObject({ name: 'vesna-dorr' });
    expect((await listTokens(store.db, id)).map((t) => t.label)).toEqual(['first token']);
    expect(await disableUser(store.db, id)).toBe(true);
    expect((await listUsers(store.db)).find((u) => u.id === id)!.disabled).toBe(true);
    expect(await login(store.db, 'vesna-dorr', made.password)).toBeUndefined();
    expect(await authenticateToken(store.db, made.token)).toBeUndefined();
  }

  it('creates every column of the schema on an empty database', async () => {
    const created = await backend.create();
    cleanups.push(created.cleanup);
    const store = await openStore(created);
    cleanups.push(() => store.close());
    await check(store);
  });

  it('brings a database of the previous release up to the schema, keeping its users', async () => {
    const created = await backend.create();
    cleanups.push(created.cleanup);
    const journal = JSON.parse(
      fs.readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8'),
    ) as { entries: unknown[] };
    const older = olderMigrations(journal.entries.length - 1);
    cleanups.push(async () => fs.rmSync(older, { recursive: true, force: true }));
    // A user of the older release, disabled the way it was stored then.
    await migrateWithFolder(created, older, [
      `insert into users (name, role, password_hash) values ('orm-keller', 'investigator', '!$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g')`,
    ]);
    const store = await openStore(created);
    cleanups.push(() => store.close());
    await check(store);
    expect((await listUsers(store.db)).find((u) => u.name === 'orm-keller')!.disabled).toBe(true);
  });
});
