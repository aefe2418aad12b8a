// The `casefile` command. The server, the workers and the ingest pipeline (OCR, PDF, the web UI) are
// imported by the commands that run them, so the other commands (help, users, search, export) do not
// pay for loading them: about a second of CPU a command.
import fs from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Meilisearch } from 'meilisearch';
import { Command, Option } from 'commander';
import { loadConfig } from '../core/config.js';
import { errorMessage } from '../core/errors.js';
import { openArchive, type Archive } from '../store/archive.js';
import { reindexAll } from '../search/pages-index.js';
import { searchPages, type SearchResponse } from '../search/query.js';
import { startSearch } from '../search/service.js';
import { formatSearch } from './search-format.js';
import {
  addUser,
  disableUser,
  isRole,
  listTokens,
  listUsers,
  revokeToken,
} from '../store/accounts.js';
import {
  accessFor,
  ALL_ACCESS,
  addGroupMember,
  collectionName,
  createGroup,
  grantCollection,
  groupByName,
  isGrantLevel,
  listGrants,
  listGroups,
  removeGroupMember,
  revokeCollection,
  userIdByName,
  type Access,
  type Grantee,
} from '../store/access.js';
import { ROLES } from '../schema/tables.js';
import type { CaseExport } from '../case/export.js';
import { peopleFor } from '../case/people.js';
import { mergePeople, splitVariant } from '../ingest/people/decisions.js';
import { documentIdsWithStatus } from '../store/documents.js';
import { callApi, fetchApi, remoteFrom, type Remote } from './remote.js';
import { searchQueryString } from '../http/params.js';
import { runningServer } from './server-file.js';
import { DataDirLockedError } from '../store/lock.js';

const program = new Command();
program
  .name('casefile')
  .description('Investigative document archive with evidence extraction')
  .showHelpAfterError();

function dataOption(): Option {
  return new Option('--data <dir>', 'data directory (default: $CASEFILE_DATA or ./casefile-data)');
}

async function withArchive<T>(
  data: string | undefined,
  fn: (archive: Archive) => Promise<T>,
): Promise<T> {
  const archive = await openArchive(loadConfig({ data }));
  try {
    return await fn(archive);
  } finally {
    await archive.close();
  }
}

// Commands that read or change the archive work on the database directly; with --server (or
// CASEFILE_SERVER) they go to a running server over its API, as the user of the API token in
// CASEFILE_TOKEN (an admin's, for the admin commands). That is how they run while `casefile serve`
// holds the embedded database.
const serverOption = () =>
  new Option(
    '--server <url>',
    "a running server to ask over its API, as the token's user (default: $CASEFILE_SERVER; the API token in $CASEFILE_TOKEN)",
  );
/** The database directly, or, when told of a server (or when the server holds the database), its API. */
async function viaServerOrDb<T>(
  opts: { data?: string; server?: string },
  remote: (r: Remote) => Promise<T>,
  local: (archive: Archive) => Promise<T>,
): Promise<T> {
  const r = remoteFrom(opts.server);
  if (r) return remote(r);
  try {
    return await withArchive(opts.data, local);
  } catch (err) {
    if (!(err instanceof DataDirLockedError)) throw err;
    // The server that holds the database said where it answers: ask it, as the token's user.
    const url = runningServer(loadConfig({ data: opts.data }).dataDir);
    if (url && process.env.CASEFILE_TOKEN) {
      process.stderr.write(`The server at ${url} holds the database: asking it.\n`);
      return remote(remoteFrom(url)!);
    }
    throw new Error(
      url
        ? `${err.message}\nThe server at ${url} holds the database: run again with an API token in CASEFILE_TOKEN (an admin's for admin commands) and the command asks it (--server <address> names another).`
        : `${err.message}\nThe server holds the database: run again with --server <its address> and an API token in CASEFILE_TOKEN (an admin's for admin commands).`,
    );
  }
}
/** What a user may read, by name; the operator of the database (no name) reads everything, as an admin. */
async function accessOfUser(archive: Archive, name: string | undefined): Promise<Access> {
  if (name === undefined) return ALL_ACCESS;
  const who = (await listUsers(archive.db)).find((u) => u.name === name);
  if (!who) throw new Error(`no user "${name}"`);
  return accessFor(archive.db, who, archive.config.defaultAccess);
}

