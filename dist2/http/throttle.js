const LOGIN_RULES = {
    /** Per account: guessing one password is slow from any number of addresses. */
    name: { limit: 5, windowMs: 15 * 60 * 1000 },
    /** Per client address: one client guessing across many names. */
    address: { limit: 10, windowMs: 15 * 60 * 1000 },
};
/** Keys kept at most; beyond it, the entries whose failures are oldest are forgotten first. */
const MAX_KEYS = 100_000;
export class FailureThrottle {
    rule;
    failures = new Map();
    constructor(rule) {
        this.rule = rule;
    }
    /** Milliseconds until `key` may try again; 0 when it may now. */
    waitMs(key, now = Date.now()) {
        const recent = this.recent(key, now);
        return recent.length >= this.rule.limit
            ? recent[recent.length - this.rule.limit] + this.rule.windowMs - now
            : 0;
    }
    fail(key, now = Date.now()) {
        const recent = this.recent(key, now);
        recent.push(now);
        // Re-inserted at the end: the map's order is then oldest activity first, which is what is dropped.
        this.failures.delete(key);
        this.failures.set(key, recent);
        if (this.failures.size > MAX_KEYS)
            this.failures.delete(this.failures.keys().next().value);
    }
    clear(key) {
        this.failures.delete(key);
    }
    recent(key, now) {
        const list = (this.failures.get(key) ?? []).filter((t) => t > now - this.rule.windowMs);
        if (list.length === 0)
            this.failures.delete(key);
        return list;
    }
}
export class LoginThrottle {
    byName = new FailureThrottle(LOGIN_RULES.name);
    byAddress = new FailureThrottle(LOGIN_RULES.address);
    /** Seconds to wait before this name may be tried from this address; 0 when it may now. */
    retryAfter(name, address) {
        return Math.ceil(Math.max(this.byName.waitMs(nameKey(name)), this.byAddress.waitMs(clientKey(address))) / 1000);
    }
    failed(name, address) {
        this.byName.fail(nameKey(name));
        this.byAddress.fail(clientKey(address));
    }
    /** A success clears the name's failures, not the address's: a client's own account is no way to reset its guessing elsewhere. */
    succeeded(name) {
        this.byName.clear(nameKey(name));
    }
}
/** User names are at most 64 characters: a longer one names no one, and needs no more memory. */
const nameKey = (name) => name.slice(0, 65);
/**
 * The client an address stands for: an IPv4 address itself (also when IPv4-mapped), an IPv6 address
 * by its /64 prefix, which one client usually holds whole (one address each would be no limit).
 */
export function clientKey(address) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped)
        return mapped[1];
    if (!address.includes(':'))
        return address;
    const [head = '', tail] = address.split('%')[0].split('::');
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    const groups = tail === undefined
        ? left
        : [
            ...left,
            ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'),
            ...right,
        ];
    return `${groups
        .slice(0, 4)
        .map((g) => Number.parseInt(g || '0', 16).toString(16))
        .join(':')}::/64`;
}
//# sourceMappingURL=throttle.js.map