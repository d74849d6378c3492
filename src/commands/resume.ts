import type { Command } from './types.ts';

export const resumeCommand: Command = async () => ({
  command: 'resume',
  status: 'skipped',
  headline: '`resume` is not built yet.',
  summary: '',
  outputs: {},
  annotations: [],
});
