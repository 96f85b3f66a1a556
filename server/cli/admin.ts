// `npm run admin -- <command>`: the operator's tool (see admin/commands.ts, or run it with --help).
import { processOutput } from './admin/output';
import { runAdmin } from './admin/run';

process.exitCode = await runAdmin(process.argv.slice(2), { env: process.env, output: processOutput });
