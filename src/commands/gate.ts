import type { Command } from './types.ts';

export const gateCommand: Command = async () => ({
  command: 'gate',
  status: 'skipped',
  headline: '`gate` is not built yet.',
  summary: '',
  outputs: {},
  annotations: [],
});
