// The torrc of each node of the private test network. Everything binds to 127.0.0.1 explicitly,
// the only directory authorities are our own (so tor knows no public relay or fallback directory),
// and the testing options make a consensus in seconds instead of hours.
import { rewriteForLocalRun } from '../torrc-file';

export interface Authority {
  readonly nickname: string;
  readonly orPort: number;
  readonly dirPort: number;
  /** The authority's v3 identity (from tor-gencert's certificate). */
  readonly v3Ident: string;
  /** The relay identity fingerprint (from tor --list-fingerprint). */
  readonly fingerprint: string;
}

export function dirAuthorityLine(authority: Authority): string {
  return `DirAuthority ${authority.nickname} orport=${String(authority.orPort)} no-v2 v3ident=${authority.v3Ident} 127.0.0.1:${String(authority.dirPort)} ${authority.fingerprint}`;
}

export interface CommonOptions {
  readonly nickname: string;
  readonly dataDir: string;
  readonly logFile: string;
  /** An empty file: the GeoIP databases are not needed and take seconds to parse. */
  readonly emptyFile: string;
  readonly authorities: readonly Authority[];
  /** tor exits when this process does (the test runner), checked every 15 s. */
  readonly ownerPid: number;
}

/** Options every node shares (see chutney's torrc templates for what each is for). */
export function commonTorrc(options: CommonOptions): string {
  return [
    'TestingTorNetwork 1',
    `DataDirectory ${options.dataDir}`,
    `Nickname ${options.nickname}`,
    `Log notice file ${options.logFile}`,
    'ShutdownWaitLength 0',
    'RunAsDaemon 0',
    // Fast bootstrap: treat every relay as reachable, a guard and an onion service directory.
    'AssumeReachable 1',
    'PathsNeededToBuildCircuits 0.25',
    'TestingDirAuthVoteGuard *',
    'TestingDirAuthVoteHSDir *',
    'V3AuthNIntervalsValid 2',
    // Loopback IPv4 only; no GeoIP files to parse.
    'ClientUseIPv6 0',
    `GeoIPFile ${options.emptyFile}`,
    `GeoIPv6File ${options.emptyFile}`,
    `__OwningControllerProcess ${String(options.ownerPid)}`,
    ...options.authorities.map(dirAuthorityLine),
    '',
  ].join('\n');
}

export interface RelayOptions extends CommonOptions {
  readonly orPort: number;
  readonly dirPort: number;
}

/** A middle relay (never an exit): ORPort and DirPort on 127.0.0.1, no SOCKS port. */
export function relayTorrc(options: RelayOptions): string {
  return [
    commonTorrc(options),
    'SocksPort 0',
    'ControlPort 0',
    `ORPort 127.0.0.1:${String(options.orPort)}`,
    `DirPort 127.0.0.1:${String(options.dirPort)}`,
    'Address 127.0.0.1',
    'ExitRelay 0',
    'ExitPolicy reject *:*',
    `ContactInfo ${options.nickname}@thicket-test.invalid`,
    '',
  ].join('\n');
}

/** A directory authority that is also a relay. Votes every 5 s at first, then every 10 s. */
export function authorityTorrc(options: RelayOptions): string {
  return [
    relayTorrc(options),
    'AuthoritativeDirectory 1',
    'V3AuthoritativeDirectory 1',
    'TestingV3AuthInitialVotingInterval 5',
    'V3AuthVotingInterval 10',
    'TestingV3AuthInitialVoteDelay 2',
    'V3AuthVoteDelay 2',
    'TestingV3AuthInitialDistDelay 2',
    'V3AuthDistDelay 2',
    '',
  ].join('\n');
}

export interface ClientOptions extends CommonOptions {
  readonly socksPort: number;
  /** Where `<name>.auth_private` files for client-authorized onion services go. */
  readonly clientAuthDir: string;
}

/** The visitor's tor: a SOCKS port on 127.0.0.1 (with tor's extended onion error codes). */
export function clientTorrc(options: ClientOptions): string {
  return [
    commonTorrc(options),
    `SocksPort 127.0.0.1:${String(options.socksPort)} ExtendedErrors`,
    'ControlPort 0',
    `ClientOnionAuthDir ${options.clientAuthDir}`,
    '',
  ].join('\n');
}

export interface OnionServiceOptions extends CommonOptions {
  /** The deployment's torrc (deploy/tor/torrc), run as it is except for folders and target. */
  readonly deployTorrc: string;
  /**
   * Where the Thicket instance listens, host:port: one instance serving everything, or one per
   * service, keyed by the last segment of its HiddenServiceDir (`thicket`, `prosecutor`).
   */
  readonly target: string | Readonly<Record<string, string>>;
}

/**
 * The onion service node: the deployment's own torrc (both services, proof-of-work, client
 * authorization), its folders moved into the test folder and its ports pointed at the test
 * instance, plus the test network's options. DataDirectory and Log come from the common part.
 */
export function onionServiceTorrc(options: OnionServiceOptions): string {
  const deploy = rewriteForLocalRun(options.deployTorrc, { dir: options.dataDir, target: options.target, drop: ['datadirectory', 'log'] });
  return `${commonTorrc(options)}${deploy}`;
}
