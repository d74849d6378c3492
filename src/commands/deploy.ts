import type { Command } from './types.ts';

export const deployCommand: Command = async () => ({
  command: 'deploy',
  status: 'skipped',
  headline: '`deploy` is not built yet.',
  summary: '',
  outputs: {},
  annotations: [],
});
