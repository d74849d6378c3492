import type { CommandName } from '../config/types.ts';
import type { Command } from './types.ts';

/**
 * Commands load on demand, so `validate` on a pull request never loads the Azure SDK and the action
 * starts fast.
 */
const LOADERS: Record<CommandName, () => Promise<Command>> = {
  validate: async () => (await import('./validate.ts')).validateCommand,
  preflight: async () => (await import('./preflight.ts')).preflightCommand,
  train: async () => (await import('./train.ts')).trainCommand,
  resume: async () => (await import('./resume.ts')).resumeCommand,
  deploy: async () => (await import('./deploy.ts')).deployCommand,
  evaluate: async () => (await import('./evaluate.ts')).evaluateCommand,
  gate: async () => (await import('./gate.ts')).gateCommand,
  retrain: async () => (await import('./retrain.ts')).retrainCommand,
  cleanup: async () => (await import('./cleanup.ts')).cleanupCommand,
  convert: async () => (await import('./convert.ts')).convertCommand,
};

export function loadCommand(name: CommandName): Promise<Command> {
  return LOADERS[name]();
}
