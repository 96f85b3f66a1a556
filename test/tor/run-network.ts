// The private Tor network as a command (scripts/tor-network.sh): starts it in front of a Thicket
// already listening on 127.0.0.1:PORT, prints the SOCKS port, both onion addresses and the
// start-up times, and stops every tor process (by PID) on Ctrl-C or SIGTERM.
//   scripts/tor-network.sh [PORT [PROSECUTOR_PORT]]      (default 8080: one port for both services)
// With PROSECUTOR_PORT (Thicket started with the same PROSECUTOR_PORT), each onion service leads to
// its own surface, as in the deployment.
// Then, for instance: chromium --proxy-server=socks5://127.0.0.1:<socks port> http://<onion>/
import { startTorNetwork } from './network/network';

function portArgument(text: string): number {
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port < 1 || port > 65535) {
    process.stderr.write(`usage: scripts/tor-network.sh [PORT [PROSECUTOR_PORT]]   (the ports Thicket listens on at 127.0.0.1; got ${JSON.stringify(text)})\n`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  const port = portArgument(process.argv[2] ?? '8080');
  const prosecutorText = process.argv[3];
  const targetPort = prosecutorText === undefined ? port : { whistleblower: port, prosecutor: portArgument(prosecutorText) };
  const network = await startTorNetwork({ targetPort, report: (line) => process.stdout.write(`${line}\n`) });
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
