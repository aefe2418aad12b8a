// The committed model file: gzip of "NER1", a uint32 header length, a JSON header (hash bits,
// labels, weight width, scale, provenance), the float32 transitions and the int8/int16 emissions.
import zlib from 'node:zlib';
import { L, LABELS } from './perceptron.js';
const MAGIC = 'NER1';
export function encodeModel(p, extra) {
    const width = p.emit instanceof Int8Array ? 8 : p.emit instanceof Int16Array ? 16 : 0;
    if (!width)
        throw new Error('quantize the weights before saving');
    const header = {
        ...extra,
        bits: p.bits,
        labels: LABELS,
        width: width,
        scale: p.scale,
    };
    const json = Buffer.from(JSON.stringify(header));
    const len = Buffer.alloc(4);
    len.writeUInt32LE(json.length);
    const parts = [
        Buffer.from(MAGIC),
        len,
        json,
        Buffer.from(p.trans.buffer, p.trans.byteOffset, p.trans.byteLength),
        Buffer.from(p.emit.buffer, p.emit.byteOffset, p.emit.byteLength),
    ];
    return zlib.gzipSync(Buffer.concat(parts), { level: 9 });
}
export function decodeModel(gz) {
    const buf = zlib.gunzipSync(gz);
    if (buf.toString('latin1', 0, 4) !== MAGIC)
        throw new Error('not a NER model file');
    const hlen = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString('utf8', 8, 8 + hlen));
    if (header.labels.join() !== LABELS.join())
        throw new Error('model labels differ from the code');
    // Copy into aligned arrays: the slices of a Buffer need not sit on a 4-byte boundary.
    let at = 8 + hlen;
    const trans = new Float32Array((L + 1) * L);
    new Uint8Array(trans.buffer).set(buf.subarray(at, at + trans.byteLength));
    at += trans.byteLength;
    const n = (1 << header.bits) * L;
    const emit = header.width === 8 ? new Int8Array(n) : new Int16Array(n);
    new Uint8Array(emit.buffer).set(buf.subarray(at, at + emit.byteLength));
    return { params: { bits: header.bits, emit, scale: header.scale, trans }, header };
}
//# sourceMappingURL=model-file.js.map