import type { Command } from './types.ts';

export const retrainCommand: Command = async () => ({
  command: 'retrain',
  status: 'skipped',
  headline: '`retrain` is not built yet.',
  summary: '',
  outputs: {},
  annotations: [],
});
