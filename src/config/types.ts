import type { ModelInfo } from '../models/catalog.ts';
import type { COMMANDS } from './settings.ts';

export type CommandName = Exclude<(typeof COMMANDS)[number], 'auto'>;
export type CommandInput = (typeof COMMANDS)[number];

/** How long `train` and `resume` follow a job: to its end, not at all, or for N minutes. */
export type WaitPolicy =
  { kind: 'until-done'; capMinutes?: number } | { kind: 'no-wait' } | { kind: 'minutes'; minutes: number };

/** The one object every command reads. Built once from inputs, the config file and defaults. */
export interface Config {
  command: CommandInput;
  /** Repository root; data paths resolve against it. */
  root: string;
  /** What the reader should know about how the config was read (e.g. a key ignored on a pull request). */
  notices: string[];
  /** Config file that was read, relative to root, when one was. */
  configFile?: string;
  model: ModelInfo;
  modelVersion: string;
  data: {
    training?: string;
    validation?: string;
    golden?: string;
    splitRatio: number;
    splitSeed: string;
    baseRef?: string;
  };
  validation: {
    failOn: 'error' | 'warning' | 'never';
    maxAnnotations: number;
    /** Share of golden examples found in the training data above which that is an error. */
    goldenLeakageShare: number;
  };
  training: {
    epochs?: number;
    learningRate?: number;
    batchSize?: number;
    /** Extra hyperparameters, passed as they are. */
    hyperparameters: Record<string, string>;
    pricePer1kTokens?: number;
    compute?: string;
    instanceType?: string;
    modelName: string;
    wait: WaitPolicy;
    pollIntervalSeconds: number;
    cancelOnAbort: boolean;
    preflightOnly: boolean;
    force: boolean;
    /** Supervised fine-tuning on chat examples, or DPO on preference pairs. */
    method: 'sft' | 'dpo';
  };
  azure: {
    subscriptionId?: string;
    resourceGroup?: string;
    workspace?: string;
    tenantId?: string;
    clientId?: string;
    armEndpoint: string;
    authorityHost: string;
    /** ARM api-version of job create/get/list/cancel (a preview whose spec defines FineTuning). */
    jobsApiVersion?: string;
  };
  deploy: {
    endpointName?: string;
    contentSafety: 'enabled' | 'disabled';
  };
  evaluation: {
    endpointUrl?: string;
    endpointKey?: string;
    baseline: 'auto' | 'production' | 'endpoint' | 'none';
    baselineEndpointUrl?: string;
    baselineEndpointKey?: string;
    requestsPerMinute: number;
    tokensPerMinute: number;
    concurrency: number;
    requestTimeoutSeconds: number;
    maxRetries: number;
    maxTokens: number;
    pricePer1kInputTokens?: number;
    pricePer1kOutputTokens?: number;
    judgeEndpointUrl?: string;
    judgeEndpointKey?: string;
    bootstrapSamples: number;
    seed: number;
    /** Share (0..1) of examples an endpoint may leave unanswered before the evaluation fails. */
    maxUnansweredShare: number;
  };
  gate: {
    expressions: string[];
    failOnGate: boolean;
    promote: boolean;
  };
  cleanup: {
    keep: number;
    maxAgeDays?: number;
    dryRun: boolean;
    endpointHourlyCost?: number;
    /** Endpoints of kept versions not in production: deleted (default) or left deployed. */
    idleEndpoints: 'delete' | 'keep';
  };
  contentSafety: {
    endpoint?: string;
    key?: string;
    threshold: number;
    /** Screening cache file, relative to root. */
    cache: string;
    concurrency: number;
  };
  github: {
    token?: string;
    comment: boolean;
    commentTag: string;
  };
}
