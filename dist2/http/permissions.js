const PERMISSIONS = {
    read: ['admin', 'investigator', 'editor', 'fact-checker'],
    /** Investigators search too: they work with what they and others uploaded. */
    search: ['admin', 'investigator', 'editor', 'fact-checker'],
    upload: ['admin', 'investigator'],
    cite: ['admin', 'fact-checker'],
    /** Merge and split people: an editorial decision. */
    edit: ['admin', 'editor'],
    admin: ['admin'],
};
export function allowed(role, permission) {
    return permission === 'public' || PERMISSIONS[permission].includes(role);
}
//# sourceMappingURL=permissions.js.map