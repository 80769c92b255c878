import { payloadChunks } from './renderGrid';

const utf8 = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

describe('cutting a sheet into requests', () => {
  it('keeps each chunk under the limit in UTF-8 bytes, which a Chinese text fills three times faster than its length', () => {
    const cells = Array.from({ length: 2000 }, (_, i) => [`销售代表第${i + 1}号，华东区域的重点客户经理`, i]);
    const formats = cells.map(() => ['@', '#,##0']);
    const chunks = payloadChunks(cells, formats, 20_000);
    for (const { start, rows } of chunks) {
      const bytes = utf8(cells.slice(start, start + rows)) + utf8(formats.slice(start, start + rows));
      expect(bytes).toBeLessThanOrEqual(20_000);
    }
    expect(chunks.reduce((n, c) => n + c.rows, 0)).toBe(2000);
  });

  it('takes one chunk for a small sheet', () => {
    expect(
      payloadChunks(
        [
          [1, 2],
          [3, 4],
        ],
        [],
        1000,
      ),
    ).toEqual([{ start: 0, rows: 2 }]);
  });
});
