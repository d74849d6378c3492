import type { CommandName, Config } from '../config/types.ts';
import type { EventFacts } from '../github/event.ts';
import type { GitHubPort } from '../github/port.ts';
import type { MetricsView } from '../gate/types.ts';
import type { ModelsSection } from '../report/models.ts';
import type { Annotation, Clock, Logger } from '../runtime/types.ts';

export type StepStatus = 'succeeded' | 'failed' | 'skipped' | 'pending';

/** What one command hands to the reporters. Commands never write to the summary or comment themselves. */
export interface StepResult {
  command: CommandName;
  status: StepStatus;
  /** One sentence: the step's result as a reader of the summary table sees it. */
  headline: string;
  /** Markdown section for the job summary: everything a reviewer needs. */
  summary: string;
  /** Markdown section for the pull request comment; the summary when absent. */
  comment?: string;
  outputs: Record<string, string>;
  annotations: Annotation[];
  /** JSON-serializable detail for the run's report file. */
  detail?: unknown;
  /** Why the step failed: becomes the step's failure message. */
  failure?: string;
  /** Later commands of this run are pointless (e.g. the job was handed to a later run). */
  stop?: boolean;
  /** Commands to run next, before the rest of the plan (e.g. `retrain` decided to train). */
  next?: CommandName[];
  /** This repository's model versions as data: the report shows them once, after the last step with them. */
  models?: ModelsSection;
  /**
   * The same sections with at most `rows` rows per list: the report calls it when the summary or the
   * comment would exceed GitHub's size limit. Absent: the step's sections are short.
   */
  shrink?: (rows: number) => { summary: string; comment?: string };
}

/** Facts one command leaves for the next in the same run (train -> deploy -> evaluate -> gate). */
export interface RunState {
  /** Content hash of the training (and validation) data as submitted. */
  datasetHash?: string;
  job?: { name: string; status: string; studioUrl?: string };
  model?: { name: string; version: string; id: string; tags: Record<string, string> };
  endpoint?: { name: string; url: string; key: string };
  /** Metrics as evaluated, keyed as gates read them. */
  metrics?: MetricsView;
  /** The registered model behind the evaluated endpoint, when known (what `gate` promotes). */
  evaluatedModel?: { name: string; version: string; id: string; tags: Record<string, string> };
  passed?: boolean;
}

export interface CommandContext {
  config: Config;
  event: EventFacts;
  log: Logger;
  github: GitHubPort;
  state: RunState;
  clock: Clock;
  /** Aborted when the workflow run is cancelled. */
  signal: AbortSignal;
  /** Directory for the run's report files (RUNNER_TEMP in the action). */
  outDir: string;
}

export type Command = (ctx: CommandContext) => Promise<StepResult>;
