/** `resume`: the other unfinished jobs of the repository, beside the one carried on. Pure. */
import { cell, code, table } from './markdown.ts';

export interface OtherJob {
  name: string;
  status: string;
  /** The service's reason, for a job that failed. */
  message: string;
}

export function renderOtherJobs(jobs: readonly OtherJob[]): string {
  if (jobs.length === 0) return '';
  return [
    '#### Other unfinished jobs of this repository',
    table(
      ['Job', 'Status', 'Message'],
      jobs.map((j) => [code(j.name), cell(j.status), cell(j.message)]),
    ),
    'Only the newest is carried on to deploy; a later run looks at the others again.',
  ].join('\n\n');
}
