// The single source of the data's shape (PostgreSQL dialect, used on PGlite and PostgreSQL alike).
// Migrations in ./migrations are generated from this file with `npm run db:generate`.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { PlacedBox } from '../core/word-boxes.js';

export const DOCUMENT_STATUSES = ['queued', 'processing', 'done', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** A file embedded in a document (a PDF attachment): listed, never opened or run. */
export interface Attachment {
  /** Its name, made safe like an uploaded file's. */
  name: string;
  size: number;
  sha256: string;
}

/** One original file, stored once under its SHA-256. */
export const documents = pgTable(
  'documents',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sha256: text('sha256').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    pageCount: integer('page_count'),
    pagesDone: integer('pages_done').notNull().default(0),
    status: text('status', { enum: DOCUMENT_STATUSES }).notNull().default('queued'),
    error: text('error'),
    /** Files embedded in the document (null: the format has none, or it was not read yet). */
    attachments: jsonb('attachments').$type<Attachment[]>(),
    collection: text('collection'),
    sourceNote: text('source_note'),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('documents_sha256_key').on(t.sha256),
    index('documents_status_idx').on(t.status),
    check('documents_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

/** Every time a file arrived, under whatever name: the chain of custody, duplicates included. */
export const receipts = pgTable(
  'receipts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    documentId: bigint('document_id', { mode: 'number' })
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    sourceNote: text('source_note'),
    duplicate: boolean('duplicate').notNull().default(false),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('receipts_document_idx').on(t.documentId)],
);

export const PAGE_METHODS = ['text-layer', 'ocr'] as const;
export type PageMethod = (typeof PAGE_METHODS)[number];
export const PAGE_STATUSES = ['done', 'needs-ocr', 'failed'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];

/** A word recognised by OCR, with its box in page-image pixels and its offsets in the page text. */
export interface WordBox extends PlacedBox {
  text: string;
  confidence: number;
}

/** One page of a document, with its text and how it was obtained. */
export const pages = pgTable(
  'pages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    documentId: bigint('document_id', { mode: 'number' })
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    status: text('status', { enum: PAGE_STATUSES }).notNull(),
    method: text('method', { enum: PAGE_METHODS }),
    /** Why this method was chosen (e.g. "text layer plausible", "no text layer"). */
    decision: text('decision'),
    text: text('text').notNull().default(''),
    /** Mean recognition confidence 0..1 for OCR pages; null for text layers. */
    confidence: real('confidence'),
    /** Page size: PDF points for text layers, pixels of the page image for OCR. */
    width: real('width'),
    height: real('height'),
    language: text('language'),
    words: jsonb('words').$type<WordBox[]>(),
    /** Page image kept for the viewer, relative to the data directory. */
    imagePath: text('image_path'),
    error: text('error'),
  },
  (t) => [uniqueIndex('pages_document_page_key').on(t.documentId, t.page)],
);

/** Evidence found on a page: a date, person, place, organization, passport. */
export const entities = pgTable(
  'entities',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    documentId: bigint('document_id', { mode: 'number' })
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    type: text('type').notNull(),
    text: text('text').notNull(),
    normalized: text('normalized').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    boxes: jsonb('boxes').$type<Array<[number, number, number, number]>>(),
    attributes: jsonb('attributes').$type<Record<string, unknown>>(),
    /** For a person mention: the person it was clustered into (people.key), set by the people stage. */
    personKey: text('person_key'),
  },
  (t) => [
    index('entities_document_page_idx').on(t.documentId, t.page),
    index('entities_type_normalized_idx').on(t.type, t.normalized),
    index('entities_person_key_idx').on(t.personKey),
  ],
);

