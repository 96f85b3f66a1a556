// A private Tor network on 127.0.0.1 for the onion tests: three directory authorities and one
// relay (four relay-capable nodes: an onion circuit pair needs four distinct relays), started first
// and waited for until the consensus lists them; then the onion service node, running the
// deployment's own torrc through the container's entry point (both onion services, proof-of-work,
// client authorization) in front of a Thicket instance, and a client with a SOCKS port.
// Every tor listens on 127.0.0.1 only and knows no authority but ours. stop() ends every process
// it started, by PID, and removes the folder; a failed start stops what it had started.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DEPLOY_TORRC } from '../torrc-file';
import { waitForConsensus } from './consensus';
import { authorityTorrc, clientTorrc, onionServiceTorrc, relayTorrc } from './network-torrc';
import type { Authority } from './network-torrc';
import { makeAuthorityKeys, relayFingerprint } from './node-keys';
import { socksHttpGet } from './socks-http';
import { TOR, requireTor } from './tor-binary';
import { startTor } from './tor-process';
import type { TorProcess } from './tor-process';

const ENTRYPOINT = fileURLToPath(new URL('../../../deploy/tor/entrypoint.sh', import.meta.url));

export interface TorNetworkTimings {
  /** From the first tor starting until the consensus lists every authority and relay. */
  readonly consensusMs: number;
  /** From the onion service's tor starting until the first HTTP answer through its address. */
  readonly onionReachableMs: number;
  /** From the first tor starting (cold start) until that first answer. */
  readonly firstFetchMs: number;
}

export interface TorNodeMemory {
  readonly name: string;
  readonly pid: number;
  readonly rssKiB: number;
}

export interface TorNetwork {
  readonly socksPort: number;
  /** The whistleblower onion's hostname (`….onion`). */
  readonly whistleblowerOnion: string;
  /** The prosecutor onion's hostname: reachable only with a client authorization key. */
  readonly prosecutorOnion: string;
  /** Where the onion service node keeps `prosecutor/authorized_clients/*.auth`. */
  readonly authorizedClientsDir: string;
  /** The client's ClientOnionAuthDir, for `*.auth_private` files. */
  readonly clientAuthDir: string;
  readonly timings: TorNetworkTimings;
  readonly nodes: readonly TorProcess[];
  readonly onionService: TorProcess;
  readonly client: TorProcess;
  /** Resident memory of every tor process, from /proc. */
  memory(): Promise<TorNodeMemory[]>;
  /** Stops every tor process by PID and removes the network's folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** The two surfaces' ports (server/plugins/surface.ts), each behind its own onion service. */
export interface SurfacePorts {
  readonly whistleblower: number;
  readonly prosecutor: number;
}
export type TargetPorts = number | SurfacePorts;

function serviceTargets(ports: TargetPorts): string | Record<string, string> {
  const local = (port: number): string => `127.0.0.1:${String(port)}`;
  if (typeof ports === 'number') return local(ports);
  return { thicket: local(ports.whistleblower), prosecutor: local(ports.prosecutor) };
}

export interface TorNetworkOptions {
  /**
   * Where Thicket listens on 127.0.0.1: one port serving everything, or one per surface (as in
   * the deployment: PORT and PROSECUTOR_PORT); awaited only once the relays have a consensus.
   */
  readonly targetPort: TargetPorts | Promise<TargetPorts>;
  /** Progress lines (start-up times); default: none. */
  readonly report?: (line: string) => void;
  /** Generous defaults for a busy 2-core CI machine. */
  readonly consensusTimeoutMs?: number;
  readonly onionTimeoutMs?: number;
}

const AUTHORITIES = 3;
const RELAYS = 1;

/** Ports the kernel says are free, held open together so none is handed out twice. */
async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    const ports: number[] = [];
    for (let index = 0; index < count; index += 1) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
      const address = server.address();
      if (typeof address !== 'object' || address === null) throw new Error('no port');
      ports.push(address.port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}

async function privateDir(path: string): Promise<string> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  return path;
}

