import type { Command } from './types.ts';

export const preflightCommand: Command = async () => ({
  command: 'preflight',
  status: 'skipped',
  headline: '`preflight` is not built yet.',
  summary: '',
  outputs: {},
  annotations: [],
});
