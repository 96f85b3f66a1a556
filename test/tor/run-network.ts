// The private Tor network as a command (scripts/tor-network.sh): starts it in front of a Thicket
// already listening on 127.0.0.1:PORT, prints the SOCKS port, both onion addresses and the
// start-up times, and stops every tor process (by PID) on Ctrl-C or SIGTERM.
//   scripts/tor-network.sh [PORT]      (default 8080)
// Then, for instance: chromium --proxy-server=socks5://127.0.0.1:<socks port> http://<onion>/
import { startTorNetwork } from './network/network';

async function main(): Promise<void> {
  const portText = process.argv[2] ?? '8080';
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535) {
    process.stderr.write(`usage: scripts/tor-network.sh [PORT]   (the port Thicket listens on at 127.0.0.1; got ${JSON.stringify(portText)})\n`);
    process.exit(2);
  }
  const network = await startTorNetwork({ targetPort: port, report: (line) => process.stdout.write(`${line}\n`) });
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('stopping the tor network\n');
    network.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const memory = await network.memory();
  const totalMiB = memory.reduce((sum, node) => sum + node.rssKiB, 0) / 1024;
  process.stdout.write(
    [
      `SOCKS proxy:          socks5://127.0.0.1:${String(network.socksPort)}`,
      `whistleblower onion:  http://${network.whistleblowerOnion}/`,
      `prosecutor onion:     http://${network.prosecutorOnion}/ (client authorization: put <name>.auth files in ${network.authorizedClientsDir}, *.auth_private in ${network.clientAuthDir}, then send SIGHUP to PIDs ${String(network.onionService.pid)} and ${String(network.client.pid)})`,
      `tor processes:        ${memory.map((node) => `${node.name}=${String(node.pid)}`).join(' ')} (${totalMiB.toFixed(0)} MiB resident)`,
      'Ctrl-C stops them all.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
