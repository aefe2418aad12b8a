// Makes a received file name safe to store and show, while keeping it recognisable: directory parts
// are dropped (no "../"), control characters and bidirectional overrides (which can disguise
// "gpj.exe" as "exe.jpg") are replaced, and the length is capped.
const MAX_CODE_POINTS = 255;
// C0/C1 controls, and the Unicode bidi embedding/override/isolate marks.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
export function safeFilename(raw) {
    const base = raw
        .split(/[\\/]/)
        .filter((part) => part.length > 0)
        .pop() ?? '';
    let name = base.normalize('NFC').replace(UNSAFE, '\uFFFD').trim();
    if (name === '' || name === '.' || name === '..')
        name = 'unnamed';
    const points = [...name];
    if (points.length > MAX_CODE_POINTS) {
        // Keep the extension: it is what a person reads first.
        const dot = name.lastIndexOf('.');
        const ext = dot > 0 && name.length - dot <= 12 ? [...name.slice(dot)] : [];
        name = points.slice(0, MAX_CODE_POINTS - ext.length - 1).join('') + '…' + ext.join('');
    }
    return name;
}
//# sourceMappingURL=filename.js.map