/** A person: the mentions of all documents that name one human being, rebuilt by the people stage. */
export const people = pgTable('people', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  variants: jsonb('variants').$type<string[]>().notNull(),
  documentIds: jsonb('document_ids').$type<number[]>().notNull(),
  mentions: integer('mentions').notNull(),
  /** Name keys of every variant (core/names/keys.ts), space-separated, so that any spelling finds the person. */
  nameKeys: text('name_keys').notNull(),
  /**
   * Made by an editor's decision in their collections (ingest/people/cluster.ts): when such a
   * person's mentions rejoin others (the decision undone), the others' key is kept, so that readers
   * of the collections the decision did not touch see their person under the key they knew.
   */
  decided: boolean('decided').notNull().default(false),
});

/**
 * Where the key of a person went when the people stage joined that person into another (a second
 * collection naming them, an editor's merge): the key stands in bookmarks, citations and exports,
 * so the API and the pages send it on to the person now holding most of its mentions. A key that
 * comes back (the join undone) loses its row; a chain of joins is followed to its end.
 */
export const personKeyMoves = pgTable('person_key_moves', {
  oldKey: text('old_key').primaryKey(),
  newKey: text('new_key').notNull(),
  movedAt: timestamp('moved_at', { withTimezone: true }).notNull().defaultNow(),
});

export const PERSON_DECISIONS = ['merge', 'split'] as const;

/**
 * An editor's decision about people, by the folded spellings it concerns, so it outlives re-ingests
 * and re-clustering: merge a and b into one person, or split the spelling a out of b's person. An
 * editor's decision holds in the collections they could edit when they made it (`collections`) and
 * moves only the mentions of those collections' documents; an admin's (and the CLI operator's,
 * and every decision from before collections) has none and holds everywhere.
 */
export const personDecisions = pgTable('person_decisions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  kind: text('kind', { enum: PERSON_DECISIONS }).notNull(),
  a: text('a').notNull(),
  b: text('b').notNull(),
  collections: jsonb('collections').$type<string[]>(),
  userId: bigint('user_id', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const STANCES = ['alleged', 'documented', 'testimony'] as const;
export type ClaimStance = (typeof STANCES)[number];

/** A statement that places a person somewhere at a time, read from one sentence of a page. */
export const claims = pgTable(
  'claims',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    documentId: bigint('document_id', { mode: 'number' })
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    /** The person mentions (entities.id) the claim is about; several for a marriage. */
    personEntityIds: jsonb('person_entity_ids').$type<number[]>().notNull(),
    /** The people they belong to, kept current by the people stage. */
    personKeys: jsonb('person_keys')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    place: text('place').notNull(),
    placeText: text('place_text').notNull(),
    /**
     * Where a journey, an entry or an exit set out from, when the source names it ("from A to B", a
     * manifest's route); null otherwise. The move's day holds both ends. Normalized, and as written.
     */
    origin: text('origin'),
    originText: text('origin_text'),
    dateFrom: text('date_from').notNull(),
    /** Null when open-ended. */
    dateTo: text('date_to'),
    /**
     * The claim holds on some day of dateFrom–dateTo, not on every day: a date counted from a month
     * or a year ("in March 2019 … two weeks later" is some day of 15 March – 14 April 2019).
     */
    approximate: boolean('approximate').notNull().default(false),
    stance: text('stance', { enum: STANCES }).notNull(),
    kind: text('kind').notNull(),
    quote: text('quote').notNull(),
    quoteStart: integer('quote_start').notNull(),
    quoteEnd: integer('quote_end').notNull(),
  },
  (t) => [index('claims_document_idx').on(t.documentId)],
);

/**
 * Where a job starts: `text` runs every stage from the stored original; `extract` from the stored page
 * text (entities, claims, index); `index` the search index only.
 */
export const REPROCESS_STAGES = ['text', 'extract', 'index'] as const;
export type ReprocessStage = (typeof REPROCESS_STAGES)[number];

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** The durable ingest queue: one job per document, leased by a worker while it runs. */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    documentId: bigint('document_id', { mode: 'number' })
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(3),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    /** The stage the job starts at (null: every stage, as for a new upload). */
    fromStage: text('from_stage', { enum: REPROCESS_STAGES }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('jobs_document_key').on(t.documentId),
    index('jobs_claim_idx').on(t.status, t.runAt),
  ],
);

