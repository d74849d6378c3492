import { parseArgs } from 'node:util';
import { startEmulator, type EmulatorOptions } from './index.ts';

/**
 * `npm run emulator`: the whole emulator, standalone. Prints one JSON line once every service listens,
 * serves until SIGTERM/SIGINT, then stops everything (Azurite, temp dirs) and exits 0.
 */
const HELP = `Usage: npm run emulator -- [options]
  --time-scale <n>   virtual time runs n times real time (default 100: a 20-minute fine-tune takes 12 s)
  --latency-ms <n>   real latency of each chat completion (default 0)
  --rpm <n>          requests per minute per inference endpoint (default 1000)
  --tpm <n>          tokens per minute per inference endpoint (default 200000)
  --port <n>         ARM port (default 0: a free port); other services use free ports
  --location <name>  workspace region (default eastus2)
  --page-size <n>    list page size (default 50)
  --no-azurite       keep training data in memory instead of starting Azurite
  --help`;

const { values } = parseArgs({
  options: {
    'time-scale': { type: 'string', default: '100' },
    'latency-ms': { type: 'string' },
    rpm: { type: 'string' },
    tpm: { type: 'string' },
    port: { type: 'string', default: '0' },
    location: { type: 'string' },
    'page-size': { type: 'string' },
    'no-azurite': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

function num(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) {
    console.error(`--${name} must be a non-negative number, got '${value}'`);
    process.exit(2);
  }
  return n;
}

const options: EmulatorOptions = {
  timeScale: num('time-scale', values['time-scale']),
  location: values.location,
  pageSize: num('page-size', values['page-size']),
  azurite: !values['no-azurite'],
  ports: { arm: num('port', values.port) },
  inference: {
    ...(values['latency-ms'] !== undefined ? { latencyMs: num('latency-ms', values['latency-ms']) } : {}),
    ...(values.rpm !== undefined ? { requestsPerMinute: num('rpm', values.rpm) } : {}),
    ...(values.tpm !== undefined ? { tokensPerMinute: num('tpm', values.tpm) } : {}),
  },
};

const emulator = await startEmulator(options);
console.log(JSON.stringify(emulator.connectionInfo()));

let stopping = false;
const shutdown = (): void => {
  if (stopping) return;
  stopping = true;
  emulator.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('emulator: stop failed:', error);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
