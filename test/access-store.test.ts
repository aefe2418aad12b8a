// Access by collection in the store (PGlite, and PostgreSQL when reachable): grants to users and to
// groups, levels, revocation, the default collection, readable documents, and opening a new
// collection by uploading into it.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { migrationsDir } from '../core/paths.js';
import { describe, expect, it } from 'vitest';
import { intake } from '../ingest/intake/intake.js';
import {
  accessFor,
  addGroupMember,
  canRead,
  collectionsFor,
  createGroup,
  DEFAULT_COLLECTION,
  grantCollection,
  levelOn,
  listGrants,
  readableDocumentIds,
  removeGroupMember,
  revokeCollection,
} from '../store/access.js';
import { addUser, listUsers, type Identity } from '../store/accounts.js';
import type { Archive } from '../store/archive.js';
import { executeSqlText } from '../store/db.js';
import { listCollections, listDocuments } from '../store/documents.js';
import type { Role } from '../schema/tables.js';
import { archivesOn, backends } from './backends.js';

const list = await backends();

describe.each(list)('collection access on $name', (backend) => {
  const open = archivesOn(backend, { search: false });
  async function user(archive: Archive, name: string, role: Role): Promise<Identity> {
    await addUser(archive.db, name, role);
    const row = (await listUsers(archive.db)).find((u) => u.name === name)!;
    return { id: row.id, name: row.name, role: row.role };
  }
  const put = (archive: Archive, text: string, collection: string | null) =>
    intake(archive, Readable.from([Buffer.from(text)]), {
      filename: `${text.slice(0, 8)}.txt`,
      collection,
    });

  it('reads only granted collections; levels, groups, revocation and the default collection', async () => {
    const archive = await open();
    const db = archive.db;
    const [orla, bram, root] = [
      await user(archive, 'orla-vence', 'investigator'),
      await user(archive, 'bram-osk', 'editor'),
      await user(archive, 'root-admin', 'admin'),
    ];
    const a = await put(archive, 'Kestrel file one', 'kestrel');
    const b = await put(archive, 'Heron file one', 'heron');
    const d = await put(archive, 'Loose file without collection', null);

    // Nothing granted: the default collection only (the default access is upload), admins everything.
    expect(await accessFor(db, orla, 'upload')).toEqual({
      all: false,
      collections: [DEFAULT_COLLECTION],
    });
    expect(await accessFor(db, orla, 'none')).toEqual({ all: false, collections: [] });
    expect(await accessFor(db, root, 'none')).toEqual({ all: true });

    await grantCollection(db, 'kestrel', { userId: orla.id }, 'read', root.id);
    const access = await accessFor(db, orla, 'upload');
    expect(access).toEqual({ all: false, collections: ['default', 'kestrel'] });
    expect(canRead(access, { collection: 'kestrel' })).toBe(true);
    expect(canRead(access, { collection: 'heron' })).toBe(false);
    expect(canRead(access, { collection: null })).toBe(true);
    expect(
      [
        ...(await readableDocumentIds(db, [a.documentId, b.documentId, d.documentId], access)),
      ].sort(),
    ).toEqual([a.documentId, d.documentId].sort());
    const listed = await listDocuments(db, {}, access);
    expect(listed.total).toBe(2);
    expect(listed.documents.map((x) => x.collection).sort()).toEqual(['kestrel', null].sort());
    expect((await listDocuments(db, { collection: 'heron' }, access)).total).toBe(0);
    expect((await listCollections(db, access)).map((c) => c.collection)).not.toContain('heron');

    // Granting again replaces the level; the highest of one's own and one's groups' counts.
    await grantCollection(db, 'kestrel', { userId: orla.id }, 'upload', root.id);
    expect(await levelOn(db, orla, 'kestrel', 'none')).toBe('upload');
    const team = await createGroup(db, 'heron-desk');
    await addGroupMember(db, team, orla.id);
    await addGroupMember(db, team, bram.id);
    await grantCollection(db, 'heron', { groupId: team }, 'edit', root.id);
    await grantCollection(db, 'kestrel', { groupId: team }, 'read', root.id);
    expect(await levelOn(db, orla, 'heron', 'none')).toBe('edit');
    expect(await levelOn(db, orla, 'kestrel', 'none')).toBe('upload');
    expect(await levelOn(db, bram, 'kestrel', 'none')).toBe('read');
    expect(await levelOn(db, root, 'anything', 'none')).toBe('edit');
    expect(
      (await collectionsFor(db, bram, 'read')).map((c) => [c.name, c.level, c.documents]),
    ).toEqual([
      ['default', 'read', 1],
      ['heron', 'edit', 1],
      ['kestrel', 'read', 1],
    ]);
    expect(await listGrants(db, 'heron')).toEqual([
      { collection: 'heron', user: null, group: 'heron-desk', level: 'edit' },
    ]);

    // Out of the group: the group's grants go with it. Revoked: gone at once.
    expect(await removeGroupMember(db, team, orla.id)).toBe(true);
    expect(await levelOn(db, orla, 'heron', 'none')).toBeUndefined();
    expect(await revokeCollection(db, 'kestrel', { userId: orla.id })).toBe(true);
    expect(await revokeCollection(db, 'kestrel', { userId: orla.id })).toBe(false);
    expect(await accessFor(db, orla, 'none')).toEqual({ all: false, collections: [] });
    expect(
      await readableDocumentIds(
        db,
        [a.documentId, b.documentId, d.documentId],
        await accessFor(db, orla, 'none'),
      ),
    ).toEqual(new Set());
  });

  it('keeps, on an upgrade, what every user saw: the migration grants them the collections that hold documents', async () => {
    const archive = await open();
    const [orla, bram] = [
      await user(archive, 'orla-vence', 'investigator'),
      await user(archive, 'bram-osk', 'editor'),
    ];
    const root = await user(archive, 'root-admin', 'admin');
    await put(archive, 'Kestrel file one', 'kestrel');
    await put(archive, 'Loose file without collection', null);
    // The migration's own statement, run on an archive that has users and documents (as an upgrade's has).
    const migration = fs.readFileSync(
      path.join(migrationsDir, '0006_collection_access.sql'),
      'utf8',
    );
    const backfill = migration.slice(migration.indexOf('INSERT INTO "collection_grants"'));
    await executeSqlText(archive.db, backfill);
    expect(await levelOn(archive.db, orla, 'kestrel', 'none')).toBe('upload');
    expect(await levelOn(archive.db, bram, 'kestrel', 'none')).toBe('read');
    expect((await listGrants(archive.db)).map((g) => g.user)).not.toContain(root.name);
    expect(await listGrants(archive.db)).toHaveLength(2);
  });
});