export type Document = typeof documents.$inferSelect;
export type Page = typeof pages.$inferSelect;
export type NewPage = typeof pages.$inferInsert;
export type Entity = typeof entities.$inferSelect;
export type NewEntity = typeof entities.$inferInsert;
export type Job = typeof jobs.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Claim = typeof claims.$inferSelect;

export const ROLES = ['admin', 'investigator', 'editor', 'fact-checker'] as const;
export type Role = (typeof ROLES)[number];

/** People who use Casefile. Passwords are stored only as argon2id hashes. */
export const users = pgTable(
  'users',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_name_key').on(t.name)],
);

/**
 * API tokens: `cf_<lookup>.<secret>`. The lookup part finds the row; the secret is stored only as an
 * argon2id hash, like a password.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lookup: text('lookup').notNull(),
    secretHash: text('secret_hash').notNull(),
    /** What the token is for, as its owner named it ("laptop", "batch script"); null for sessions. */
    label: text('label'),
    /** `api` tokens are for API clients; `session` tokens live in a browser's cookie and expire. */
    kind: text('kind', { enum: ['api', 'session'] })
      .notNull()
      .default('api'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_lookup_key').on(t.lookup)],
);

export type User = typeof users.$inferSelect;

export const CITATION_STATUSES = ['holds', 'broken'] as const;
export type CitationStatus = (typeof CITATION_STATUSES)[number];

/**
 * A citation made in Casefile, under a short stable id (`/c/<id>`: base32 of a hash of the
 * document's SHA-256, the page and the quote). Re-verified whenever its document is processed
 * again: `broken` when the quote no longer stands on the page exactly, with the reason.
 */
export const citations = pgTable(
  'citations',
  {
    id: text('id').primaryKey(),
    documentId: bigint('document_id', { mode: 'number' })
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    quote: text('quote').notNull(),
    status: text('status', { enum: CITATION_STATUSES }).notNull().default('holds'),
    /** Why it no longer holds (the differences found), null while it holds. */
    problem: text('problem'),
    createdBy: bigint('created_by', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('citations_document_idx').on(t.documentId)],
);

export type StoredCitation = typeof citations.$inferSelect;

/**
 * What a grant on a collection allows, each level including the ones before it: read its documents
 * (search, pages, originals, people, citations); upload into it; edit (merge and split people named
 * in it, process its documents again). The role still decides which kinds of action a user may take at all (http/permissions.ts).
 */
export const GRANT_LEVELS = ['read', 'upload', 'edit'] as const;
export type GrantLevel = (typeof GRANT_LEVELS)[number];

/** A team of users that can be granted collections together. */
export const groups = pgTable(
  'groups',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('groups_name_key').on(t.name)],
);

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: bigint('group_id', { mode: 'number' })
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('group_members_key').on(t.groupId, t.userId),
    index('group_members_user_idx').on(t.userId),
  ],
);

/**
 * Access to a collection (documents.collection; documents without one are in DEFAULT_COLLECTION of
 * store/access.ts), granted to one user or to one group. Admins need none: they read everything.
 */
export const collectionGrants = pgTable(
  'collection_grants',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    collection: text('collection').notNull(),
    userId: bigint('user_id', { mode: 'number' }).references(() => users.id, {
      onDelete: 'cascade',
    }),
    groupId: bigint('group_id', { mode: 'number' }).references(() => groups.id, {
      onDelete: 'cascade',
    }),
    level: text('level', { enum: GRANT_LEVELS }).notNull(),
    grantedBy: bigint('granted_by', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // NULLs are distinct: a user's grants and a group's grants are unique each among their own.
    uniqueIndex('collection_grants_user_key').on(t.collection, t.userId),
    uniqueIndex('collection_grants_group_key').on(t.collection, t.groupId),
    index('collection_grants_user_idx').on(t.userId),
    check('collection_grants_one_grantee', sql`(${t.userId} IS NULL) <> (${t.groupId} IS NULL)`),
  ],
);
