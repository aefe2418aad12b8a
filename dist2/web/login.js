import { jsx as _jsx, jsxs as _jsxs } from "hono/jsx/jsx-runtime";
import { Layout } from './layout.js';
export function LoginPage(props) {
    return (_jsx(Layout, { title: "Log in", children: _jsxs("form", { method: "post", action: "/login", class: "card narrow", children: [_jsx("h1", { children: "Log in" }), props.error ? (_jsx("p", { class: "error", role: "alert", children: props.error })) : null, _jsx("input", { type: "hidden", name: "next", value: props.next }), _jsxs("label", { children: ["Name ", _jsx("input", { name: "name", autocomplete: "username", required: true, autofocus: true })] }), _jsxs("label", { children: ["Password", ' ', _jsx("input", { name: "password", type: "password", autocomplete: "current-password", required: true })] }), _jsx("button", { type: "submit", children: "Log in" })] }) }));
}
//# sourceMappingURL=login.js.map