/** Runs `fn` with the archive's search engine started, and stops it. */
async function withSearch<T>(archive: Archive, fn: (meili: Meilisearch) => Promise<T>): Promise<T> {
  const search = await startSearch(archive.config.dataDir, archive.db);
  try {
    return await fn(search.meili);
  } finally {
    await search.stop();
  }
}

program
  .command('ingest')
  .description(
    'store and process files and directories (recursively); returns when they are processed',
  )
  .argument('<paths...>', 'files or directories')
  .addOption(dataOption())
  .option('--json', 'print one JSON result object per file')
  .option('--note <text>', 'source note recorded with each file (where it came from)')
  .option('--collection <name>', 'collection the files belong to')
  .option(
    '--progress',
    'a progress line on standard error for each page done (pages, pages/min, time left), also when it is not a terminal',
  )
  .action(
    async (
      paths: string[],
      opts: {
        data?: string;
        json?: boolean;
        note?: string;
        collection?: string;
        progress?: boolean;
      },
    ) => {
      const { formatResult, formatSummary, ingestPaths } = await import('./ingest.js');
      const results = await withArchive(opts.data, (archive) => ingestPaths(archive, paths, opts));
      for (const r of results)
        process.stdout.write((opts.json ? JSON.stringify(r) : formatResult(r)) + '\n');
      if (!opts.json) process.stdout.write(formatSummary(results) + '\n');
      if (results.some((r) => r.status === 'failed')) process.exitCode = 1;
    },
  );

program
  .command('extract')
  .description('run entity extraction again on stored documents (all, or the given document ids)')
  .argument('[ids...]', 'document ids (default: every document that was read)')
  .addOption(dataOption())
  .action(async (ids: string[], opts: { data?: string }) => {
    const [{ extractEntities }, { readDocumentClaims }, { rebuildPeople }, { closePageThreads }] =
      await Promise.all([
        import('../ingest/extract/stage.js'),
        import('../ingest/claims/stage.js'),
        import('../ingest/people/stage.js'),
        import('../ingest/page-threads.js'),
      ]);
    await withArchive(opts.data, async (archive) => {
      const targets = ids.length
        ? ids.map(Number)
        : await documentIdsWithStatus(archive.db, 'done');
      let total = 0;
      let claimed = 0;
      try {
        for (const id of targets) {
          total += await extractEntities(archive, id);
          claimed += await readDocumentClaims(archive, id);
        }
      } finally {
        await closePageThreads();
      }
      const persons = await rebuildPeople(archive.db);
      process.stderr.write(
        `extracted ${total} entities and ${claimed} claims from ${targets.length} document${targets.length === 1 ? '' : 's'}; ${persons} people\n`,
      );
    });
  });

const list = (value: string, previous: string[] = []) => [...previous, value];

