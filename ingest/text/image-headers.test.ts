import { describe, expect, it } from 'vitest';
import { jbig2DeclaredSize, jpxDeclaredSize } from './image-headers.js';

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** A JBIG2 segment with a small page association and no referred segments. */
const segment = (n: number, type: number, data: Buffer, length = data.length) =>
  Buffer.concat([u32(n), Buffer.from([type, 0, 1]), u32(length), data]);
const pageInfo = (w: number, h: number) =>
  segment(0, 48, Buffer.concat([u32(w), u32(h), u32(0), u32(0), Buffer.from([0, 0, 0])]));
const region = (n: number, type: number, w: number, h: number, y = 0) =>
  segment(n, type, Buffer.concat([u32(w), u32(h), u32(0), u32(y), Buffer.from([0, 1])]));

describe('jpxDeclaredSize', () => {
  const siz = (x: number, y: number, xo = 0, yo = 0) =>
    Buffer.concat([
      Buffer.from([0xff, 0x4f, 0xff, 0x51, 0, 41, 0, 0]),
      u32(x),
      u32(y),
      u32(xo),
      u32(yo),
      Buffer.alloc(20),
    ]);

  it('reads a codestream’s SIZ marker, less the image offset', () => {
    expect(jpxDeclaredSize(siz(1700, 2200))).toEqual({ width: 1700, height: 2200 });
    expect(jpxDeclaredSize(siz(1800, 2300, 100, 100))).toEqual({ width: 1700, height: 2200 });
  });

  it('takes the larger of a JP2 file’s image header box and its codestream', () => {
    const ihdr = Buffer.concat([u32(22), Buffer.from('ihdr'), u32(60000), u32(60000)]);
    const jp2 = Buffer.concat([Buffer.from('....jP  ....ftypjp2 '), ihdr, siz(400, 300)]);
    expect(jpxDeclaredSize(jp2)).toEqual({ width: 60000, height: 60000 });
  });

  it('declares nothing for bytes that are not JPEG 2000, or cut short', () => {
    expect(jpxDeclaredSize(Buffer.from('not an image'))).toBeUndefined();
    expect(jpxDeclaredSize(siz(1700, 2200).subarray(0, 12))).toBeUndefined();
  });
});

describe('jbig2DeclaredSize', () => {
  it('reads the page information segment and every region’s size', () => {
    expect(
      jbig2DeclaredSize([Buffer.concat([pageInfo(2480, 3508), region(1, 38, 2480, 3508)])]),
    ).toEqual({
      width: 2480,
      height: 3508,
    });
    // A region larger than its page still allocates its own bitmap.
    expect(
      jbig2DeclaredSize([Buffer.concat([pageInfo(100, 100), region(1, 39, 60000, 60000)])]),
    ).toEqual({ width: 60000, height: 60000 });
    expect(jbig2DeclaredSize([pageInfo(60000, 60000)])).toEqual({ width: 60000, height: 60000 });
  });

  it('reads the global segments of JBIG2Globals too, and a pattern dictionary’s collective bitmap', () => {
    const pattern = segment(0, 16, Buffer.concat([Buffer.from([0, 255, 255]), u32(0xfffff)]));
    expect(jbig2DeclaredSize([pattern, pageInfo(100, 100)])).toEqual({
      width: 0x100000 * 255,
      height: 255,
    });
  });

  it('counts a striped page (unknown height) as tall as its regions reach', () => {
    const striped = Buffer.concat([
      pageInfo(1000, 0xffffffff),
      region(1, 38, 1000, 50, 0),
      region(2, 38, 1000, 50, 900_000),
    ]);
    expect(jbig2DeclaredSize([striped])).toEqual({ width: 1000, height: 900_050 });
  });

  it('stops at an immediate region of unknown length and at cut-short data', () => {
    const open = Buffer.concat([
      pageInfo(200, 100),
      segment(
        1,
        38,
        Buffer.concat([u32(200), u32(100), u32(0), u32(0), Buffer.from([0, 1])]),
        0xffffffff,
      ),
      pageInfo(60000, 60000),
    ]);
    expect(jbig2DeclaredSize([open])).toEqual({ width: 200, height: 100 });
    expect(jbig2DeclaredSize([pageInfo(200, 100).subarray(0, 9)])).toBeUndefined();
  });
});
