import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "hono/jsx/jsx-runtime";
import { raw } from 'hono/html';
import { allowed } from '../http/permissions.js';
const NAV = [
    { href: '/', label: 'Search', permission: 'search' },
    { href: '/documents', label: 'Documents', permission: 'read' },
    { href: '/people', label: 'People', permission: 'read' },
    { href: '/citations', label: 'Citations', permission: 'read' },
    { href: '/upload', label: 'Upload', permission: 'upload' },
    { href: '/queue', label: 'Queue', permission: 'upload' },
    { href: '/admin/users', label: 'Users', permission: 'admin' },
];
/** The links of the navigation a role sees. */
function navFor(user) {
    return NAV.filter((n) => allowed(user.role, n.permission));
}
/** Where a role lands after logging in (or on `/`, when it may not search): its first page. */
function homeOf(user) {
    return navFor(user)[0]?.href ?? '/account';
}
export function Layout(props) {
    return (_jsxs(_Fragment, { children: [raw('<!doctype html>'), _jsxs("html", { lang: "en", children: [_jsxs("head", { children: [_jsx("meta", { charset: "utf-8" }), _jsx("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }), _jsxs("title", { children: [props.title, " \u00B7 Casefile"] }), _jsx("link", { rel: "stylesheet", href: "/static/app.css" }), _jsx("link", { rel: "icon", href: "/static/favicon.svg", type: "image/svg+xml" })] }), _jsxs("body", { children: [_jsxs("header", { class: "top", children: [_jsx("a", { href: props.user ? homeOf(props.user) : '/', class: "brand", children: "Casefile" }), props.user ? (_jsxs("nav", { "aria-label": "Main", children: [navFor(props.user).map((n) => (_jsx("a", { href: n.href, children: n.label }))), _jsxs("a", { href: "/account", class: "who", title: "Your account", children: [props.user.name, " (", props.user.role, ")"] }), _jsx("form", { method: "post", action: "/logout", class: "inline", children: _jsx("button", { type: "submit", children: "Log out" }) })] })) : null] }), _jsx("main", { children: props.children }), (props.scripts ?? []).map((src) => (_jsx("script", { src: src, defer: true })))] })] })] }));
}
/** A page that only says something: not found, not allowed. */
export function MessagePage(props) {
    return (_jsx(Layout, { title: props.title, user: props.user, children: _jsxs("section", { class: "card message", role: "alert", children: [_jsx("h1", { children: props.title }), _jsx("p", { children: props.message }), props.user ? (_jsx("p", { children: _jsx("a", { href: homeOf(props.user), children: "Go to your start page" }) })) : null] }) }));
}
//# sourceMappingURL=layout.js.map