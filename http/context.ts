// What every route of the server shares, API and web alike: the archive it serves, the request's
// variables (the authenticated user), and the route table's row. server/app.ts registers the rows of
// api/ and web/ behind authentication and the permission each names.
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type { ZodObject, ZodType } from 'zod';
import type { PlacedBox } from '../core/word-boxes.js';
import type { Identity } from '../store/accounts.js';
import type { PeopleAsRead } from '../case/people.js';
import type { Access } from '../store/access.js';
import type { Archive } from '../store/archive.js';
import type { DecisionScope } from '../store/people.js';
import type { SearchService } from '../search/service.js';
import type { Permission } from './permissions.js';

export interface AppContext {
  archive: Archive;
  search: SearchService;
  /** False until start-up (migrations, index check) is over; /api/health says so. */
  ready: () => boolean;
  /** Where readers reach this server (CASEFILE_PUBLIC_URL or the bound address): citation permalinks start with it. */
  publicUrl: string;
  /** Editors' merge and split of people (ingest/people/decisions.ts), given by server/ so web/ imports no ingest code. */
  people?: PeopleDecisions;
  /** The people as a reader of some collections sees them (ingest/people/as-read.ts), given by server/ likewise. */
  peopleAsRead?: (
    db: Archive['db'],
    access: Extract<Access, { all: false }>,
  ) => Promise<PeopleAsRead>;
  /**
   * The words of a born-digital page's text layer with their boxes and offsets in `text`
   * (ingest/text/pdf.ts), null when the layer no longer gives that text; given by server/ likewise.
   */
  textLayerWords?: (
    archive: Archive,
    sha256: string,
    page: number,
    text: string,
  ) => Promise<PlacedBox[] | null>;
}

/** Save an editor's decision about people and rebuild them; the key of the person it leaves, or undefined when none matched. */
interface PeopleDecisions {
  merge(
    db: Archive['db'],
    key: string,
    other: string,
    userId?: number,
    scope?: DecisionScope,
  ): Promise<string | undefined>;
  split(
    db: Archive['db'],
    key: string,
    variant: string,
    userId?: number,
    scope?: DecisionScope,
  ): Promise<string | undefined>;
}

export type Env = {
  Variables: {
    user: Identity;
    /** How the user was authenticated: a session cookie makes unsafe requests subject to the same-origin checks. */
    authBy: 'bearer' | 'cookie';
  };
  Bindings: Partial<HttpBindings>;
};

type Handler = (c: Context<Env>, ctx: AppContext) => Response | Promise<Response>;

export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  permission: Permission;
  handler: Handler;
  /**
   * The query string's schema (http/params.ts): checked before the handler, which reads the result
   * with validQuery(); a query that does not fit is answered 400 (`invalid`, or JSON { error }).
   */
  query?: ZodObject;
  /** The JSON body's schema, likewise (validJson()). */
  json?: ZodType;
  /** A web form's schema, likewise (validForm()). */
  form?: ZodType;
  /** A web page's answer to a query that does not fit its schema (an HTML page rather than JSON). */
  invalid?: (c: Context<Env>, message: string) => Response | Promise<Response>;
  /** The body is streamed by the handler (uploads): no size limit on the whole request. */
  streaming?: boolean;
  /** A web page: without a user it redirects to the login form instead of answering 401. */
  web?: boolean;
  /**
   * A costly route (a search): its requests wait for one of the server's few search slots
   * (http/gate.ts), authentication included, so a burst of them never starves the event loop.
   */
  queued?: boolean;
}
