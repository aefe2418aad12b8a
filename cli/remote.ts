// The CLI against a running server, over its API: while `casefile serve` holds the embedded database,
// no other process may open it, so users, groups, grants, tokens, searches and exports go through the
// server instead, as the token's user (an admin's token for the admin commands). The API token comes
// from CASEFILE_TOKEN (an environment variable, never an argument: arguments are visible to every
// user of the machine in the process list).
export interface Remote {
  server: string;
  token: string;
}

export function remoteFrom(server: string | undefined): Remote | undefined {
  const url = server ?? process.env.CASEFILE_SERVER;
  if (!url) return undefined;
  const token = process.env.CASEFILE_TOKEN;
  if (!token) throw new Error('talking to a server needs an API token in CASEFILE_TOKEN');
  return { server: url.replace(/\/$/, ''), token };
}

/** Asks the API for a GET route's answer as it comes (an export); throws the error of a refusal. */
export async function fetchApi(remote: Remote, path: string): Promise<Response> {
  const res = await fetch(remote.server + path, {
    headers: { authorization: `Bearer ${remote.token}` },
  });
  if (!res.ok) {
    const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    throw new Error(
      `${res.status}: ${typeof answer.error === 'string' ? answer.error : res.statusText}`,
    );
  }
  return res;
}

/** Calls the API; answers its JSON, or throws its error message. */
export async function callApi(
  remote: Remote,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const res = await fetch(remote.server + path, {
    method,
    headers: {
      authorization: `Bearer ${remote.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok)
    throw new Error(
      `${res.status}: ${typeof answer.error === 'string' ? answer.error : res.statusText}`,
    );
  return answer;
}
