import type { Command } from './types.ts';

export const trainCommand: Command = async () => ({
  command: 'train',
  status: 'skipped',
  headline: '`train` is not built yet.',
  summary: '',
  outputs: {},
  annotations: [],
});
