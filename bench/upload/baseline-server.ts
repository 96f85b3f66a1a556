// Part (a) of bench/upload.ts, run as a child process: the least a Node server can do with an
// upload, node:http streaming the request body to a file with fs.createWriteStream and
// stream.pipeline. Every request's body goes to BASELINE_FILE; prints "baseline listening on <port>".
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';

const target = process.env['BASELINE_FILE'];
if (target === undefined || target === '') throw new Error('BASELINE_FILE is not set');
const file = target;

const server = createServer((req, res) => {
  pipeline(req, createWriteStream(file, { mode: 0o600 })).then(
    () => res.writeHead(204).end(),
    () => res.writeHead(500).end(),
  );
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`baseline listening on ${String((server.address() as AddressInfo).port)}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
