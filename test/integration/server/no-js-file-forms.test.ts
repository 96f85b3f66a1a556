// Forms with files are handled a few at a time (server/plugins/no-js.ts NO_JS_FILE_FORMS_AT_ONCE):
// more at once wait their turn and still get their page; forms without files do not wait.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NO_JS_FILE_FORMS_AT_ONCE } from '../../../server/plugins/no-js';
import { openWorld, type World } from '../core/world';

let world: World;
const BOUNDARY = '----thicket-file-forms';

function multipart(code: string, fileBytes: number): Buffer {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="case-code"\r\n\r\n${code}\r\n`),
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="answer"\r\n\r\nwith a file\r\n`),
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="photo.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.alloc(fileBytes, 1),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

beforeAll(async () => {
  world = await openWorld();
}, 60_000);

afterAll(async () => {
  await world.close();
});

it(`answers every one of ${String(NO_JS_FILE_FORMS_AT_ONCE * 3)} forms with files posted at once (they queue, none is lost)`, async () => {
  expect(NO_JS_FILE_FORMS_AT_ONCE).toBeGreaterThan(0);
  const posts = Array.from({ length: NO_JS_FILE_FORMS_AT_ONCE * 3 }, (_, index) =>
    world.app.inject({
      method: 'POST',
      url: '/nojs/case',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: multipart(`not a case code ${String(index)}`, 256 * 1024),
    }),
  );
  // A form without files meanwhile is answered as usual.
  const plain = world.app.inject({ method: 'GET', url: '/nojs/return' });
  const answers = await Promise.all(posts);
  expect((await plain).statusCode).toBe(200);
  for (const answer of answers) {
    expect(answer.statusCode).toBe(422);
    expect(answer.body).toContain('a case code has 12');
  }
}, 60_000);
