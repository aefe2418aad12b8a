export function remoteFrom(server) {
    const url = server ?? process.env.CASEFILE_SERVER;
    if (!url)
        return undefined;
    const token = process.env.CASEFILE_TOKEN;
    if (!token)
        throw new Error('talking to a server needs an API token in CASEFILE_TOKEN');
    return { server: url.replace(/\/$/, ''), token };
}
/** Asks the API for a GET route's answer as it comes (an export); throws the error of a refusal. */
export async function fetchApi(remote, path) {
    const res = await fetch(remote.server + path, {
        headers: { authorization: `Bearer ${remote.token}` },
    });
    if (!res.ok) {
        const answer = (await res.json().catch(() => ({})));
        throw new Error(`${res.status}: ${typeof answer.error === 'string' ? answer.error : res.statusText}`);
    }
    return res;
}
/** Calls the API; answers its JSON, or throws its error message. */
export async function callApi(remote, method, path, body) {
    const res = await fetch(remote.server + path, {
        method,
        headers: {
            authorization: `Bearer ${remote.token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await res.json().catch(() => ({})));
    if (!res.ok)
        throw new Error(`${res.status}: ${typeof answer.error === 'string' ? answer.error : res.statusText}`);
    return answer;
}
//# sourceMappingURL=remote.js.map