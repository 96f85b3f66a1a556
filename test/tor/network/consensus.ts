// The test network's current consensus, fetched from an authority's DirPort on 127.0.0.1, and a
// wait until it lists every relay we started as running and valid.

export interface ConsensusRelay {
  readonly nickname: string;
  readonly flags: readonly string[];
}

export function parseConsensus(text: string): ConsensusRelay[] {
  const relays: { nickname: string; flags: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('r ')) relays.push({ nickname: line.split(' ')[1] ?? '', flags: [] });
    else if (line.startsWith('s ')) relays[relays.length - 1]?.flags.push(...line.slice(2).split(' '));
  }
  return relays;
}

export async function fetchConsensus(dirPort: number): Promise<ConsensusRelay[]> {
  const response = await fetch(`http://127.0.0.1:${String(dirPort)}/tor/status-vote/current/consensus`, { signal: AbortSignal.timeout(5000) });
  if (response.status === 404) return [];
  if (!response.ok) throw new Error(`DirPort ${String(dirPort)} answered HTTP ${String(response.status)}`);
  return parseConsensus(await response.text());
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the consensus lists all `nicknames` as Running and Valid; returns it. */
export async function waitForConsensus(dirPort: number, nicknames: readonly string[], timeoutMs: number, alive: () => void): Promise<ConsensusRelay[]> {
  const deadline = Date.now() + timeoutMs;
  let last: ConsensusRelay[] = [];
  for (;;) {
    alive();
    last = await fetchConsensus(dirPort).catch(() => last);
    const ready = nicknames.every((nickname) => last.some((relay) => relay.nickname === nickname && relay.flags.includes('Running') && relay.flags.includes('Valid')));
    if (ready) return last;
    if (Date.now() > deadline) {
      const listed = last.map((relay) => `${relay.nickname} [${relay.flags.join(' ')}]`).join(', ') || 'no consensus yet';
      throw new Error(`the consensus did not list ${nicknames.join(', ')} within ${String(timeoutMs)} ms (listed: ${listed})`);
    }
    await sleep(250);
  }
}
