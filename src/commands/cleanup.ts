import type { Command } from './types.ts';

export const cleanupCommand: Command = async () => ({
  command: 'cleanup',
  status: 'skipped',
  headline: '`cleanup` is not built yet.',
  summary: '',
  outputs: {},
  annotations: [],
});