async function readHostname(path: string, process: TorProcess, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (/^[a-z2-7]{56}\.onion\s*$/.test(text)) return text.trim();
    if (process.exitStatus() !== undefined) throw new Error(`${process.name} exited (${String(process.exitStatus())}) before writing ${path}:\n${process.output()}${await process.log()}`);
    if (Date.now() > deadline) throw new Error(`${process.name} wrote no ${path} within ${String(timeoutMs)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Retries an HTTP GET through the SOCKS port until the onion answers; returns the last error otherwise. */
export async function waitForOnion(socksPort: number, host: string, path: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const result = await socksHttpGet(socksPort, host, path, Math.max(1000, Math.min(30_000, deadline - Date.now())));
      return result.status;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`${host} did not answer through SOCKS port ${String(socksPort)} within ${String(timeoutMs)} ms: ${String(lastError)}`);
}

export async function startTorNetwork(options: TorNetworkOptions): Promise<TorNetwork> {
  requireTor();
  const report = options.report ?? ((): void => undefined);
  // Awaited later; a rejection meanwhile must not go unhandled (it is rethrown when awaited).
  Promise.resolve(options.targetPort).catch(() => undefined);
  const root = await mkdtemp(join(tmpdir(), 'thicket-tor-'));
  const nodes: TorProcess[] = [];
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await Promise.all(nodes.map((node) => node.stop()));
    await rm(root, { recursive: true, force: true });
  };

  try {
    const emptyFile = join(root, 'empty');
    await writeFile(emptyFile, '');
    const ports = await freePorts(2 * (AUTHORITIES + RELAYS) + 1);
    const portAt = (index: number): number => {
      const port = ports[index];
      if (port === undefined) throw new Error('not enough ports');
      return port;
    };
    const common = { emptyFile, ownerPid: process.pid };

    // Keys first (authority identities and every relay fingerprint), all at once.
    const relayNodes = Array.from({ length: AUTHORITIES + RELAYS }, (_unused, index) => {
      const authority = index < AUTHORITIES;
      const nickname = authority ? `auth${String(index + 1)}` : `relay${String(index - AUTHORITIES + 1)}`;
      return { nickname, authority, orPort: portAt(2 * index), dirPort: portAt(2 * index + 1), dataDir: join(root, nickname) };
    });
    const authorities: Authority[] = await Promise.all(
      relayNodes.map(async (node) => {
        await privateDir(node.dataDir);
        const [v3Ident, fingerprint] = await Promise.all([
          node.authority ? makeAuthorityKeys(node.dataDir, node.dirPort) : Promise.resolve(''),
          relayFingerprint(node.dataDir, node.nickname, node.orPort, emptyFile),
        ]);
        return { nickname: node.nickname, orPort: node.orPort, dirPort: node.dirPort, v3Ident, fingerprint };
      }),
    ).then((all) => all.filter((node) => node.v3Ident !== ''));

    const started = Date.now();
    for (const node of relayNodes) {
      const logFile = join(node.dataDir, 'notice.log');
      const torrcText = (node.authority ? authorityTorrc : relayTorrc)({ ...common, ...node, logFile, authorities });
      const torrc = join(node.dataDir, 'torrc');
      await writeFile(torrc, torrcText);
      nodes.push(startTor({ name: node.nickname, command: TOR, args: ['-f', torrc, '--defaults-torrc', emptyFile], logFile }));
    }
    const firstAuthority = authorities[0];
    if (firstAuthority === undefined) throw new Error('no authority');
    const alive = (): void => {
      for (const node of nodes) {
        if (node.exitStatus() !== undefined) throw new Error(`${node.name} exited (${String(node.exitStatus())}):\n${node.output()}`);
      }
    };
    await waitForConsensus(firstAuthority.dirPort, relayNodes.map((node) => node.nickname), options.consensusTimeoutMs ?? 120_000, alive);
    const consensusMs = Date.now() - started;
    report(`tor network: consensus lists ${String(AUTHORITIES)} authorities + ${String(RELAYS)} relay after ${(consensusMs / 1000).toFixed(1)} s`);

    const targetPort = await options.targetPort;
    const serviceDir = await privateDir(join(root, 'onion-service'));
    const clientDir = await privateDir(join(root, 'client'));
    const clientAuthDir = await privateDir(join(clientDir, 'onion-auth'));
    const socksPort = portAt(ports.length - 1);

    const serviceLog = join(serviceDir, 'notice.log');
    const serviceTorrc = join(serviceDir, 'torrc');
    const deployTorrc = await readFile(DEPLOY_TORRC, 'utf8');
    await writeFile(serviceTorrc, onionServiceTorrc({ ...common, nickname: 'onionservice', dataDir: serviceDir, logFile: serviceLog, authorities, deployTorrc, target: serviceTargets(targetPort) }));
    const clientLog = join(clientDir, 'notice.log');
    const clientTorrcPath = join(clientDir, 'torrc');
    await writeFile(clientTorrcPath, clientTorrc({ ...common, nickname: 'client', dataDir: clientDir, logFile: clientLog, authorities, socksPort, clientAuthDir }));

    const serviceStarted = Date.now();
    // The deployment's entry point (it seals the prosecutor service, then execs tor: same PID).
    const onionService = startTor({
      name: 'onion-service',
      command: 'sh',
      args: [ENTRYPOINT, '--defaults-torrc', emptyFile],
      env: { TOR_DATA_DIR: serviceDir, TORRC: serviceTorrc },
      logFile: serviceLog,
    });
    nodes.push(onionService);
    const client = startTor({ name: 'client', command: TOR, args: ['-f', clientTorrcPath, '--defaults-torrc', emptyFile], logFile: clientLog });
    nodes.push(client);

    const [whistleblowerOnion, prosecutorOnion] = await Promise.all([
      readHostname(join(serviceDir, 'thicket', 'hostname'), onionService, 30_000),
      readHostname(join(serviceDir, 'prosecutor', 'hostname'), onionService, 30_000),
    ]);
    await waitForOnion(socksPort, whistleblowerOnion, '/api/health', options.onionTimeoutMs ?? 120_000);
    const reached = Date.now();
    const timings = { consensusMs, onionReachableMs: reached - serviceStarted, firstFetchMs: reached - started };
    report(`tor network: onion service answers ${(timings.onionReachableMs / 1000).toFixed(1)} s after its tor started; first fetch ${(timings.firstFetchMs / 1000).toFixed(1)} s after a cold start`);

    return {
      socksPort,
      whistleblowerOnion,
      prosecutorOnion,
      authorizedClientsDir: join(serviceDir, 'prosecutor', 'authorized_clients'),
      clientAuthDir,
      timings,
      nodes,
      onionService,
      client,
      memory: async () =>
        Promise.all(
          nodes.map(async (node) => {
            const status = await readFile(`/proc/${String(node.pid)}/status`, 'utf8').catch(() => '');
            return { name: node.name, pid: node.pid, rssKiB: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? '0') };
          }),
        ),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
