// The TCP and UDP sockets a process holds right now, read from /proc (Linux): which addresses it
// listens on and which it is connected to. The onion test uses it to show every tor process of
// the private network listens on, and talks to, 127.0.0.1 only.
import { readFile, readdir, readlink } from 'node:fs/promises';

export interface ProcessSocket {
  readonly protocol: 'tcp' | 'tcp6' | 'udp' | 'udp6';
  readonly local: string;
  readonly remote: string;
  /** TCP state name (LISTEN, ESTABLISHED, ...) or the hex code for UDP. */
  readonly state: string;
}

const TCP_STATES: Readonly<Record<string, string>> = {
  '01': 'ESTABLISHED', '02': 'SYN_SENT', '03': 'SYN_RECV', '04': 'FIN_WAIT1', '05': 'FIN_WAIT2', '06': 'TIME_WAIT',
  '07': 'CLOSE', '08': 'CLOSE_WAIT', '09': 'LAST_ACK', '0A': 'LISTEN', '0B': 'CLOSING',
};

// /proc/net/tcp writes an IPv4 address as one little-endian 32-bit word, IPv6 as four of them.
function decodeAddress(hex: string): string {
  const [address = '', portHex = '0'] = hex.split(':');
  const port = parseInt(portHex, 16);
  const bytes = Buffer.from(address, 'hex');
  for (let word = 0; word < bytes.length; word += 4) bytes.subarray(word, word + 4).reverse();
  if (bytes.length === 4) return `${[...bytes].join('.')}:${String(port)}`;
  const groups: string[] = [];
  for (let index = 0; index < 16; index += 2) groups.push(bytes.readUInt16BE(index).toString(16));
  return `[${groups.join(':')}]:${String(port)}`;
}

async function socketInodes(pid: number): Promise<Set<string>> {
  const inodes = new Set<string>();
  for (const fd of await readdir(`/proc/${String(pid)}/fd`)) {
    const target = await readlink(`/proc/${String(pid)}/fd/${fd}`).catch(() => '');
    const match = /^socket:\[(\d+)\]$/.exec(target);
    if (match?.[1] !== undefined) inodes.add(match[1]);
  }
  return inodes;
}

export async function socketsOf(pid: number): Promise<ProcessSocket[]> {
  const inodes = await socketInodes(pid);
  const sockets: ProcessSocket[] = [];
  for (const protocol of ['tcp', 'tcp6', 'udp', 'udp6'] as const) {
    // The process's own network namespace view.
    const table = await readFile(`/proc/${String(pid)}/net/${protocol}`, 'utf8').catch(() => '');
    for (const line of table.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [, local, remote, state] = fields;
      const inode = fields[9];
      if (local === undefined || remote === undefined || state === undefined || inode === undefined || !inodes.has(inode)) continue;
      sockets.push({ protocol, local: decodeAddress(local), remote: decodeAddress(remote), state: protocol.startsWith('tcp') ? (TCP_STATES[state] ?? state) : state });
    }
  }
  return sockets;
}

/** 127.0.0.0/8, ::1, or an IPv4-mapped loopback; "0.0.0.0:0" is the unset remote of a listener. */
export function isLoopbackOrUnset(address: string): boolean {
  return /^127\.\d+\.\d+\.\d+:\d+$/.test(address) || address === '0.0.0.0:0' || /^\[0:0:0:0:0:0:0:1\]:\d+$/.test(address) || /^\[0:0:0:0:0:ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]:\d+$/.test(address) || address === '[0:0:0:0:0:0:0:0]:0';
}
