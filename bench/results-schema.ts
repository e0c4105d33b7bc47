import { z } from 'zod';

/** The shape of bench/results.json, checked by the bench's smoke test (and usable by anyone reading the file). */
const Unit = z.enum(['ms', 'MB']);
const Limit = z.object({ against: z.string().optional(), max: z.number() });

const BaselineResult = z.object({
  key: z.string(),
  kind: z.enum(['floor', 'peer', 'reference']),
  name: z.string().min(1),
  figure: z.number(),
  ok: z.boolean(),
  note: z.string().optional(),
  ratio: z.number().nullable(),
  maxRatio: z.number().optional(),
  within: z.boolean().nullable().optional(),
});

export const RowResultSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  source: z.string().min(1),
  status: z.enum(['measured', 'not built', 'failed']),
  figure: z.number().nonnegative().nullable(),
  unit: Unit,
  stat: z.enum(['median', 'p95', 'max']),
  samples: z.number().int().nonnegative(),
  baseline: BaselineResult.nullable(),
  ratio: z.number().nullable(),
  baselines: z.array(BaselineResult),
  budget: z.string().min(1),
  limits: z.array(Limit),
  within: z.boolean().nullable(),
  detail: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  note: z.string().optional(),
});

export const BenchResultsSchema = z.object({
  version: z.literal(1),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  size: z.enum(['tiny', 'office', 'hq']),
  seed: z.number().int(),
  machine: z.object({
    os: z.string().min(1),
    arch: z.string().min(1),
    cpus: z.number().int().positive(),
    cpuModel: z.string(),
    memoryGB: z.number().positive(),
    node: z.string().startsWith('v'),
    browser: z.string().min(1),
  }),
  rows: z.array(RowResultSchema).min(1),
});
