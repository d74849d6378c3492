/**
 * Gate metrics kept as labels (`foundry-finetune.metric.<name>`) on whatever carries a model's registry
 * state: model tags on the hub, deployment tags on a project. One prefix, so both read the same way. Pure.
 */
export const METRIC_PREFIX = 'foundry-finetune.metric.';

/** Metric labels, 4 decimals, for tags (ARM tag values are strings). */
export function metricLabels(metrics: Record<string, number> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(metrics ?? {})) {
    if (Number.isFinite(v)) out[`${METRIC_PREFIX}${k}`] = String(Number(v.toFixed(4)));
  }
  return out;
}

export function metricsFromLabels(labels: Record<string, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(labels)) {
    if (!k.startsWith(METRIC_PREFIX)) continue;
    const n = Number(v);
    if (v.trim() !== '' && Number.isFinite(n)) out[k.slice(METRIC_PREFIX.length)] = n;
  }
  return out;
}
