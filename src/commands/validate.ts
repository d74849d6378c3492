import type { Command } from './types.ts';

export const validateCommand: Command = async () => ({
  command: 'validate',
  status: 'skipped',
  headline: '`validate` is not built yet.',
  summary: '',
  outputs: {},
  annotations: [],
});
