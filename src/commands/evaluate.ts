import type { Command } from './types.ts';

export const evaluateCommand: Command = async () => ({
  command: 'evaluate',
  status: 'skipped',
  headline: '`evaluate` is not built yet.',
  summary: '',
  outputs: {},
  annotations: [],
});