program
  .command('search')
  .description(
    "search the archive across scripts and spellings: as the admin on the database, as --user's collections, or as the token's user with --server",
  )
  .argument('<query...>', 'words to search for')
  .addOption(dataOption())
  .addOption(serverOption())
  .option('--user <name>', 'on the database: only what this user may read (their collections)')
  .option('--json', "print the API's response")
  .option('--limit <n>', 'hits to show', '10')
  .option('--offset <n>', 'hits to skip', '0')
  .option('--person <name>', 'only pages naming this person (repeatable)', list)
  .option('--place <name>', 'only pages naming this place (repeatable)', list)
  .option('--organization <name>', 'only pages naming this organization (repeatable)', list)
  .option('--from <date>', 'only pages with a date on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
  .option('--to <date>', 'only pages with a date on or before')
  .option('--collection <name>', 'only this collection (repeatable)', list)
  .option('--language <code>', 'only pages read in this language (repeatable)', list)
  .option('--kind <kind>', 'only documents of this kind: pdf, image, text (repeatable)', list)
  .action(
    async (words: string[], opts: Record<string, string | string[] | boolean | undefined>) => {
      const params = {
        q: words.join(' '),
        limit: Number(opts.limit),
        offset: Number(opts.offset),
        persons: opts.person as string[] | undefined,
        places: opts.place as string[] | undefined,
        organizations: opts.organization as string[] | undefined,
        from: opts.from as string | undefined,
        to: opts.to as string | undefined,
        collection: opts.collection as string[] | undefined,
        language: opts.language as string[] | undefined,
        kind: opts.kind as string[] | undefined,
      };
      const where = {
        data: opts.data as string | undefined,
        server: opts.server as string | undefined,
      };
      if (opts.user !== undefined && remoteFrom(where.server))
        throw new Error("--user is for the database; a server answers as the token's user");
      const response = await viaServerOrDb(
        where,
        // The server searches as the token's user: only their collections.
        async (r) => {
          const query = searchQueryString(params);
          return (await callApi(r, 'GET', `/api/search?${query}`)) as unknown as SearchResponse;
        },
        // On the database the operator is the admin, unless told which user to search as.
        (archive) =>
          withSearch(archive, async (meili) =>
            searchPages(meili, {
              ...params,
              access: await accessOfUser(archive, opts.user as string | undefined),
            }),
          ),
      );
      process.stdout.write(
        opts.json ? JSON.stringify(response, null, 2) + '\n' : formatSearch(response),
      );
    },
  );

program
  .command('reindex')
  .description('rebuild the search index from the database')
  .addOption(dataOption())
  .action(async (opts: { data?: string }) => {
    await withArchive(opts.data, async (archive) => {
      const search = await startSearch(archive.config.dataDir, archive.db);
      try {
        const pages = await reindexAll(search.meili, archive.db);
        process.stderr.write(`indexed ${pages} page${pages === 1 ? '' : 's'}\n`);
      } finally {
        await search.stop();
      }
    });
  });

program
  .command('serve')
  .description('run the API, the ingest workers and the search engine')
  .addOption(dataOption())
  .option('--port <n>', 'port to listen on', '8080')
  .option('--host <address>', 'address to listen on', '127.0.0.1')
  .action(async (opts: { data?: string; port: string; host: string }) => {
    // Starting can take a while (migrations, the search engine, an index rebuild): say each step.
    const config = loadConfig({ data: opts.data });
    process.stdout.write(
      `Starting Casefile (data in ${config.dataDir})\nDatabase: opening ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database'}…\n`,
    );
    const { serveArchive } = await import('./serve.js');
    await withArchive(opts.data, (archive) =>
      serveArchive(archive, { port: Number(opts.port), host: opts.host }),
    );
  });

program
  .command('worker')
  .description(
    'run ingest workers only (several can run, on several machines, against one PostgreSQL)',
  )
  .addOption(dataOption())
  .action(async (opts: { data?: string }) => {
    const { runWorkersUntilStopped } = await import('./serve.js');
    await withArchive(opts.data, (archive) => runWorkersUntilStopped(archive));
  });

const user = program.command('user').description('manage users: add, disable, list');
user
  .command('add')
  .description('add a user; prints a one-time password and API token')
  .argument('<name>', 'user name')
  .requiredOption('--role <role>', `one of: ${ROLES.join(', ')}`)
  .addOption(dataOption())
  .addOption(serverOption())
  .option('--json', 'print {"name","role","token","password"}')
  .action(
    async (
      name: string,
      opts: { role: string; data?: string; server?: string; json?: boolean },
    ) => {
      if (!isRole(opts.role))
        throw new Error(`unknown role "${opts.role}"; roles: ${ROLES.join(', ')}`);
      const role = opts.role;
      const created = await viaServerOrDb(
        opts,
        async (r) => {
          const made = await callApi(r, 'POST', '/api/users', { name, role });
          return {
            name: String(made.name),
            role: String(made.role),
            token: String(made.token),
            password: String(made.password),
          };
        },
        (archive) => addUser(archive.db, name, role),
      );
      process.stdout.write(
        opts.json
          ? JSON.stringify(created) + '\n'
          : `Created ${created.name} (${created.role}). Shown only now:\n  password:  ${created.password}\n  API token: ${created.token}\n`,
      );
    },
  );
interface ListedUser {
  id: number;
  name: string;
  role: string;
  disabled: boolean;
}
const usersOf = (opts: { data?: string; server?: string }): Promise<ListedUser[]> =>
  viaServerOrDb(
    opts,
    async (r) => (await callApi(r, 'GET', '/api/users')).users as ListedUser[],
    (archive) => listUsers(archive.db),
  );
user
  .command('list')
  .description('list users (tab-separated: name, role, and "disabled" for a disabled one)')
  .addOption(dataOption())
  .addOption(serverOption())
  .action(async (opts: { data?: string; server?: string }) => {
    for (const u of await usersOf(opts))
      process.stdout.write(`${u.name}\t${u.role}${u.disabled ? '\tdisabled' : ''}\n`);
  });
user
  .command('disable')
  .description('disable a user: no login, and every token and session of theirs stops at once')
  .argument('<name>', 'user name')
  .addOption(dataOption())
  .addOption(serverOption())
  .action(async (name: string, opts: { data?: string; server?: string }) => {
    await viaServerOrDb(
      opts,
      async (r) => {
        const found = ((await callApi(r, 'GET', '/api/users')).users as ListedUser[]).find(
          (u) => u.name === name,
        );
        if (!found) throw new Error(`no user "${name}"`);
        await callApi(r, 'POST', `/api/users/${found.id}/disable`);
      },
      async (archive) => {
        const id = await userIdByName(archive.db, name);
        if (id === undefined) throw new Error(`no user "${name}"`);
        await disableUser(archive.db, id);
      },
    );
    process.stdout.write(`disabled ${name}\n`);
  });

// Grants, as users: on the database directly or over a running server's API.
async function granteeOf(
  archive: Archive,
  opts: { user?: string; group?: string },
): Promise<Grantee> {
  if (opts.user) {
    const id = await userIdByName(archive.db, opts.user);
    if (id === undefined) throw new Error(`no user "${opts.user}"`);
    return { userId: id };
  }
  if (opts.group) {
    const group = await groupByName(archive.db, opts.group);
    if (!group) throw new Error(`no group "${opts.group}"`);
    return { groupId: group.id };
  }
  throw new Error('name a --user or a --group');
}

const collectionCmd = program
  .command('collection')
  .description('access to collections: list grants, grant, revoke');
const grantee = (opts: { user?: string; group?: string }) =>
  opts.user ? { user: opts.user } : opts.group ? { group: opts.group } : undefined;
collectionCmd
  .command('list')
  .description(
    'list the grants on every collection (tab-separated: collection, user or @group, level)',
  )
  .addOption(dataOption())
  .addOption(serverOption())
  .action(async (opts: { data?: string; server?: string }) => {
    const grants = await viaServerOrDb(
      opts,
      async (r) =>
        (
          (await callApi(r, 'GET', '/api/collections')).collections as Array<{
            name: string;
            grants?: Array<{ user: string | null; group: string | null; level: string }>;
          }>
        ).flatMap((c) => (c.grants ?? []).map((g) => ({ collection: c.name, ...g }))),
      (archive) => listGrants(archive.db),
    );
    for (const g of grants)
      process.stdout.write(`${g.collection}\t${g.user ?? '@' + g.group}\t${g.level}\n`);
  });
collectionCmd
  .command('grant')
  .description(
    'grant a collection to a user or a group (read, upload or edit; replaces their level on it)',
  )
  .argument('<collection>', 'collection name (documents without one are in "default")')
  .option('--user <name>', 'the user')
  .option('--group <name>', 'the group')
  .requiredOption('--level <level>', 'read, upload or edit')
  .addOption(dataOption())
  .addOption(serverOption())
  .action(
    async (
      raw: string,
      opts: { user?: string; group?: string; level: string; data?: string; server?: string },
    ) => {
      const collection = collectionName(raw);
      if (!collection) throw new Error(`"${raw}" is not a collection name`);
      if (!isGrantLevel(opts.level)) throw new Error('the level is one of read, upload, edit');
      const level = opts.level;
      const who = grantee(opts);
      if (!who) throw new Error('name a --user or a --group');
      await viaServerOrDb(
        opts,
        async (r) =>
          void (await callApi(
            r,
            'POST',
            `/api/collections/${encodeURIComponent(collection)}/grants`,
            { ...who, level },
          )),
        async (archive) =>
          grantCollection(archive.db, collection, await granteeOf(archive, opts), level),
      );
      process.stdout.write(
        `granted ${level} on ${collection} to ${opts.user ?? '@' + opts.group}\n`,
      );
    },
  );
collectionCmd
  .command('revoke')
  .description("take a user's or a group's grant on a collection away")
  .argument('<collection>', 'collection name')
  .option('--user <name>', 'the user')
  .option('--group <name>', 'the group')
  .addOption(dataOption())
  .addOption(serverOption())
  .action(
    async (
      collection: string,
      opts: { user?: string; group?: string; data?: string; server?: string },
    ) => {
      const who = grantee(opts);
      if (!who) throw new Error('name a --user or a --group');
      const done = await viaServerOrDb(
        opts,
        async (r) =>
          (
            await callApi(
              r,
              'DELETE',
              `/api/collections/${encodeURIComponent(collection)}/grants`,
              who,
            )
          ).revoked === true,
        async (archive) => revokeCollection(archive.db, collection, await granteeOf(archive, opts)),
      );
      if (!done) throw new Error('no such grant');
      process.stdout.write(`revoked ${collection} from ${opts.user ?? '@' + opts.group}\n`);
    },
  );

// API tokens, like grants: on the database directly, or over a running server's API with --server.
const tokenCmd = program
  .command('token')
  .description('API tokens: list them (never their secrets), revoke one');
interface ListedToken {
  id: number;
  user: string;
  label: string | null;
  createdAt: string | Date;
  lastUsedAt: string | Date | null;
}
const isoMinute = (d: string | Date | null) =>
  d ? new Date(d).toISOString().slice(0, 16).replace('T', ' ') : '-';
tokenCmd
  .command('list')
  .description(
    'list API tokens (tab-separated: id, user, label, created, last used); revoke one by its id',
  )
  .option('--user <name>', "only this user's tokens")
  .option('--json', 'print one JSON object per token')
  .addOption(dataOption())
  .addOption(serverOption())
  .action(async (opts: { user?: string; json?: boolean; data?: string; server?: string }) => {
    const tokens: ListedToken[] = await viaServerOrDb(
      opts,
      async (r) => (await callApi(r, 'GET', '/api/tokens')).tokens as ListedToken[],
      (archive) => listTokens(archive.db),
    );
    for (const t of tokens.filter((t) => opts.user === undefined || t.user === opts.user))
      process.stdout.write(
        opts.json
          ? JSON.stringify({
              id: t.id,
              user: t.user,
              label: t.label,
              createdAt: t.createdAt,
              lastUsedAt: t.lastUsedAt,
            }) + '\n'
          : `${t.id}\t${t.user}\t${t.label ?? '-'}\t${isoMinute(t.createdAt)}\t${isoMinute(t.lastUsedAt)}\n`,
      );
  });
tokenCmd
  .command('revoke')
  .description('revoke an API token by its id (see token list); it stops working at once')
  .argument('<id>', 'the token id')
  .addOption(dataOption())
  .addOption(serverOption())
  .action(async (raw: string, opts: { data?: string; server?: string }) => {
    const id = /^[1-9][0-9]{0,14}$/.test(raw) ? Number(raw) : undefined;
    if (id === undefined) throw new Error(`"${raw}" is not a token id`);
    const done = await viaServerOrDb(
      opts,
      async (r) => (await callApi(r, 'DELETE', `/api/tokens/${id}`)).revoked === true,
      (archive) => revokeToken(archive.db, id),
    );
    if (!done) throw new Error('no such token');
    process.stdout.write(`revoked token ${id}\n`);
  });

const groupCmd = program
  .command('group')
  .description('groups of users, granted collections together');
groupCmd
  .command('add')
  .description('create a group (and add users to it)')
  .argument('<name>', 'group name')
  .argument('[users...]', 'members')
  .addOption(dataOption())
  .addOption(serverOption())
  .action(async (name: string, members: string[], opts: { data?: string; server?: string }) => {
    await viaServerOrDb(
      opts,
      async (r) => {
        await callApi(r, 'POST', '/api/groups', { name });
        for (const m of members)
          await callApi(r, 'POST', `/api/groups/${encodeURIComponent(name)}/members`, { user: m });
      },
      async (archive) => {
        const id = await createGroup(archive.db, name);
        for (const m of members) {
          const userId = await userIdByName(archive.db, m);
          if (userId === undefined) throw new Error(`no user "${m}"`);
          await addGroupMember(archive.db, id, userId);
        }
      },
    );
  });
groupCmd
  .command('remove-member')
  .description('take a user out of a group')
  .argument('<name>', 'group name')
  .argument('<user>', 'member')
  .addOption(dataOption())
  .addOption(serverOption())
  .action(async (name: string, member: string, opts: { data?: string; server?: string }) => {
    await viaServerOrDb(
      opts,
      async (r) =>
        void (await callApi(r, 'DELETE', `/api/groups/${encodeURIComponent(name)}/members`, {
          user: member,
        })),
      async (archive) => {
        const group = await groupByName(archive.db, name);
        const userId = await userIdByName(archive.db, member);
        if (
          !group ||
          userId === undefined ||
          !(await removeGroupMember(archive.db, group.id, userId))
        )
          throw new Error('no such group member');
      },
    );
  });
groupCmd
  .command('list')
  .description('list groups and their members (tab-separated: group, members)')
  .addOption(dataOption())
  .addOption(serverOption())
  .action(async (opts: { data?: string; server?: string }) => {
    const groups = await viaServerOrDb(
      opts,
      async (r) =>
        (await callApi(r, 'GET', '/api/collections')).groups as Array<{
          name: string;
          members: string[];
        }>,
      (archive) => listGroups(archive.db),
    );
    for (const g of groups) process.stdout.write(`${g.name}\t${g.members.join(' ')}\n`);
  });

const peopleCmd = program
  .command('people')
  .description('people found across documents: list, merge, split');
peopleCmd
  .command('list')
  .description(
    "list people (those whose spellings match the query, if given): all of them as the operator of the database, or with --server those the token's user may read",
  )
  .argument('[query...]', 'a name in any script or spelling')
  .addOption(dataOption())
  .addOption(serverOption())
  .action(async (words: string[], opts: { data?: string; server?: string }) => {
    const q = words.join(' ');
    const found = await viaServerOrDb(
      opts,
      async (r) =>
        (await callApi(r, 'GET', `/api/people?${new URLSearchParams({ q })}`)).people as Array<{
          key: string;
          name: string;
          variants: string[];
        }>,
      (archive) => peopleFor(archive.db, q),
    );
    for (const p of found) process.stdout.write(`${p.key}\t${p.name}\t${p.variants.join(' · ')}\n`);
  });
peopleCmd
  .command('merge')
  .description('record that two people are one (kept across re-ingests)')
  .argument('<key>', 'a person key')
  .argument('<other>', 'the key of the person to merge into it')
  .addOption(dataOption())
  .addOption(serverOption())
  .action(async (key: string, other: string, opts: { data?: string; server?: string }) => {
    const merged = await viaServerOrDb(
      opts,
      async (r) =>
        (await callApi(r, 'POST', `/api/people/${encodeURIComponent(key)}/merge`, { with: other }))
          .key as string,
      (archive) => mergePeople(archive.db, key, other),
    );
    if (!merged) throw new Error('no such person');
    process.stdout.write(`${merged}\n`);
  });
peopleCmd
  .command('split')
  .description(
    'record that a spelling names someone else than this person (kept across re-ingests)',
  )
  .argument('<key>', 'a person key')
  .argument('<variant>', 'the spelling to split off, as listed')
  .addOption(dataOption())
  .addOption(serverOption())
  .action(async (key: string, variant: string, opts: { data?: string; server?: string }) => {
    const moved = await viaServerOrDb(
      opts,
      async (r) =>
        (await callApi(r, 'POST', `/api/people/${encodeURIComponent(key)}/split`, { variant }))
          .key as string,
      (archive) => splitVariant(archive.db, key, variant),
    );
    if (!moved) throw new Error('no such person or spelling');
    process.stdout.write(`${moved}\n`);
  });

program
  .command('export')
  .description(
    "write the JSONL export (one line per document), or with --case the people, claims and contradictions, to a file or standard output: everything (the operator of the database), what --user may read, or with --server what the token's user may read",
  )
  .addOption(dataOption())
  .addOption(serverOption())
  .option('--out <file>', 'output file (default: standard output)')
  .option('--case', 'write the case export (one JSON object: people, claims, contradictions)')
  .option('--all-claims', 'with --case: every claim read, not only the disputed timeline')
  .option('--user <name>', 'on the database: only what this user may read (their collections)')
  .action(
    async (opts: {
      data?: string;
      server?: string;
      out?: string;
      case?: boolean;
      allClaims?: boolean;
      user?: string;
    }) => {
      if (opts.user !== undefined && remoteFrom(opts.server))
        throw new Error("--user is for the database; a server answers as the token's user");
      const out = opts.out ? fs.createWriteStream(opts.out) : process.stdout;
      const what = await viaServerOrDb(
        opts,
        // The server exports what the token's user may read.
        async (r) => {
          const res = await fetchApi(
            r,
            opts.case
              ? `/api/export/case.json${opts.allClaims ? '?all=1' : ''}`
              : '/api/export/documents.jsonl',
          );
          if (opts.case) {
            const c = (await res.json()) as CaseExport;
            out.write(JSON.stringify(c, null, 2) + '\n');
            return caseSummary(c);
          }
          let count = 0;
          for await (const chunk of Readable.fromWeb(res.body as WebReadableStream<Uint8Array>)) {
            const bytes = chunk as Buffer;
            for (const b of bytes) if (b === 10) count++;
            if (!out.write(bytes)) await once(out, 'drain');
          }
          return documentCount(count);
        },
        async (archive) => {
          const access = await accessOfUser(archive, opts.user);
          if (opts.case) {
            const { buildCase } = await import('../case/export.js');
            const { peopleAsRead } = await import('../ingest/people/as-read.js');
            const c = await buildCase(archive.db, {
              allClaims: opts.allClaims ?? false,
              access,
              asRead: access.all ? undefined : await peopleAsRead(archive.db, access),
            });
            out.write(JSON.stringify(c, null, 2) + '\n');
            return caseSummary(c);
          }
          const { writeJsonlFor } = await import('../case/jsonl.js');
          const { peopleAsRead } = await import('../ingest/people/as-read.js');
          return documentCount(
            await writeJsonlFor(
              archive.db,
              out,
              access,
              access.all ? undefined : await peopleAsRead(archive.db, access),
            ),
          );
        },
      );
      if (opts.out) {
        await new Promise<void>((resolve, reject) =>
          (out as fs.WriteStream).end((err?: Error | null) => (err ? reject(err) : resolve())),
        );
        process.stderr.write(`exported ${what} to ${opts.out}\n`);
      }
    },
  );
const caseSummary = (c: CaseExport) =>
  `${c.people.length} people, ${c.claims.length} claims, ${c.contradictions.length} contradictions`;
const documentCount = (n: number) => `${n} document${n === 1 ? '' : 's'}`;

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`casefile: ${errorMessage(err)}\n`);
  process.exitCode = process.exitCode || 2;
});
